import { createHash } from "node:crypto";
import { pandasTyped, readrTyped } from "@aznato/csv";
import { datasetMeta, formatDate } from "@aznato/data";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import {
  bundleReadme,
  coverageStatement,
  csvDialect,
  entryTime,
  markdownSection,
  sha256sums,
  zipBundle,
} from "./bundle.ts";
import { apaCitation } from "./cite.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const files = [
  { path: "b.csv", bytes: enc("id,name\r\nx,Şəki\r\n") },
  { path: "a.json", bytes: enc('{"a":1}\n') },
];

describe("the zip bundle", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("gives the same bytes for the same files, in any order and any time zone", () => {
    const first = zipBundle(files, "f", "2025-12-15");
    expect(zipBundle([...files].reverse(), "f", "2025-12-15")).toEqual(first);
    process.env.TZ = "Pacific/Kiritimati";
    const east = zipBundle(files, "f", "2025-12-15");
    process.env.TZ = "America/Adak";
    expect(zipBundle(files, "f", "2025-12-15")).toEqual(east);
    expect(east).toEqual(first);
    // a different as-of date is a different archive
    expect(zipBundle(files, "f", "2025-12-16")).not.toEqual(first);
  });

  it("holds every file in its folder, sorted, with SHA256SUMS over the others", () => {
    const zip = zipBundle(files, "f", "2025-12-15");
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(["f/SHA256SUMS", "f/a.json", "f/b.csv"]);
    for (const f of files) expect(entries[`f/${f.path}`]).toEqual(f.bytes);
    const sums = new TextDecoder().decode(entries["f/SHA256SUMS"]);
    expect(sums).toBe(
      ["a.json", "b.csv"]
        .map((p) => {
          const bytes = files.find((f) => f.path === p)?.bytes ?? new Uint8Array();
          return `${createHash("sha256").update(bytes).digest("hex")}  ${p}\n`;
        })
        .join(""),
    );
    expect(sha256sums(files)).toBe(sums);
  });

  it("stores noon of the as-of day as the entries' time", () => {
    const t = entryTime("2025-12-15");
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours()]).toEqual([2025, 11, 15, 12]);
  });

  it("refuses two files of one name, and a SHA256SUMS of the caller's", () => {
    expect(() => zipBundle([...files, files[0] as never], "f", "2025-12-15")).toThrow(/two files/);
    expect(() => zipBundle([{ path: "SHA256SUMS", bytes: enc("") }], "f", "2025-12-15")).toThrow();
  });
});

describe("the coverage statement", () => {
  const readme =
    "# P\n\n## Coverage\n\nFrom 1992.\n\n### Gaps\n\nFew.\n\n```\n## not a heading\n```\n\n## Naming\n\nNo.";

  it("is the README's Coverage section, subsections included", () => {
    expect(markdownSection(readme, "Coverage")).toBe(
      "From 1992.\n\n### Gaps\n\nFew.\n\n```\n## not a heading\n```",
    );
    expect(coverageStatement(readme, "README.md")).toContain("From 1992.");
  });

  it("is a clear build error when the section is missing or empty", () => {
    expect(() => coverageStatement("# P\n\n## Naming\n\nx", "packages/data/README.md")).toThrow(
      /packages\/data\/README\.md has no "## Coverage" section/,
    );
    expect(() => coverageStatement("## Coverage\n\n## Next\n", "R")).toThrow(/Coverage/);
  });
});

describe("the bundle's README", () => {
  const text = bundleReadme({
    files: [
      { path: "events.csv", description: "One row per event | with a pipe." },
      { path: "README.md", description: "This file." },
    ],
    coverage: "COVERAGE TEXT",
    sampleCsv: files[0]?.bytes ?? new Uint8Array(),
  });

  it("lists the files, loads them in Excel, R and pandas, and quotes the coverage", () => {
    expect(text).toContain("| `events.csv` | One row per event \\| with a pipe. |");
    expect(text).toContain("## Coverage\n\nCOVERAGE TEXT\n");
    // R and pandas: the exporter's typed recipes, which its readr and pandas tests run
    expect(text).toMatch(/### Excel[\s\S]*### R[\s\S]*readr::read_delim[\s\S]*pandas\.read_csv/);
    expect(text).toContain(readrTyped({ delimiter: ",", header: true }));
    expect(text).toContain(pandasTyped({ delimiter: ",", header: true }));
    expect(text).toContain("without a byte order mark");
    expect(text).toContain("CRLF line ends");
  });

  it("says how to cite the exact version, and what each licence covers", () => {
    expect(text).toContain(apaCitation(datasetMeta));
    expect(text).toContain(`version ${datasetMeta.version}, data as of ${datasetMeta.asOf}`);
    expect(text).toContain("does not cover the full text of");
    for (const l of datasetMeta.licenses) expect(text).toContain(l.path);
    expect(text).toContain(formatDate(datasetMeta.asOf));
  });

  it("reads the CSV dialect from the bytes", () => {
    expect(csvDialect(enc("\uFEFFa;b\nc;d\n"))).toEqual({
      bom: true,
      delimiter: ";",
      lineEnding: "LF",
    });
  });
});
