// The README.md of an export says what this export is: its database under the name it was given,
// and whether its files have a header row.
import { apa, citationData } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { fileByPath, text } from "../test/helpers.js";
import { buildFiles } from "./export.js";
import type { ExportOptions } from "./options.js";
import { source } from "./source.js";
import { datasetteMetadata } from "./sqlite.js";
import { isOwnMetadata } from "./sqlite-files.js";
import { LEGACY_EXPORT_SOURCE } from "./write-fs.js";

const readmeOf = (options: ExportOptions, extra: string[] = []) =>
  text(
    fileByPath(
      buildFiles(
        source,
        options,
        extra.map((path) => ({ path, bytes: new Uint8Array() })),
      ),
      "README.md",
    ),
  );

describe("the export's README.md", () => {
  it("names a database inside the export whatever its extension (--sqlite x.sqlite)", () => {
    for (const name of ["x.sqlite", "x.sqlite3", "x.db"]) {
      const readme = readmeOf({}, [name, "metadata.json"]);
      expect(readme, name).toContain(`| ${name} | |`);
      expect(readme, name).toContain(`datasette ${name} --metadata metadata.json`);
      expect(readme, name).toContain("| metadata.json | |");
      // not the advice for an export without a database
      expect(readme, name).not.toContain("aznato-csv --sqlite aznato.db writes");
    }
    expect(readmeOf({})).toContain("aznato-csv --sqlite aznato.db writes");
  });

  it("says there is no header row, and loads the files without one, with --no-header", () => {
    const readme = readmeOf({ header: false });
    expect(readme).toContain("no header row");
    expect(readme).not.toContain("a header row");
    expect(readme).toContain("col_names = FALSE");
    expect(readme).toContain("header=None");
    const withHeader = readmeOf({});
    expect(withHeader).toContain("a header row");
    expect(withHeader).not.toMatch(/col_names = FALSE|header=None/);
  });
});

describe("the export's README.md, on opening the files", () => {
  it("says exactly how to open them in LibreOffice and Excel, and keeps spaces in R", () => {
    const readme = readmeOf({});
    for (const part of [
      "Text Import dialog",
      "Character set to Unicode (UTF-8)",
      "set Column type to Text",
      "Data > From Text/CSV",
      "65001: Unicode (UTF-8)",
      "Do not detect data types",
      "trim_ws = FALSE",
      "<column>_sort",
    ]) {
      expect(readme).toContain(part);
    }
    // LibreOffice has no Data > From Text/CSV: that is Excel's menu
    expect(readme).not.toMatch(/LibreOffice: Data > From Text\/CSV/);
    expect(readmeOf({ delimiter: ";" })).toContain("tick only Semicolon");
  });
});

describe("how an export cites the dataset", () => {
  const site = "https://example.org/aznato/";
  const homed = { ...source, meta: { ...source.meta, home: { site } } };
  const bare = { ...source, meta: { ...source.meta, home: {} } };
  const filesOf = (s: typeof source) => buildFiles(s, {}, []);
  const descriptorOf = (s: typeof source) =>
    JSON.parse(text(fileByPath(filesOf(s), "datapackage.json")));

  it("gives the package's APA reference in README.md: version and as-of date, no dead link", () => {
    const readme = text(fileByPath(filesOf(bare), "README.md"));
    expect(readme).toContain(apa(citationData(bare.meta)));
    expect(readme).toContain(`(Version ${source.meta.version}) [Data set]`);
    expect(readme).not.toMatch(/npmjs/);
    expect(text(fileByPath(filesOf(homed), "README.md"))).toContain(apa(citationData(homed.meta)));
    expect(apa(citationData(homed.meta)).endsWith(` ${site}`)).toBe(true);
  });

  it("names @aznato/data and its version as datapackage.json's source, with a path once it has a home", () => {
    expect(descriptorOf(bare).sources).toEqual([
      { title: `@aznato/data ${source.meta.version}`, version: source.meta.version },
    ]);
    expect(descriptorOf(homed).sources[0]).toMatchObject({ path: site });
  });

  it("gives Datasette a source_url only once the dataset has an address", () => {
    const bareMeta = datasetteMetadata(bare, [], "aznato", new Set());
    expect(bareMeta.source).toBe(`@aznato/data ${source.meta.version}`);
    expect(bareMeta).not.toHaveProperty("source_url");
    expect(datasetteMetadata(homed, [], "aznato", new Set()).source_url).toBe(site);
    // either way --force knows it for this tool's, as it knows the registry page 0.3.0 wrote
    const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    expect(isOwnMetadata(bytes(bareMeta))).toBe(true);
    expect(isOwnMetadata(bytes({ source_url: LEGACY_EXPORT_SOURCE, databases: {} }))).toBe(true);
    expect(isOwnMetadata(bytes({ source: "other 1.0", databases: {} }))).toBe(false);
  });
});
