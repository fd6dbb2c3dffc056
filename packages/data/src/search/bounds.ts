// The bounds of a query and the checks of its options, with one-line errors.
import { collectionNames } from "../registry.js";
import { eventTypes } from "../vocabulary.js";
import type { SearchOptions } from "./engine.js";
import { termOf, words } from "./fields.js";

/** The longest query a search accepts, in characters. */
export const MAX_QUERY_LENGTH = 256;
/** The most distinct words a search query may have. */
export const MAX_QUERY_WORDS = 16;

// a bigint or a cyclic object has no JSON form: name its type instead
const describe = (v: unknown): string => {
  try {
    return JSON.stringify(v) ?? typeof v;
  } catch {
    return typeof v;
  }
};

/** The distinct index terms of a query; throws on a query that is no string or too long. */
export function queryTerms(text: unknown): string[] {
  if (typeof text !== "string") {
    throw new TypeError(`search(): query must be a string, got ${describe(text)}`);
  }
  if (text.length > MAX_QUERY_LENGTH) {
    throw new RangeError(
      `search(): query has ${text.length} characters; at most ${MAX_QUERY_LENGTH} are allowed`,
    );
  }
  const distinct = new Set(words(text).map((w) => w.word.toLowerCase()));
  if (distinct.size > MAX_QUERY_WORDS) {
    throw new RangeError(
      `search(): query has ${distinct.size} distinct words; at most ${MAX_QUERY_WORDS} are allowed`,
    );
  }
  return [...new Set([...distinct].map(termOf).filter((t): t is string => t !== null))];
}

export function checkOptions(o: SearchOptions): void {
  if (o === null || typeof o !== "object") {
    throw new TypeError(`search(): options must be an object, got ${describe(o)}`);
  }
  const list = (value: unknown, name: string, known: readonly string[]) => {
    if (value === undefined) return;
    if (!Array.isArray(value)) throw new TypeError(`search(): ${name} must be an array`);
    for (const v of value) {
      if (!known.includes(v)) throw new RangeError(`search(): unknown ${name} ${describe(v)}`);
    }
  };
  list(o.collections, "collections", collectionNames);
  list(o.types, "types", eventTypes);
  if (o.order !== undefined && !["relevance", "date", "date-desc"].includes(o.order)) {
    throw new RangeError(
      `search(): unknown order ${describe(o.order)}: use relevance, date or date-desc`,
    );
  }
  for (const [name, value, min] of [
    ["offset", o.offset, 0],
    ["limit", o.limit, 1],
  ] as const) {
    if (value !== undefined && !(Number.isSafeInteger(value) && value >= min)) {
      throw new RangeError(
        `search(): ${name} must be a whole number from ${min}, got ${describe(value)}`,
      );
    }
  }
}
