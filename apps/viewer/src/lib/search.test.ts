import {
  type AnyRecord,
  collectionNames,
  collections,
  dataset,
  fold,
  looseKey,
  search,
} from "@aznato/data";
import { describe, expect, it } from "vitest";
import { rowMatches } from "./filters.ts";
import { labelOf } from "./records.ts";
import { prepare, queryWords, rank, scoreOf, searchFields } from "./search.ts";
import { searchTextOf } from "./table.ts";

const all = collectionNames.flatMap((c) =>
  (dataset[c] as readonly AnyRecord[]).map((record) => ({ c, record })),
);
const entries = all.map(({ c, record }) => {
  const { titles, text } = searchFields(record);
  return { c, id: record.id, prepared: prepare(titles, text) };
});
const rankOf = (c: string) => collections.find((x) => x.name === c)?.searchRank ?? 99;
const viewerSearch = (q: string) =>
  rank(
    entries,
    (e) => e.prepared,
    (e) => rankOf(e.c),
    q,
  ).map((e) => e.id);

// queries from the data itself (a word of every label), plus the spellings the issue names
const queries = [
  "Əliyev",
  "Aliyev",
  "Bakı",
  "Baku",
  "Seki",
  "Şəki",
  "Sheki",
  "Naxçıvan",
  "Nakhchivan",
  "Gəncə",
  "nato summit",
  "Partnership for Peace",
  "IPAP",
  "",
  "   ",
  ...all.map(({ record }) => labelOf(record).split(/\s+/).slice(0, 2).join(" ")),
];

describe("site search", () => {
  it("gives the same records in the same order as the package's search()", () => {
    for (const q of queries) expect(viewerSearch(q), q).toEqual(search(q).map((h) => h.id));
  });

  it("finds the Azerbaijani spellings of what the English ones find", () => {
    for (const [az, en] of [
      ["Əliyev", "Aliyev"],
      ["Bakı", "Baku"],
      ["Seki", "Sheki"],
    ] as const) {
      const found = viewerSearch(en);
      expect(found.length, en).toBeGreaterThan(0);
      expect(new Set(viewerSearch(az)), az).toEqual(new Set(found));
    }
  });

  it("ranks a match in a name above a match in other text", () => {
    const entry = prepare("Baku", "a city");
    const words = queryWords("baku");
    expect(scoreOf(entry, words)).toBe(4);
    expect(scoreOf(prepare("Bakı", ""), words)).toBe(3);
    expect(scoreOf(prepare("x", "Baku"), words)).toBe(2);
    expect(scoreOf(prepare("x", "Bakı"), words)).toBe(1);
    expect(scoreOf(prepare("x", "Ganja"), words)).toBe(0);
  });

  it("skips ids, citations, full texts and evidence, and files names under titles", () => {
    const fields = searchFields({
      id: "the-id",
      name: { en: "Sheki", az: "Şəki", alternatives: [{ name: "Nukha", lang: "ru" }] },
      description: "A city",
      citations: [{ quote: "quoted" }],
      text: "full text",
      evidence: [{ quote: "evidence" }],
    });
    expect(fields.titles).toBe("Sheki Şəki Nukha ru");
    expect(fields.text).toBe("A city");
  });
});

describe("table filters", () => {
  it("match a row exactly when search() finds its record", () => {
    for (const q of ["Əliyev", "Bakı", "Seki", "summit", "Ganja"]) {
      const found = new Set(search(q).map((h) => h.id));
      for (const { record } of all) {
        const text = searchTextOf(record);
        const row = { text, loose: looseKey(text), facets: {} };
        const state = { q, desc: false, facets: {} };
        expect(rowMatches(row, fold(q), state), `${q} ${record.id}`).toBe(found.has(record.id));
      }
    }
  });
});
