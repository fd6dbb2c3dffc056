import { apa, bibtex, citationData, cslItem, dataset, datasetMeta, formatDate } from "@aznato/data";
import { describe, expect, it } from "vitest";
import {
  apaCitation,
  bibtexCitation,
  cslJsonCitation,
  cslJsonItems,
  quoteWithSource,
} from "./cite.ts";

const meta = { ...datasetMeta, version: "9.8.7", asOf: "2031-02-03", home: {} };
const withSite = { ...meta, home: { site: "https://example.org/aznato/" } };
const record = {
  id: "1994-05-04-pfp",
  title: "Azerbaijan joins PfP",
  url: "https://aznato.example/events/1994-05-04-pfp/",
};
const texts = [
  ["APA", apaCitation],
  ["BibTeX", bibtexCitation],
  ["CSL-JSON", cslJsonCitation],
] as const;

describe("the pages' citations are the package's, so they agree with CITATION.cff", () => {
  it("renders exactly what @aznato/data's citation.ts renders, for the dataset and a record", () => {
    for (const m of [meta, withSite, datasetMeta]) {
      expect(apaCitation(m)).toBe(apa(citationData(m)));
      expect(bibtexCitation(m)).toBe(bibtex(citationData(m)));
      expect(cslJsonItems(m)).toEqual([cslItem(citationData(m))]);
      expect(apaCitation(m, record)).toBe(apa(citationData(m, record)));
      expect(bibtexCitation(m, record)).toBe(bibtex(citationData(m, record)));
    }
  });

  it.each(texts)("%s names the version and as-of date, and with no home no address", (_, cite) => {
    const text = cite(meta);
    expect(text).toContain("9.8.7");
    expect(text.includes("2031-02-03") || text.includes(formatDate("2031-02-03"))).toBe(true);
    expect(text).not.toMatch(/https?:|npmjs/);
    expect(cite(withSite)).toContain("https://example.org/aznato/");
    expect(cite(datasetMeta)).toContain(datasetMeta.version);
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
});

describe("citing one record", () => {
  it.each(texts)("%s names the record, its page, the version and the as-of date", (_, cite) => {
    const text = cite(meta, record);
    expect(text).toContain("Azerbaijan joins PfP");
    expect(text).toContain(record.url);
    expect(text).toContain("9.8.7");
    expect(text).not.toBe(cite(meta));
  });

  it("with a root-relative page (no SITE_URL) links the project's site, or nothing", () => {
    const relative = { ...record, url: "/events/1994-05-04-pfp/" };
    expect(apaCitation(meta, relative)).toMatch(
      /\[Data record 1994-05-04-pfp\]\. In .*\(Version 9\.8\.7\) \[Data set\]\. Data as of 3 February 2031\.$/,
    );
    expect(apaCitation(withSite, relative).endsWith(" https://example.org/aznato/")).toBe(true);
    const [item] = JSON.parse(cslJsonCitation(meta, relative));
    expect(item).toMatchObject({
      id: "aznato-data-9.8.7-1994-05-04-pfp",
      "container-title": datasetMeta.title,
    });
    expect(item.URL).toBeUndefined();
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
