import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.js";
import { collectionNames } from "../registry.js";
import { createSearchIndex, loadSearchIndex, type SearchOptions } from "./engine.js";
import { searchFields } from "./fields.js";
import { search, searchDocs, searchIndexJSON } from "./search.js";

// a word of every record's name or title, and the queries of the query table's kinds
const queries = [
  "Aliyev",
  "Qarabağ",
  "ISAF troops",
  "Seki",
  "Ganja",
  "Stoltenbreg",
  "Partnership for Peace",
  "2004",
  "",
  ...collectionNames.flatMap((c) =>
    dataset[c].slice(0, 3).map((r) => searchFields(r).name.split(/\s+/).slice(0, 2).join(" ")),
  ),
];
const options: SearchOptions[] = [
  {},
  { collections: ["events"], order: "date-desc" },
  { types: ["visit", "summit"], order: "date", offset: 2, limit: 5 },
];

describe("the serialised search index", () => {
  it("gives the same hits, scores and snippets as search() after a JSON round trip", () => {
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(searchIndexJSON())));
    for (const q of queries) {
      for (const o of options) {
        const expected = search(q, o).map(({ record: _, ...hit }) => hit);
        expect(loaded.page(q, o).hits, `${q} ${JSON.stringify(o)}`).toEqual(expected);
      }
    }
  }, 60_000);

  it("refuses what is not a version 1 index", () => {
    expect(() => loadSearchIndex({} as never)).toThrow("not a version 1 search index");
  });
});

describe("the index", () => {
  it("holds every record once, in the dataset's order", () => {
    const docs = searchDocs();
    expect(docs.map((d) => d.id)).toEqual(
      collectionNames.flatMap((c) => dataset[c].map((r) => r.id)),
    );
  });

  it("breaks equal scores by the order it was given", () => {
    const doc = {
      collection: "places",
      name: "Alpha",
      text: "",
      note: "",
      tag: "",
      date: "",
    } as const;
    const index = createSearchIndex([
      { ...doc, id: "b" },
      { ...doc, id: "a" },
    ]);
    expect(index.page("alpha").hits.map((h) => h.id)).toEqual(["b", "a"]);
  });

  it("weighs a name above text and text above a note", () => {
    const base = {
      collection: "places",
      name: "x",
      text: "x",
      note: "x",
      tag: "",
      date: "",
    } as const;
    const index = createSearchIndex([
      { ...base, id: "in-note", note: "Gabala station" },
      { ...base, id: "in-text", text: "Gabala station" },
      { ...base, id: "in-name", name: "Gabala station" },
    ]);
    expect(index.page("Gabala").hits.map((h) => h.id)).toEqual(["in-name", "in-text", "in-note"]);
  });
});

describe("searchFields", () => {
  it("files names, text, notes, tags and dates apart, and skips ids, citations and texts", () => {
    const fields = searchFields({
      id: "the-id",
      name: {
        en: "Sheki",
        az: "Şəki",
        alternatives: [{ name: "Nukha", lang: "ru", note: "Old name" }],
      },
      kind: "city",
      description: "A city",
      start: "1994-05-04",
      positions: [{ title: "Mayor", organization: "some-id" }],
      citations: [{ source: "s", quote: "quoted" }],
      text: "full text",
      evidence: [{ quote: "evidence" }],
    });
    expect(fields).toEqual({
      name: "Sheki\nŞəki\nNukha",
      text: "A city\nMayor",
      note: "Old name",
      tag: "city",
      date: "1994-05-04",
    });
  });
});
