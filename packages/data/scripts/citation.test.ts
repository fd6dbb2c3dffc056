// The citation renderings read back by independent parsers (citation-js, a YAML parser) must agree
// with each other and with the dataset's metadata; the generated files must not drift.
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-cff";
import "@citation-js/plugin-csl";
import { readFileSync } from "node:fs";
import { validateCFF } from "cffjs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { apa, bibtex, cff, citationData, cslItem, zenodo } from "../src/citation.js";
import { datasetMeta } from "../src/meta.js";
import { citationFiles } from "./citation.js";

const withHome = {
  ...datasetMeta,
  home: { site: "https://example.org/aznato/", repository: "https://github.com/example/aznato" },
};

describe("the citation files", () => {
  // (scripts/generate.ts writes them; its drift test compares them byte for byte)
  it("the .cff is a dataset under the data's licence alone, the code's licence in references", () => {
    const doc = parse(readFileSync(citationFiles()[0]?.file as string, "utf8"));
    expect(doc).toMatchObject({
      "cff-version": "1.2.0",
      type: "dataset",
      title: datasetMeta.title,
      authors: [{ name: "aznato contributors" }],
      version: datasetMeta.version,
      "date-released": datasetMeta.asOf,
      license: "CC-BY-4.0",
      references: [{ type: "software", license: "MIT" }],
    });
    for (const key of ["cff-version", "message", "title", "authors"])
      expect(doc).toHaveProperty(key);
  });

  it("every .cff passes the CFF 1.2.0 JSON Schema, which refuses a licence expression", () => {
    const files = citationFiles().filter((f) => f.file.endsWith(".cff"));
    expect(files.length).toBeGreaterThan(0);
    for (const { file } of files) {
      const doc = parse(readFileSync(file, "utf8"));
      expect(() => validateCFF(doc), file).not.toThrow();
      // the schema takes SPDX ids only: "MIT AND CC-BY-4.0" is what the old file said
      expect(() => validateCFF({ ...doc, license: "MIT AND CC-BY-4.0" })).toThrow(/license/);
    }
  });

  it("name no address until the root package.json sets one, and derive them from it when set", () => {
    const bare = citationData(datasetMeta);
    expect(datasetMeta.home).toEqual({});
    expect(bare.url).toBeUndefined();
    expect(apa(bare)).not.toMatch(/https?:/);
    expect(bibtex(bare)).not.toMatch(/url/);
    const set = citationData(withHome);
    expect(cff(set, "#")).toContain('repository-code: "https://github.com/example/aznato"');
    expect(cff(set, "#")).toContain('url: "https://example.org/aznato/"');
    expect(zenodo(set).related_identifiers).toEqual([
      {
        identifier: "https://github.com/example/aznato",
        relation: "isSupplementTo",
        scheme: "url",
      },
    ]);
  });
});

describe("every rendering agrees, read by citation-js", () => {
  const data = citationData(withHome);
  /** The first item citation-js reads from `input`, in CSL-JSON. */
  type Csl = { [key: string]: unknown; author?: unknown; issued?: { "date-parts"?: number[][] } };
  const read = (input: string | object) => new Cite(input).data[0] as Csl;

  it("BibTeX keeps NATO's case, and gives the version, the year and the address", () => {
    const item = read(bibtex(data));
    expect(item.title).toBe(datasetMeta.title);
    // a braced group author: one name, not split into given and family
    expect(item.author).toEqual([{ family: "aznato contributors" }]);
    expect(item.version).toBe(datasetMeta.version);
    expect(item.issued?.["date-parts"]?.[0]?.slice(0, 2)).toEqual([
      Number(datasetMeta.asOf.slice(0, 4)),
      Number(datasetMeta.asOf.slice(5, 7)),
    ]);
    expect(item.URL).toBe("https://example.org/aznato/");
  });

  it("CSL-JSON and CITATION.cff say the same title, author, version and date", async () => {
    const csl = read([cslItem(data)]);
    const fromCff = (await Cite.async(cff(data, "# test"))).data[0] as Csl;
    expect(fromCff.type).toBe("dataset");
    for (const item of [csl, fromCff]) {
      expect(item.title).toBe(datasetMeta.title);
      expect(JSON.stringify(item.author)).toContain("aznato contributors");
      expect(item.version).toBe(datasetMeta.version);
      expect(item.issued?.["date-parts"]?.[0]).toEqual(datasetMeta.asOf.split("-").map(Number));
    }
  });

  it("APA names the author, year, title, version and as-of date", () => {
    expect(apa(data)).toBe(
      `aznato contributors. (${datasetMeta.asOf.slice(0, 4)}). ${datasetMeta.title} (Version ${datasetMeta.version}) [Data set]. Data as of 4 December 2026. https://example.org/aznato/`,
    );
  });
});
