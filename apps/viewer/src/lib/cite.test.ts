import { dataset, datasetMeta, formatDate } from "@aznato/data";
import { describe, expect, it } from "vitest";
import {
  apaCitation,
  bibtexCitation,
  cslJsonCitation,
  cslJsonItems,
  quoteWithSource,
  versionUrl,
} from "./cite.ts";

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

describe("citing one record", () => {
  const record = {
    id: "1994-05-04-pfp",
    title: "Azerbaijan joins PfP",
    url: "https://aznato.example/events/1994-05-04-pfp/",
  };

  it.each([
    ["APA", apaCitation],
    ["BibTeX", bibtexCitation],
    ["CSL-JSON", cslJsonCitation],
  ] as const)("%s names the record, its URL, the version and the as-of date", (_, cite) => {
    const text = cite(meta, record);
    expect(text).toContain("Azerbaijan joins PfP");
    expect(text).toContain(record.url);
    expect(text).toContain("9.8.7");
    expect(text.includes("2031-02-03") || text.includes(formatDate("2031-02-03"))).toBe(true);
    expect(text).not.toBe(cite(meta));
  });

  it("falls back to the release's URL when the page's address is not absolute", () => {
    const relative = { ...record, url: "/events/1994-05-04-pfp/" };
    expect(apaCitation(meta, relative)).toMatch(
      /\[Data record 1994-05-04-pfp\]\. In .*\(Version 9\.8\.7\)/,
    );
    expect(apaCitation(meta, relative).endsWith(versionUrl(meta))).toBe(true);
    const [item] = JSON.parse(cslJsonCitation(meta, relative));
    expect(item).toMatchObject({
      id: "aznato-data-9.8.7-1994-05-04-pfp",
      URL: versionUrl(meta),
      "container-title": datasetMeta.title,
    });
    expect(bibtexCitation(meta, relative)).toMatch(/^@misc\{aznato_9_8_7_1994_05_04_pfp,/);
  });
});

describe("a quote with its source", () => {
  it("quotes the words and names the source, its date and URL", () => {
    const source = dataset.sources.find((s) => s.url && s.published);
    if (!source) throw new Error("no dated source with a URL");
    const text = quoteWithSource({ source: source.id, quote: "Words." } as never, source);
    expect(text).toBe(
      `“Words.” — ${source.title}, ${source.publisher}, ${formatDate(source.published ?? "")}. ${source.url}`,
    );
    expect(quoteWithSource({ source: "x", quote: "W" } as never, undefined)).toBe("“W” (source x)");
  });
});
