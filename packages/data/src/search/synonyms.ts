// The domain's synonyms (synonyms.json). A word of a group is also indexed under the group's
// shared term, so "troops" finds peacekeepers and "Qarabağ" Karabakh, with one document frequency
// for the group; a phrase of a group ("Partnership for Peace") is matched as its words together.

import { termOf, words } from "./fields.js";
import groups from "./synonyms.json";

/** A word or phrase as index terms. */
type Terms = readonly string[];

const termsOf = (text: string): Terms =>
  words(text)
    .map((w) => termOf(w.word))
    .filter((t): t is string => t !== null);

interface Tables {
  groups: readonly (readonly Terms[])[];
  shared: ReadonlyMap<string, string>;
}
let tables: Tables | undefined;
/** The groups as terms (each member once) and each single word's shared term; made on first use. */
function synonymTables(): Tables {
  if (tables) return tables;
  const all = groups.map((group) => {
    const seen = new Set<string>();
    return group.map(termsOf).filter((t) => {
      const key = t.join(" ");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
  // "~" never occurs in a term (terms are letters and digits), so a shared term matches no word
  const shared = new Map<string, string>();
  for (const group of all) {
    const single = group.filter((m) => m.length === 1).map((m) => m[0] as string);
    for (const term of single) if (single.length > 1) shared.set(term, `~${single[0]}`);
  }
  tables = { groups: all, shared };
  return tables;
}

/** The synonym groups as terms, each member once. */
export const synonymGroups = (): readonly (readonly Terms[])[] => synonymTables().groups;

/** The shared term of a word's synonym group, if its group has other single words. */
export const sharedTerm = (term: string): string | undefined => synonymTables().shared.get(term);

const sameTerms = (a: Terms, b: Terms): boolean =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/** One part of a query: the terms typed (a word, or a phrase of a group) and what else it finds. */
export interface QueryUnit {
  readonly terms: Terms;
  /** Other members of its groups: phrases, and the shared term of the single words. */
  readonly synonyms: readonly Terms[];
}

/**
 * Splits query terms into units: the longest phrase of a synonym group that starts at each place,
 * else the single term, each with what its groups add.
 */
export function queryUnits(terms: Terms): QueryUnit[] {
  const units: QueryUnit[] = [];
  for (let i = 0; i < terms.length; ) {
    let best: Terms = [terms[i] as string];
    for (const group of synonymGroups()) {
      for (const member of group) {
        if (member.length > best.length && sameTerms(member, terms.slice(i, i + member.length))) {
          best = member;
        }
      }
    }
    const members = synonymGroups()
      .filter((group) => group.some((m) => sameTerms(m, best)))
      .flatMap((group) => group.filter((m) => !sameTerms(m, best)));
    const synonyms = new Map<string, Terms>();
    for (const member of [best, ...members]) {
      const term = member.length === 1 ? sharedTerm(member[0] as string) : undefined;
      const add = term ? [term] : member;
      if (member !== best || term) synonyms.set(add.join(" "), add);
    }
    units.push({ terms: best, synonyms: [...synonyms.values()] });
    i += best.length;
  }
  return units;
}
