// The search engine shared by the package's search() and the site: MiniSearch (BM25 with field
// boosts, prefix and fuzzy matching) over the fields of fields.ts, terms folded by the package's
// looseKey, queries widened by the synonyms. Free of data and of zod: the site loads an index that
// the build serialised (toJSON) and gets the same hits as search().
import MiniSearch, { type AsPlainObject, type Query, type SearchResult } from "minisearch";
import { type CollectionName, collections } from "../registry.js";
import type { EventType } from "../vocabulary.js";
import { checkOptions, queryTerms } from "./bounds.js";
import { type SearchFields, searchFieldNames, termOf, words } from "./fields.js";
import { type Snippet, snippetOf } from "./snippet.js";
import { queryUnits, sharedTerm } from "./synonyms.js";

/** One record as the index holds it: what it is, when, and its searchable fields. */
export interface SearchDoc extends SearchFields {
  readonly id: string;
  readonly collection: CollectionName;
  /** An event's type. */
  readonly type?: string | undefined;
  /** The date the record is ordered by (an event's start, a source's publication). */
  readonly when?: string | undefined;
}

/** Filters, order and paging of a search; every option is optional. */
export interface SearchOptions {
  /** Keep records of these collections only. */
  collections?: readonly CollectionName[];
  /** Keep events of these types only (other collections are left out when it is given). */
  types?: readonly EventType[];
  /** `relevance` (the default), or by date: `date` oldest first, `date-desc` newest first; undated last. */
  order?: "relevance" | "date" | "date-desc";
  /** Hits to skip (default 0). */
  offset?: number;
  /** The most hits to return (default: all). */
  limit?: number;
}

/** A hit of the engine: the record's id and collection, its score and a snippet. */
export interface IndexHit {
  readonly id: string;
  readonly collection: CollectionName;
  /** BM25 score with the field and collection weights: higher is better. */
  readonly score: number;
  /** Why it matched: a passage with the matched words marked. */
  readonly snippet: Snippet | undefined;
}

/** One page of hits, with the total and the hits per collection and event type before filtering. */
export interface SearchPage<H> {
  readonly hits: readonly H[];
  readonly total: number;
  readonly offset: number;
  readonly counts: {
    readonly collections: Readonly<Partial<Record<CollectionName, number>>>;
    readonly types: Readonly<Partial<Record<EventType, number>>>;
  };
}

/** The serialised index: MiniSearch's JSON form and the records' fields (for snippets). */
export interface SerializedSearchIndex {
  readonly version: 1;
  readonly index: AsPlainObject;
  /** `[id, collection, type, when, name, text, note]` per record, in index order. */
  readonly docs: readonly (readonly string[])[];
}

// names and titles weigh most, notes least; a date only counts as a year
const BOOST = { name: 6, text: 1.5, note: 0.25, tag: 1, date: 1 };
const YEAR = /^\d{4}$/;
// a lower search rank (records before the sources that document them) weighs a little more
const collectionBoost = (c: CollectionName): number =>
  1 - 0.04 * (collections.find((x) => x.name === c)?.searchRank ?? collections.length);

const options = (
  byId: ReadonlyMap<string, SearchDoc>,
  boosts = new Map(collections.map((c) => [c.name, collectionBoost(c.name)])),
) => ({
  idField: "id",
  fields: [...searchFieldNames],
  tokenize: (text: string, field?: string) => {
    const all = words(text).map((w) => w.word);
    return field === "date" ? all.filter((w) => YEAR.test(w)) : all;
  },
  processTerm: (word: string) => {
    const term = termOf(word);
    const also = term === null ? undefined : sharedTerm(term);
    return also ? [term as string, also] : term;
  },
  searchOptions: {
    // queries arrive as terms already (see query())
    tokenize: (term: string) => [term],
    processTerm: (term: string) => term,
    boost: BOOST,
    weights: { fuzzy: 0.3, prefix: 0.6 },
    boostDocument: (id: string) => boosts.get(byId.get(id)?.collection as CollectionName) ?? 1,
  },
});

// typos: one edit from 6 letters of the loose key, two from 10 (fewer, and "Ganja" would find
// "Agence"); prefixes from 3 letters, for search as you type
const fuzzy = (term: string): number | false =>
  term.length >= 10 ? 2 : term.length >= 6 ? 1 : false;

/** The query tree: every unit must match (AND), each by itself or by one of its synonyms (OR). */
function query(terms: readonly string[]): Query {
  return {
    combineWith: "AND",
    queries: queryUnits(terms).map((unit) => ({
      combineWith: "OR",
      queries: [unit.terms, ...unit.synonyms].map((phrase, i) =>
        phrase.length === 1
          ? {
              queries: phrase as string[],
              prefix: i === 0 && (phrase[0] as string).length >= 3,
              fuzzy: i === 0 ? fuzzy(phrase[0] as string) : false,
            }
          : { combineWith: "AND", queries: phrase as string[] },
      ),
    })),
  };
}

/** A search index over some records, with the same answers however it was made. */
export interface SearchIndex {
  /** One page of hits for `query` (see {@link SearchOptions}). */
  page(query: string, options?: SearchOptions): SearchPage<IndexHit>;
  /** The serialised form, for {@link loadSearchIndex}. */
  toJSON(): SerializedSearchIndex;
}

function makeIndex(
  docs: readonly SearchDoc[],
  engine: (byId: Map<string, SearchDoc>) => MiniSearch<SearchDoc>,
): SearchIndex {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const mini = engine(byId);
  // scores to 9 significant digits: an index loaded from JSON sums in another order, and its
  // last bits must not reorder equal hits
  const score = (r: SearchResult): number => Number(r.score.toPrecision(9));
  const compare = (a: SearchResult, b: SearchResult): number =>
    score(b) - score(a) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  return {
    page(text, opts = {}) {
      const terms = queryTerms(text);
      checkOptions(opts);
      const found = terms.length === 0 ? [] : mini.search(query(terms)).sort(compare);
      const counts = {
        collections: {} as Record<string, number>,
        types: {} as Record<string, number>,
      };
      const kept: { result: SearchResult; doc: SearchDoc }[] = [];
      for (const result of found) {
        const doc = byId.get(result.id) as SearchDoc;
        counts.collections[doc.collection] = (counts.collections[doc.collection] ?? 0) + 1;
        if (doc.type) counts.types[doc.type] = (counts.types[doc.type] ?? 0) + 1;
        if (opts.collections && !opts.collections.includes(doc.collection)) continue;
        if (opts.types && !(opts.types as readonly string[]).includes(doc.type ?? "")) continue;
        kept.push({ result, doc });
      }
      if (opts.order === "date" || opts.order === "date-desc") {
        const sign = opts.order === "date" ? 1 : -1;
        // a stable sort: equal dates keep their relevance order; undated records go last
        kept.sort((a, b) =>
          a.doc.when && b.doc.when
            ? sign * a.doc.when.localeCompare(b.doc.when)
            : Number(!a.doc.when) - Number(!b.doc.when),
        );
      }
      const offset = opts.offset ?? 0;
      const slice = kept.slice(offset, opts.limit === undefined ? undefined : offset + opts.limit);
      const hits = slice.map(({ result, doc }) =>
        Object.freeze({
          id: doc.id,
          collection: doc.collection,
          score: score(result),
          snippet: snippetOf(doc, new Set(result.terms)),
        }),
      );
      return Object.freeze({
        hits: Object.freeze(hits),
        total: kept.length,
        offset,
        counts: Object.freeze({
          collections: Object.freeze(counts.collections),
          types: Object.freeze(counts.types),
        }),
      });
    },
    toJSON: () => ({
      version: 1,
      index: withoutIds(mini.toJSON(), docs),
      docs: docs.map((d) => [
        d.id,
        d.collection,
        d.type ?? "",
        d.when ?? "",
        d.name,
        d.text,
        d.note,
      ]),
    }),
  };
}

// MiniSearch numbers documents in the order they were added; the ids are in `docs` already
const sequentialIds = (docs: readonly SearchDoc[]) =>
  Object.fromEntries(docs.map((d, i) => [i, d.id]));
function withoutIds(json: AsPlainObject, docs: readonly SearchDoc[]): AsPlainObject {
  const ids = sequentialIds(docs);
  const same = Object.entries(json.documentIds).every(([k, v]) => ids[k] === v);
  return same && Object.keys(json.documentIds).length === docs.length
    ? { ...json, documentIds: {} }
    : json;
}

/** Indexes `docs` (in this order: it breaks ties). */
export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  return makeIndex(docs, (byId) => {
    const mini = new MiniSearch<SearchDoc>(options(byId));
    mini.addAll(docs);
    return mini;
  });
}

/** Loads an index that {@link SearchIndex.toJSON} wrote: its searches give the same hits. */
export function loadSearchIndex(json: SerializedSearchIndex): SearchIndex {
  if (json?.version !== 1) throw new TypeError("loadSearchIndex(): not a version 1 search index");
  const docs = json.docs.map(
    ([id, collection, type, when, name, text, note]): SearchDoc => ({
      id: id as string,
      collection: collection as CollectionName,
      type: type || undefined,
      when: when || undefined,
      name: name ?? "",
      text: text ?? "",
      note: note ?? "",
      tag: "",
      date: "",
    }),
  );
  const index =
    Object.keys(json.index.documentIds).length === 0
      ? { ...json.index, documentIds: sequentialIds(docs) }
      : json.index;
  return makeIndex(docs, (byId) => MiniSearch.loadJS<SearchDoc>(index, options(byId)));
}
