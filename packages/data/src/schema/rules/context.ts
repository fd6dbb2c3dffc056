// What every dataset rule reads: the plain input and the indexes built from it once.
import { datePrecision } from "../../dates.js";
import { type CollectionName, collectionNames } from "../../registry.js";

/** A path into the dataset as steps a caller can walk: `["events", 3, "citations", 0]`. */
export type Segments = (string | number)[];

/** One problem a rule found. */
export interface RuleIssue {
  segments: Segments;
  id?: string;
  message: string;
}

/** A cross-record rule of the dataset: a name, what it checks, and the check. */
export interface Rule {
  name: string;
  description: string;
  check(context: RuleContext): RuleIssue[];
}

export type Loose = Record<string, unknown>;
export const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === "object" && !Array.isArray(value);
export const idOf = (record: Loose): string | undefined =>
  typeof record.id === "string" ? record.id : undefined;
/** `{ id }` for an issue in this record, when it has an id. */
export const withId = (record: Loose): { id?: string } => {
  const id = idOf(record);
  return id === undefined ? {} : { id };
};

export interface RuleContext {
  readonly data: Loose;
  /** The records of a collection that are objects, each with its index in the input. */
  entries(name: CollectionName): readonly [number, Loose][];
  /** The collection of every id, first holder wins. */
  readonly owner: ReadonlyMap<string, CollectionName>;
  /** The full text of each source that ships one. */
  readonly texts: ReadonlyMap<string, string>;
  /** The dataset's as-of date, when valid. */
  readonly asOf: string | undefined;
}

/** Indexes `data` (already a plain, bounded copy) for the rules. */
export function ruleContext(data: Loose): RuleContext {
  const lists = new Map<CollectionName, [number, Loose][]>();
  for (const name of collectionNames) {
    const list = data[name];
    const entries: [number, Loose][] = [];
    if (Array.isArray(list)) {
      for (const [i, r] of list.entries()) if (isObject(r)) entries.push([i, r]);
    }
    lists.set(name, entries);
  }
  const entries = (name: CollectionName) => lists.get(name) as [number, Loose][]; // all are set
  const owner = new Map<string, CollectionName>();
  for (const name of collectionNames) {
    for (const [, record] of entries(name)) {
      const id = idOf(record);
      if (id !== undefined && !owner.has(id)) owner.set(id, name);
    }
  }
  const texts = new Map<string, string>();
  for (const [, source] of entries("sources")) {
    const id = idOf(source);
    if (id !== undefined && typeof source.text === "string") texts.set(id, source.text);
  }
  const meta = isObject(data.meta) ? data.meta : {};
  const asOf = typeof meta.asOf === "string" && datePrecision(meta.asOf) ? meta.asOf : undefined;
  return { data, entries, owner, texts, asOf };
}

/** Every object in `value` with its segments, depth first, the value itself included. */
export function* objects(value: unknown, at: Segments): Generator<[Segments, Loose]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* objects(item, [...at, i]);
  } else if (isObject(value)) {
    yield [at, value];
    for (const [key, child] of Object.entries(value)) yield* objects(child, [...at, key]);
  }
}

/** The values at a relation path (`citations[].source`) in a record, each with its segments. */
export function valuesAt(record: unknown, path: string): [Segments, unknown][] {
  let current: [Segments, unknown][] = [[[], record]];
  for (const step of path.split(".")) {
    const isArray = step.endsWith("[]");
    const key = isArray ? step.slice(0, -2) : step;
    const next: [Segments, unknown][] = [];
    for (const [at, value] of current) {
      if (!isObject(value) || value[key] === undefined) continue;
      const child = value[key];
      if (!isArray) next.push([[...at, key], child]);
      else if (Array.isArray(child)) {
        for (const [i, item] of child.entries()) next.push([[...at, key, i], item]);
      }
    }
    current = next;
  }
  return current;
}
