// What of a record the search indexes, and how text becomes terms. Free of data and of zod, so the
// site's search script can use it too.
import { fold, looseKey } from "../fold.js";

/** The fields a record is indexed under, from the weightiest to the lightest. */
export const searchFieldNames = ["name", "text", "note", "tag", "date"] as const;

/** One of the {@link searchFieldNames}. */
export type SearchField = (typeof searchFieldNames)[number];

/** A record's searchable strings by field (each joined with a line break). */
export type SearchFields = Record<SearchField, string>;

// names and titles: the record's own name, its alternatives and acronym, a claim's statement
const NAME_PATHS = /* @__PURE__ */ new Set([
  "name.en",
  "name.az",
  "name.alternatives.name",
  "title",
  "acronym",
]);
const NAME_TOP = /* @__PURE__ */ new Set(["statement.quote"]);
// descriptive text wherever it sits (a position's title, a role, a contribution)
const TEXT_KEYS = /* @__PURE__ */ new Set([
  "description",
  "summary",
  "explanation",
  "role",
  "title",
  "label",
  "detail",
  "publisher",
  "author",
]);
// one-word classifications: found, never shown as a passage
const TAG_KEYS = /* @__PURE__ */ new Set(["kind", "type", "verdict"]);
const DATE_KEYS = /* @__PURE__ */ new Set(["start", "end", "published", "date"]);
// quotes, full texts and evidence are the sources' words, not the record's: they would swamp it
const SKIPPED = /* @__PURE__ */ new Set(["citations", "evidence", "text"]);

const fieldOf = (path: string): SearchField | undefined => {
  if (NAME_PATHS.has(path) || NAME_TOP.has(path)) return "name";
  const key = path.slice(path.lastIndexOf(".") + 1);
  if (key === "note") return "note";
  if (DATE_KEYS.has(key)) return "date";
  if (TEXT_KEYS.has(key)) return "text";
  if (TAG_KEYS.has(key)) return "tag";
  return undefined; // ids, references, URLs, codes and flags are not words to search for
};

/**
 * A record's searchable strings by field: `name` (names, alternative names, titles, acronyms, a
 * claim's statement), `text` (descriptions, summaries, roles), `note` (every note, such as why an
 * alternative name is listed), `tag` (kind, type, verdict) and `date` (its dates). Ids,
 * citations and full texts are left out.
 */
export function searchFields(record: object): SearchFields {
  const out: Record<SearchField, string[]> = { name: [], text: [], note: [], tag: [], date: [] };
  const walk = (value: unknown, path: string): void => {
    if (typeof value === "string") {
      const field = fieldOf(path);
      if (field) out[field].push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, path);
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        const next = path ? `${path}.${key}` : key;
        if (!SKIPPED.has(key)) walk(inner, next);
      }
    }
  };
  walk(record, "");
  return {
    name: out.name.join("\n"),
    text: out.text.join("\n"),
    note: out.note.join("\n"),
    tag: out.tag.join("\n"),
    date: out.date.join("\n"),
  };
}

// English and Azerbaijani words too common to tell records apart; left out of index and query
// (compared folded, not loosely: the loose key of "UN" is that of "in")
const STOP_WORDS = /* @__PURE__ */ new Set(
  "a an and as at by for from in into is it of on or the to with ve ile".split(" "),
);

/** Splits text into words: letters and digits, keeping an inner apostrophe or hyphen out. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text`, each with where it starts and ends. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The index term of a word: its loose key (see `looseKey`), or `null` for a stop word. */
export function termOf(word: string): string | null {
  let term = terms.get(word);
  if (term === undefined) {
    term = STOP_WORDS.has(fold(word)) ? null : looseKey(word) || null;
    // the words of the dataset are a few thousand; a query's are bounded
    if (terms.size < 50_000) terms.set(word, term);
  }
  return term;
}
const terms = /* @__PURE__ */ new Map<string, string | null>();
