import { describe, expect, it } from "vitest";
import { validateDataPackage } from "../test/profile.js";
import { buildParquet } from "./parquet.js";
import { source } from "./source.js";

// every table written three times: seconds on a loaded machine
describe("buildParquet", { timeout: 180_000 }, () => {
  it("writes one Parquet file per table, the same bytes from run to run", () => {
    const first = buildParquet(source);
    expect(first.map((f) => f.path)).toEqual([
      ...source.tables.map((t) => `${t.name}.parquet`),
      "README.md",
      "LICENSE-DATA",
      "datapackage.json",
    ]);
    for (const file of first.filter((f) => f.path.endsWith(".parquet"))) {
      expect(new TextDecoder().decode(file.bytes.slice(0, 4)), file.path).toBe("PAR1");
      expect(new TextDecoder().decode(file.bytes.slice(-4)), file.path).toBe("PAR1");
    }
    const second = buildParquet(source);
    expect(second.map((f) => Buffer.from(f.bytes).toString("base64"))).toEqual(
      first.map((f) => Buffer.from(f.bytes).toString("base64")),
    );
  });

  it("describes every Parquet file in datapackage.json: format, bytes, hash and Table Schema", () => {
    const files = buildParquet(source);
    const descriptor = JSON.parse(
      new TextDecoder().decode(files.find((f) => f.path === "datapackage.json")?.bytes),
    );
    expect(descriptor.name).toBe("aznato");
    // valid as the Frictionless v2 profile says, as the CSV export's is
    expect(validateDataPackage(descriptor), JSON.stringify(validateDataPackage.errors)).toBe(true);
    expect(descriptor["x-aznato-files"]).toEqual(["README.md", "LICENSE-DATA"]);
    for (const resource of descriptor.resources) {
      const file = files.find((f) => f.path === resource.path);
      expect(resource.format).toBe("parquet");
      expect(resource.mediatype).toBe("application/vnd.apache.parquet");
      expect(resource.encoding).toBeUndefined();
      expect(resource.bytes).toBe(file?.bytes.length);
      expect(resource.schema.fields.length).toBeGreaterThan(0);
    }
    expect(descriptor.resources).toHaveLength(source.tables.length);
  });

  it("selects rows as the CSV export does", () => {
    const events = buildParquet(source, { from: "2004", to: "2004" }).find(
      (f) => f.path === "events.parquet",
    );
    const all = buildParquet(source).find((f) => f.path === "events.parquet");
    expect(events?.rows).toBeGreaterThan(0);
    expect(events?.rows).toBeLessThan(all?.rows ?? 0);
  });
});
