import { type Collections, dataset } from "./dataset.js";
import {
  assertPartialDate,
  compareDates,
  earliestDay,
  latestDay,
  type PartialDate,
} from "./dates.js";
import type { AreaId, IdOf, RecordId } from "./generated/ids.js";
import { type CollectionName, collectionNames } from "./registry.js";
import { relations, valuesAt } from "./relations.js";
import type { Citation, Event, EventType, Source } from "./schema/records.js";
import { type Selector, selectorsFor } from "./selectors.js";
import { eventTypes } from "./vocabulary.js";

/** A record of collection `C`. */
export type RecordOf<C extends CollectionName> = Collections[C][number];

/** Any record of any collection. */
export type AnyRecord = RecordOf<CollectionName>;

/** The collection an id literal belongs to (`never` for a string that is no known id). */
export type CollectionOf<I extends string> = {
  [C in CollectionName]: I extends IdOf[C] ? C : never;
}[CollectionName];

/** The record type an id literal stands for; `AnyRecord | undefined` for any other string. */
export type RecordFor<I extends string> = [CollectionOf<I>] extends [never]
  ? AnyRecord | undefined
  : RecordOf<CollectionOf<I>>;

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

/** The record with this id, from any collection; `undefined` when there is none (never throws). */
export function getById<I extends RecordId>(id: I): RecordFor<I>;
export function getById(id: string): AnyRecord | undefined;
export function getById(id: string): AnyRecord | undefined {
  return typeof id === "string" ? index().get(id)?.record : undefined;
}

/** The collection a record id belongs to; `undefined` when there is none (never throws). */
export const collectionOf = (id: string): CollectionName | undefined =>
  typeof id === "string" ? index().get(id)?.collection : undefined;

/** Filters for {@link timeline}; every one is optional and they combine with AND. */
export interface TimelineOptions {
  /** Earliest date (YYYY, YYYY-MM or YYYY-MM-DD); events ending before it are left out. */
  from?: PartialDate;
  /** Latest date; events starting after it are left out. Not before `from`. */
  to?: PartialDate;
  /** Keep events in any of these areas. */
  areas?: readonly AreaId[];
  /** Keep events of any of these types. */
  types?: readonly EventType[];
  /** `partnership` leaves out context events such as the Nuclear Security Summit. */
  scope?: Event["scope"];
}

const scopes: readonly string[] = ["partnership", "context"];

const listOption = (value: unknown, name: string): readonly unknown[] => {
  if (!Array.isArray(value)) {
    throw new TypeError(`timeline(): ${name} must be an array, got ${JSON.stringify(value)}`);
  }
  return value;
};

/**
 * Events in date order, filtered. Throws a `TypeError` or `RangeError` naming the option when
 * `from` or `to` is not a real date, `from` is after `to`, or an area, type or scope is unknown.
 */
export function timeline(options: TimelineOptions = {}): Event[] {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`timeline(): options must be an object, got ${JSON.stringify(options)}`);
  }
  const { from, to, areas, types, scope } = options;
  if (from !== undefined) assertPartialDate(from, "timeline() from date");
  if (to !== undefined) assertPartialDate(to, "timeline() to date");
  if (from !== undefined && to !== undefined && earliestDay(from) > latestDay(to)) {
    throw new RangeError(`timeline(): from ${from} is after to ${to}`);
  }
  for (const area of areas === undefined ? [] : listOption(areas, "areas")) {
    if (collectionOf(area as string) !== "areas") {
      throw new RangeError(`timeline(): unknown area ${JSON.stringify(area)}`);
    }
  }
  for (const type of types === undefined ? [] : listOption(types, "types")) {
    if (!(eventTypes as readonly unknown[]).includes(type)) {
      throw new RangeError(`timeline(): unknown event type ${JSON.stringify(type)}`);
    }
  }
  if (scope !== undefined && !scopes.includes(scope)) {
    throw new RangeError(
      `timeline(): unknown scope ${JSON.stringify(scope)}: use partnership or context`,
    );
  }
  return dataset.events
    .filter(
      (e) =>
        (from === undefined || latestDay(e.end ?? e.start) >= earliestDay(from)) &&
        (to === undefined || earliestDay(e.start) <= latestDay(to)) &&
        (areas === undefined || e.areas.some((a) => areas.includes(a))) &&
        (types === undefined || types.includes(e.type)) &&
        (scope === undefined || e.scope === scope),
    )
    .sort((a, b) => compareDates(a.start, b.start) || a.id.localeCompare(b.id));
}

/** A record linked to another, as {@link related} returns it: one member per collection. */
export type RelatedRecord = {
  [C in CollectionName]: {
    /** The linked record's id. */
    readonly id: IdOf[C];
    /** The collection it is in. */
    readonly collection: C;
    /** `outgoing`: this record refers to it; `incoming`: it refers to this record. */
    readonly direction: "outgoing" | "incoming";
    /** The referring field, e.g. `events.people[]` or `claims.about[]`. */
    readonly field: string;
    /** The linked record itself. */
    readonly record: RecordOf<C>;
  };
}[CollectionName];

let links: Map<string, RelatedRecord[]> | undefined;
const linkIndex = (): Map<string, RelatedRecord[]> => {
  if (links) return links;
  const built = new Map<string, RelatedRecord[]>();
  const add = (key: string, link: RelatedRecord) => {
    const list = built.get(key) ?? [];
    const seen = list.some(
      (l) => l.id === link.id && l.direction === link.direction && l.field === link.field,
    );
    if (!seen) list.push(Object.freeze(link));
    built.set(key, list);
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
        } as RelatedRecord);
        add(entry.record.id, {
          id: record.id,
          collection: relation.from,
          direction: "incoming",
          field,
          record,
        } as RelatedRecord);
      }
    }
  }
  links = built;
  return links;
};

/**
 * Records linked to this one in both directions: those it refers to (`outgoing`, sources
 * included) and those that refer to it (`incoming`). Empty for an unknown id; the links are frozen.
 */
export const related = (id: string): RelatedRecord[] => [...(linkIndex().get(id) ?? [])];

/** A citation with its source looked up, as {@link citationsFor} returns it. */
export interface ResolvedCitation {
  /** The citation as the record holds it. */
  readonly citation: Citation;
  /** The source it cites. */
  readonly source: Source;
  /** Where the citations list sits in the record, e.g. `citations` or `contributions[].citations`. */
  readonly path: string;
  /** W3C Web Annotation selectors that find the quote in the source (see {@link selectorsFor}). */
  readonly selectors: readonly Selector[];
}

/** Every citation in a record, with its source and selectors resolved; empty for an unknown id. */
export function citationsFor(id: string): ResolvedCitation[] {
  const entry = typeof id === "string" ? index().get(id) : undefined;
  if (!entry) return [];
  const result: ResolvedCitation[] = [];
  for (const relation of relations) {
    if (relation.from !== entry.collection || relation.to !== "sources") continue;
    const citationPath = relation.path.slice(0, -".source".length);
    for (const citation of valuesAt(entry.record, citationPath) as Citation[]) {
      const source = index().get(citation.source)?.record as Source;
      const selectors = Object.freeze(selectorsFor(citation, source.text));
      result.push(Object.freeze({ citation, source, path: citationPath, selectors }));
    }
  }
  return result;
}
