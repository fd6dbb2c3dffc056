import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// the unit tier reads the workspace's packages through their `@aznato/source` export condition
describe("the unit tier's resolution", () => {
  it("reads @aznato/data from its sources, so no build is needed", async () => {
    const resolved = await import("@aznato/data");
    const source = await import("../../data/src/index.js");
    expect(resolved.collections).toBe(source.collections);
  });

  it("reads @aznato/csv/formats from its source", async () => {
    const resolved = await import("@aznato/csv/formats");
    const source = await import("./formats.js");
    expect(resolved.exportFormats).toBe(source.exportFormats);
  });
});

describe("the published exports", () => {
  it("are the workspace's without the source condition (pnpm packs publishConfig.exports)", () => {
    const strip = (value: unknown): unknown =>
      typeof value === "object" && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key]) => key !== "@aznato/source")
              .map(([key, v]) => [key, strip(v)]),
          )
        : value;
    expect(pkg.publishConfig.exports).toEqual(strip(pkg.exports));
    expect(JSON.stringify(pkg.publishConfig.exports)).not.toContain("./src/");
  });
});
