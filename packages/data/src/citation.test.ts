import { describe, expect, it } from "vitest";
import { apa, bibtex, citationData, cslItem, noHomeNotice, releaseIri } from "./citation.js";
import { formatDate } from "./dates.js";
import { datasetMeta } from "./meta.js";

const meta = { ...datasetMeta, version: "9.8.7", asOf: "2031-02-03", home: {} };
const site = { site: "https://example.org/aznato/", repository: "https://github.com/o/r" };
const registry = { registry: "https://www.npmjs.com/package/@aznato/data/v/9.8.7" };
const record = { id: "1994-05-04-pfp", title: "Azerbaijan joins PfP" };
const renderings = [
  ["APA", (c: ReturnType<typeof citationData>) => apa(c)],
  ["BibTeX", (c: ReturnType<typeof citationData>) => bibtex(c)],
  ["CSL-JSON", (c: ReturnType<typeof citationData>) => JSON.stringify(cslItem(c))],
] as const;

describe.each(renderings)("%s", (_, render) => {
  it("with no home names the dataset, version and as-of date, and no address", () => {
    const text = render(citationData(meta));
    expect(text).toContain(datasetMeta.title);
    expect(text).toContain("9.8.7");
    expect(text.includes("2031-02-03") || text.includes(formatDate("2031-02-03"))).toBe(true);
    expect(text).not.toMatch(/https?:|npmjs/);
  });

  it("with a site links the site, and with only a published version the registry's page", () => {
    expect(render(citationData({ ...meta, home: site }))).toContain(site.site);
    expect(render(citationData({ ...meta, home: registry }))).toContain(registry.registry);
    // the site wins over the registry
    expect(render(citationData({ ...meta, home: { ...site, ...registry } }))).not.toContain(
      "npmjs",
    );
  });

  it("cites one record by id and title, in the dataset, at its page when that is absolute", () => {
    const page = "https://example.org/events/1994-05-04-pfp/";
    const text = render(citationData(meta, { ...record, url: page }));
    expect(text).toContain(record.title);
    expect(text).toContain(record.id);
    expect(text).toContain(datasetMeta.title);
    expect(text).toContain(page);
    expect(text).not.toBe(render(citationData(meta)));
    // a root-relative page is no address to cite: the dataset's (here none) stands in
    expect(render(citationData(meta, { ...record, url: "/events/x/" }))).not.toContain("/events/");
    expect(render(citationData({ ...meta, home: site }, { ...record, url: "/x/" }))).toContain(
      site.site,
    );
  });
});

describe("one record's citation", () => {
  const c = citationData(meta, record);
  it("is marked as a record of the dataset in every rendering, with its own key", () => {
    expect(apa(c)).toBe(
      `aznato contributors. (2031). Azerbaijan joins PfP [Data record 1994-05-04-pfp]. In ${datasetMeta.title} (Version 9.8.7) [Data set]. Data as of ${formatDate("2031-02-03")}.`,
    );
    expect(bibtex(c)).toMatch(/^@misc\{aznato_9_8_7_1994_05_04_pfp,/);
    expect(cslItem(c)).toMatchObject({
      id: "aznato-data-9.8.7-1994-05-04-pfp",
      title: record.title,
      "container-title": datasetMeta.title,
    });
    expect(cslItem(citationData(meta)).id).toBe("aznato-data-9.8.7");
  });
});

describe("the release's IRI and the build's notice", () => {
  it("is the package URL of the version, an absolute IRI that is no web page", () => {
    expect(releaseIri(meta)).toBe("pkg:npm/%40aznato/data@9.8.7");
    expect(new URL(releaseIri(meta)).protocol).toBe("pkg:");
  });

  it("says once that no home is set, and nothing once one is", () => {
    expect(noHomeNotice({})).toMatch(/^No project home is set .*\.$/);
    expect(noHomeNotice({})?.split("\n")).toHaveLength(1);
    expect(noHomeNotice(site)).toBeUndefined();
    expect(noHomeNotice({ repository: site.repository })).toBeUndefined();
  });
});
