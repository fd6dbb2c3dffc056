// Site search, shared by the build (which writes the index) and the browser (which matches it).
// It follows @aznato/data's search() field for field and point for point, so the search page, the
// table filters and the package give the same records in the same order (search.test.ts checks
// this against search() itself). The browser part imports only fold and looseKey from the package.
import { fold, looseKey } from "@aznato/data";

/** One record in the search index, as the build writes it (short keys: the file is fetched). */
export interface IndexEntry {
  /** Record id. */
  i: string;
  /** Collection name. */
  c: string;
  /** English label (name, title or quote). */
  l: string;
  /** Azerbaijani name, where it differs from the English one. */
  a?: string;
  /** Language of the label when it is not English (a source's title). */
  g?: string;
  /** Date shown next to the label (formatted), where the record has one. */
  d?: string;
  /** Names, titles and acronyms, as the package's search() ranks them first. */
  t: string;
  /** Every other text field (no ids, citations, full texts or evidence). */
  x: string;
}

// the same keys and exclusions as the package's search index
const TITLE_KEYS = new Set(["en", "az", "name", "title", "acronym"]);
const SKIPPED = new Set(["citations", "text", "id", "evidence"]);

/** A record's searchable strings split into titles (names, titles, acronyms) and other text. */
export function searchFields(record: object): { titles: string; text: string } {
  const titles: string[] = [];
  const text: string[] = [];
  const collect = (value: unknown, key: string): void => {
    if (typeof value === "string") (TITLE_KEYS.has(key) ? titles : text).push(value);
    else if (Array.isArray(value)) for (const item of value) collect(item, key);
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (!SKIPPED.has(k)) collect(v, key === "name" ? "name" : k);
      }
    }
  };
  collect(record, "");
  return { titles: titles.join(" "), text: text.join(" ") };
}

/** Index strings prepared once for matching: folded and loose forms of titles and text. */
export interface Prepared {
  titles: string;
  text: string;
  looseTitles: string;
  looseText: string;
}

export const prepare = (titles: string, text: string): Prepared => ({
  titles: fold(titles),
  text: fold(text),
  looseTitles: looseKey(titles),
  looseText: looseKey(text),
});

/** The distinct folded words of a query, as search() splits them. */
export const queryWords = (query: string): string[] => [
  ...new Set(fold(query).split(/\s+/).filter(Boolean)),
];

/**
 * The score of one record for the query words (0: no match): every word must occur; a word in a
 * name or title counts 4, in its looser spelling 3, in other text 2, loosely there 1.
 */
export function scoreOf(entry: Prepared, words: readonly string[]): number {
  let score = 0;
  for (const word of words) {
    const key = looseKey(word);
    const points = entry.titles.includes(word)
      ? 4
      : entry.looseTitles.includes(key)
        ? 3
        : entry.text.includes(word)
          ? 2
          : entry.looseText.includes(key)
            ? 1
            : 0;
    if (points === 0) return 0;
    score += points;
  }
  return score;
}

/**
 * Ranks `entries` for `query`: best score first, then by the collection's search rank
 * (`rankOf`), then in index order, like search().
 */
export function rank<T>(
  entries: readonly T[],
  prepared: (entry: T) => Prepared,
  rankOf: (entry: T) => number,
  query: string,
): T[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const hits: { entry: T; score: number }[] = [];
  for (const entry of entries) {
    const score = scoreOf(prepared(entry), words);
    if (score > 0) hits.push({ entry, score });
  }
  return hits
    .sort((a, b) => b.score - a.score || rankOf(a.entry) - rankOf(b.entry))
    .map((h) => h.entry);
}
