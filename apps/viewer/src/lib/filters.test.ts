import { fold, fold as packageFold } from "@aznato/data";
import { describe, expect, it } from "vitest";
import {
  compareCells,
  parseViewState,
  rowMatches,
  startsWord,
  viewStateToSearch,
} from "./filters.ts";

describe("view state in the URL", () => {
  it("round-trips a query, a sort and facets", () => {
    const state = parseViewState("?q=seki&sort=name&order=desc&kind=city,country&x=1", ["kind"]);
    expect(state).toEqual({
      q: "seki",
      sort: "name",
      desc: true,
      facets: { kind: ["city", "country"] },
    });
    expect(viewStateToSearch(state)).toBe("?q=seki&sort=name&order=desc&kind=city%2Ccountry");
    expect(parseViewState(viewStateToSearch(state), ["kind"])).toEqual(state);
    expect(viewStateToSearch({ q: "", desc: false, facets: {} })).toBe("");
  });

  it("filters by folded words and by facets (OR within, AND across)", () => {
    const row = { text: "seki şəki city", facets: { kind: ["city"], areas: ["a", "b"] } };
    const state = (facets: Record<string, string[]>) => ({ q: "", desc: false, facets });
    expect(rowMatches(row, fold("Şəki city"), state({}))).toBe(true);
    expect(rowMatches(row, "baku", state({}))).toBe(false);
    expect(rowMatches(row, "", state({ kind: ["city", "country"] }))).toBe(true);
    expect(rowMatches(row, "", state({ kind: ["city"], areas: ["c"] }))).toBe(false);
  });

  it("matches query words at the start of words, in either spelling, never inside one", () => {
    const state = { q: "", desc: false, facets: {} };
    const row = (text: string) => ({ text: fold(text), facets: {} });
    const intelligence = row("Counter-terrorism and intelligence sharing");
    const ganja = row("NATO Parliamentary Assembly seminar in Gəncə");
    expect(rowMatches(ganja, fold("Ganja"), state)).toBe(true);
    expect(rowMatches(ganja, fold("Gəncə"), state)).toBe(true);
    expect(rowMatches(intelligence, fold("Ganja"), state)).toBe(false);
    expect(rowMatches(intelligence, fold("terror"), state)).toBe(true);
    expect(rowMatches(intelligence, fold("telli"), state)).toBe(false);
    expect(rowMatches(row("PARP 1997-05"), "1997", state)).toBe(true);
    expect(startsWord("a-b", "b")).toBe(true);
    expect(startsWord("ab", "b")).toBe(false);
  });

  it("sorts numbers as numbers and empty cells last", () => {
    const values = ["10", "", "9", "100"].sort(compareCells);
    expect(values).toEqual(["9", "10", "100", ""]);
    expect(["b", "A", "2004-05", "1994"].sort(compareCells)).toEqual(["1994", "2004-05", "A", "b"]);
  });
});

describe("fold in the browser bundle", () => {
  it("is the package's own fold", () => {
    for (const text of ["Şəki", "Mingəçevir", "İlham Əliyev", "Naxçıvan", "Gəncə", "Quba"]) {
      expect(fold(text)).toBe(packageFold(text));
    }
    expect(fold("Şəki")).toBe(fold("Seki"));
  });
});
