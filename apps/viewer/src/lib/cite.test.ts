import { datasetMeta, formatDate } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation, cslJsonCitation, cslJsonItems, versionUrl } from "./cite.ts";

const meta = { ...datasetMeta, version: "9.8.7", asOf: "2031-02-03" };

describe("every citation text names the data version and the as-of date", () => {
  it.each([
    ["APA", apaCitation],
    ["BibTeX", bibtexCitation],
    ["CSL-JSON", cslJsonCitation],
  ] as const)("%s", (_, cite) => {
    const text = cite(meta);
    expect(text).toContain("9.8.7");
    expect(text.includes("2031-02-03") || text.includes(formatDate("2031-02-03"))).toBe(true);
    expect(text).toContain(versionUrl(meta));
    // and the real metadata's
    expect(cite(datasetMeta)).toContain(datasetMeta.version);
  });

  it("links the registry page of that exact release", () => {
    expect(versionUrl(meta)).toBe("https://www.npmjs.com/package/@aznato/data/v/9.8.7");
  });

  it("gives CSL-JSON that parses, as a dataset issued on the as-of day", () => {
    const parsed = JSON.parse(cslJsonCitation(meta));
    expect(parsed).toEqual(cslJsonItems(meta));
    expect(parsed[0]).toMatchObject({
      type: "dataset",
      version: "9.8.7",
      issued: { "date-parts": [[2031, 2, 3]] },
      title: datasetMeta.title,
      license: datasetMeta.licenses.find((l) => l.scope === "data")?.name,
    });
  });

  it("states the as-of date in words in APA", () => {
    expect(apaCitation(meta)).toContain(`Data as of ${formatDate("2031-02-03")}.`);
    expect(apaCitation(meta)).toMatch(/^aznato contributors\. \(2031\)\. /);
  });
});
