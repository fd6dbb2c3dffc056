// search() over the dataset: the index is built on the first call, never at import.
import { dataset } from "../dataset.js";
import type { IdOf } from "../generated/ids.js";
import { type AnyRecord, getById, type RecordOf } from "../query.js";
import { type CollectionName, collectionNames } from "../registry.js";
import {
  createSearchIndex,
  type IndexHit,
  type SearchDoc,
  type SearchIndex,
  type SearchOptions,
  type SearchPage,
  type SerializedSearchIndex,
} from "./engine.js";
import { searchFields } from "./fields.js";
import type { Snippet } from "./snippet.js";

/** A record that matches a {@link search}: one member per collection. */
export type SearchHit = {
  [C in CollectionName]: {
    /** The record's id. */
    readonly id: IdOf[C];
    /** The collection it is in. */
    readonly collection: C;
    /** The record itself. */
    readonly record: RecordOf<C>;
    /** Higher is better: BM25 with names weighing most and notes least (see the README). */
    readonly score: number;
    /** The passage that matched, with the matched words marked; `undefined` for a year's match. */
    readonly snippet: Snippet | undefined;
  };
}[CollectionName];

const whenOf = (record: AnyRecord): string | undefined => {
  const r = record as { start?: unknown; published?: unknown };
  const when = r.start ?? r.published;
  return typeof when === "string" ? when : undefined;
};

/** Every record as the search indexes it, in the dataset's order. */
export const searchDocs = (): SearchDoc[] =>
  collectionNames.flatMap((collection) =>
    (dataset[collection] as readonly AnyRecord[]).map((record) => ({
      id: record.id,
      collection,
      type: collection === "events" ? (record as { type: string }).type : undefined,
      when: whenOf(record),
      ...searchFields(record),
    })),
  );

let built: SearchIndex | undefined;
const index = (): SearchIndex => {
  built ??= createSearchIndex(searchDocs());
  return built;
};

const withRecord = (hit: IndexHit): SearchHit =>
  Object.freeze({ ...hit, record: getById(hit.id) as AnyRecord }) as SearchHit;

/**
 * Finds records for `query`, best first. Words are matched whole, by prefix (from 3 letters) and
 * with a typo (from 5 letters), ignoring case and diacritics, with Azerbaijani and English
 * spellings folded together (`Seki` and `Sheki` find `Şəki`, `Əliyev` finds `Aliyev`, `Bakı`
 * finds `Baku`) and the domain's synonyms (`troops` finds peacekeepers, `Qarabağ` Karabakh).
 * Every word must match. Names and titles weigh most, notes least. `options` filter by collection
 * and event type, order by date and page. A query has at most 256 characters (`MAX_QUERY_LENGTH`)
 * and 16 distinct words (`MAX_QUERY_WORDS`): longer ones throw a `RangeError`, as do unknown
 * options; a non-string throws a `TypeError`.
 */
export function search(query: string, options: SearchOptions = {}): SearchHit[] {
  return index().page(query, options).hits.map(withRecord);
}

/** Like {@link search}, with the total and the hits per collection and event type. */
export function searchPage(query: string, options: SearchOptions = {}): SearchPage<SearchHit> {
  const page = index().page(query, options);
  return Object.freeze({ ...page, hits: Object.freeze(page.hits.map(withRecord)) });
}

/** The dataset's search index in MiniSearch's JSON form, for a site to load with `loadSearchIndex`. */
export const searchIndexJSON = (): SerializedSearchIndex => index().toJSON();
