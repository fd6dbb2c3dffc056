import { describe, expect, it } from "vitest";
import { termOf } from "./fields.js";
import { queryUnits, sharedTerm, synonymGroups } from "./synonyms.js";
import groups from "./synonyms.json";

const term = (word: string) => termOf(word) as string;

describe("the synonym table", () => {
  it("has groups of two or more distinct words or phrases, each word in one group", () => {
    const owner = new Map<string, number>();
    synonymGroups().forEach((group, i) => {
      expect(group.length, JSON.stringify(groups[i])).toBeGreaterThanOrEqual(2);
      for (const member of group) {
        expect(member.length, JSON.stringify(groups[i])).toBeGreaterThan(0);
        if (member.length !== 1) continue;
        const term = member[0] as string;
        expect(owner.get(term) ?? i, `${term} is in two groups`).toBe(i);
        owner.set(term, i);
      }
    });
    // no member is only stop words or another spelling of a member: each gives distinct terms
    expect(synonymGroups().map((g) => g.length)).toEqual(groups.map((g) => new Set(g).size));
  });

  it("gives the words of a group one shared term", () => {
    expect(sharedTerm(term("troops"))).toBeDefined();
    for (const word of ["peacekeepers", "contingent", "servicemen", "personnel", "soldiers"]) {
      expect(sharedTerm(term(word)), word).toBe(sharedTerm(term("troops")));
    }
    expect(sharedTerm(term("Qarabağ"))).toBe(sharedTerm(term("Karabakh")));
    expect(sharedTerm("nato")).toBeUndefined();
  });

  it("matches a phrase of a group as one unit with its acronym", () => {
    const [partnership, peace, azerbaijan] = ["partnership", "peace", "Azerbaijan"].map(term);
    const units = queryUnits([partnership, peace, azerbaijan] as string[]);
    expect(units.map((u) => u.terms)).toEqual([[partnership, peace], [azerbaijan]]);
    expect(units[0]?.synonyms).toEqual([[term("PfP")]]);
    expect(units[1]?.synonyms).toEqual([[sharedTerm(azerbaijan as string)]]);
  });
});
