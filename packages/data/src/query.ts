import { type Collections, dataset } from "./dataset.js";
import {
  assertPartialDate,
  compareDates,
  earliestDay,
  latestDay,
  type PartialDate,
} from "./dates.js";
import { fold } from "./fold.js";
import type {
  AreaId,
  ClaimId,
  EventId,
  OperationId,
  OrganizationId,
  PersonId,
  PlaceId,
  ProgrammeId,
  RecordId,
  SourceId,
} from "./generated/ids.js";
import { type CollectionName, collectionNames, relations, valuesAt } from "./relations.js";
import type {
  Area,
  Citation,
  Claim,
  Event,
  EventType,
  Operation,
  Organization,
  Person,
  Place,
  Programme,
  Source,
} from "./schema/records.js";
import { eventTypes } from "./vocabulary.js";

/** Any record of any collection. */
export type AnyRecord = Collections[CollectionName][number];

/** The record type an id literal stands for. */
export type RecordFor<I extends string> = I extends EventId
  ? Event
  : I extends ProgrammeId
    ? Programme
    : I extends OperationId
      ? Operation
      : I extends OrganizationId
        ? Organization
        : I extends PersonId
          ? Person
          : I extends PlaceId
            ? Place
            : I extends AreaId
              ? Area
              : I extends SourceId
                ? Source
                : I extends ClaimId
                  ? Claim
                  : AnyRecord | undefined;

interface Entry {
  collection: CollectionName;
  record: AnyRecord;
}

let byId: Map<string, Entry> | undefined;
const index = (): Map<string, Entry> => {
  if (!byId) {
    byId = new Map();
    for (const collection of collectionNames) {
      for (const record of dataset[collection]) byId.set(record.id, { collection, record });
    }
  }
  return byId;
};

/** The record with this id, from any collection; `undefined` when there is none. */
export function getById<I extends RecordId>(id: I): RecordFor<I>;
export function getById(id: string): AnyRecord | undefined;
export function getById(id: string): AnyRecord | undefined {
  return index().get(id)?.record;
}

/** The collection a record id belongs to; `undefined` when there is none. */
export const collectionOf = (id: string): CollectionName | undefined => index().get(id)?.collection;

/** Filters for {@link timeline}; every one is optional and they combine with AND. */
export interface TimelineOptions {
  /** Earliest date (YYYY, YYYY-MM or YYYY-MM-DD); events ending before it are left out. */
  from?: PartialDate;
  /** Latest date; events starting after it are left out. */
  to?: PartialDate;
  /** Keep events in any of these areas. */
  areas?: readonly AreaId[];
  /** Keep events of any of these types. */
  types?: readonly EventType[];
  /** `partnership` leaves out context events such as the Nuclear Security Summit. */
  scope?: Event["scope"];
}

/**
 * Events in date order, filtered. Throws a `RangeError` naming the value when `from` or `to`
 * is not a real date, or when an area or type is unknown.
 */
export function timeline(options: TimelineOptions = {}): Event[] {
  const { from, to, areas, types, scope } = options;
  if (from !== undefined) assertPartialDate(from, "from date");
  if (to !== undefined) assertPartialDate(to, "to date");
  for (const area of areas ?? []) {
    if (collectionOf(area) !== "areas")
      throw new RangeError(`Unknown area ${JSON.stringify(area)}`);
  }
  for (const type of types ?? []) {
    if (!(eventTypes as readonly string[]).includes(type)) {
      throw new RangeError(`Unknown event type ${JSON.stringify(type)}`);
    }
  }
  return dataset.events
    .filter(
      (e) =>
        (from === undefined || latestDay(e.endDate ?? e.date) >= earliestDay(from)) &&
        (to === undefined || earliestDay(e.date) <= latestDay(to)) &&
        (areas === undefined || e.areas.some((a) => areas.includes(a as AreaId))) &&
        (types === undefined || types.includes(e.type)) &&
        (scope === undefined || e.scope === scope),
    )
    .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/** A record linked to another, as {@link related} returns it. */
export interface RelatedRecord {
  /** The linked record's id. */
  id: string;
  /** The collection it is in. */
  collection: CollectionName;
  /** `outgoing`: this record refers to it; `incoming`: it refers to this record. */
  direction: "outgoing" | "incoming";
  /** The referring field, e.g. `events.people[]` or `claims.about[]`. */
  field: string;
  /** The linked record itself. */
  record: AnyRecord;
}

let links: Map<string, RelatedRecord[]> | undefined;
const linkIndex = (): Map<string, RelatedRecord[]> => {
  if (links) return links;
  links = new Map();
  const add = (key: string, link: RelatedRecord) => {
    const list = links?.get(key) ?? [];
    if (
      !list.some(
        (l) => l.id === link.id && l.direction === link.direction && l.field === link.field,
      )
    ) {
      list.push(link);
    }
    links?.set(key, list);
  };
  for (const relation of relations) {
    for (const record of dataset[relation.from]) {
      for (const target of valuesAt(record, relation.path)) {
        const entry = index().get(target as string);
        if (!entry) continue;
        const field = `${relation.from}.${relation.path}`;
        add(record.id, {
          id: entry.record.id,
          collection: entry.collection,
          direction: "outgoing",
          field,
          record: entry.record,
        });
        add(entry.record.id, {
          id: record.id,
          collection: relation.from,
          direction: "incoming",
          field,
          record,
        });
      }
    }
  }
  return links;
};

/**
 * Records linked to this one in both directions: those it refers to (`outgoing`, sources
 * included) and those that refer to it (`incoming`). Empty for an unknown id.
 */
export const related = (id: string): RelatedRecord[] => [...(linkIndex().get(id) ?? [])];

/** A citation with its source looked up, as {@link citationsFor} returns it. */
export interface ResolvedCitation {
  /** The citation as the record holds it. */
  citation: Citation;
  /** The source it cites. */
  source: Source;
  /** Where the citation sits in the record, e.g. `citations[0]` or `contributions[1].citations[0]`. */
  path: string;
}

/** Every citation in a record, with its source resolved; empty for an unknown id. */
export function citationsFor(id: string): ResolvedCitation[] {
  const entry = index().get(id);
  if (!entry) return [];
  const result: ResolvedCitation[] = [];
  for (const relation of relations) {
    if (relation.from !== entry.collection || relation.to !== "sources") continue;
    const citationPath = relation.path.slice(0, -".source".length);
    for (const citation of valuesAt(entry.record, citationPath) as Citation[]) {
      const source = getById(citation.source) as Source;
      result.push({ citation, source, path: citationPath });
    }
  }
  return result;
}

/** A record that matches a {@link search}. */
export interface SearchHit {
  /** The record's id. */
  id: string;
  /** The collection it is in. */
  collection: CollectionName;
  /** The record itself. */
  record: AnyRecord;
  /** Higher for a match in a name or title than in the text. */
  score: number;
}

const SEARCH_ORDER: readonly CollectionName[] = [
  "programmes",
  "operations",
  "organizations",
  "people",
  "places",
  "areas",
  "events",
  "claims",
  "sources",
];

const TITLE_KEYS = new Set(["en", "az", "name", "title", "acronym"]);

let searchIndex: { entry: Entry; titles: string; text: string }[] | undefined;
const collect = (value: unknown, titles: string[], text: string[], key = ""): void => {
  if (typeof value === "string") (TITLE_KEYS.has(key) ? titles : text).push(value);
  else if (Array.isArray(value)) for (const item of value) collect(item, titles, text, key);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      // ids, dates, citations and full texts would swamp the matches
      if (k !== "citations" && k !== "text" && k !== "id" && k !== "evidence") {
        collect(v, titles, text, key === "name" ? "name" : k);
      }
    }
  }
};

/**
 * Finds records whose names or text contain every word of `query`, ignoring case and
 * diacritics, with Azerbaijani letters folded: `Seki` finds `Şəki`.
 */
export function search(query: string): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  searchIndex ??= [...index().values()].map((entry) => {
    const titles: string[] = [];
    const text: string[] = [];
    collect(entry.record, titles, text);
    return { entry, titles: fold(titles.join(" ")), text: fold(text.join(" ")) };
  });
  const hits: SearchHit[] = [];
  for (const { entry, titles, text } of searchIndex) {
    if (!words.every((w) => titles.includes(w) || text.includes(w))) continue;
    const score = words.filter((w) => titles.includes(w)).length * 2 + words.length;
    hits.push({ id: entry.record.id, collection: entry.collection, record: entry.record, score });
  }
  // equal scores: the records themselves before the sources that document them
  return hits.sort(
    (a, b) =>
      b.score - a.score || SEARCH_ORDER.indexOf(a.collection) - SEARCH_ORDER.indexOf(b.collection),
  );
}
