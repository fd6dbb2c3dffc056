/** The nine collections, in the order the dataset lists them. */
export const collectionNames = [
  "sources",
  "areas",
  "places",
  "organizations",
  "people",
  "programmes",
  "operations",
  "events",
  "claims",
] as const;

/** The name of one of the nine collections. */
export type CollectionName = (typeof collectionNames)[number];

/** One record of each collection, in the singular: the record type's name (`events` → `Event`). */
export const recordNames = {
  sources: "Source",
  areas: "Area",
  places: "Place",
  organizations: "Organization",
  people: "Person",
  programmes: "Programme",
  operations: "Operation",
  events: "Event",
  claims: "Claim",
} as const satisfies Record<CollectionName, string>;

/**
 * Every reference from one record to another, as a path into the record (`[]` steps into an array)
 * and the collection it must resolve in. Validation, `related()`, `citationsFor()` and the CSV link
 * tables all read this one list, so a new reference field is declared once.
 */
export interface Relation {
  /** The collection whose records hold the reference. */
  from: CollectionName;
  /** Where the id sits in such a record, e.g. `people[]` or `citations[].source`. */
  path: string;
  /** The collection the id must be in; `any` for claims, which can be about any record. */
  to: CollectionName | "any";
}

/** Every reference field of the dataset (see {@link Relation}). */
export const relations: readonly Relation[] = [
  { from: "places", path: "country", to: "places" },
  { from: "places", path: "citations[].source", to: "sources" },
  { from: "organizations", path: "country", to: "places" },
  { from: "organizations", path: "parent", to: "organizations" },
  { from: "organizations", path: "roles[].citations[].source", to: "sources" },
  { from: "organizations", path: "citations[].source", to: "sources" },
  { from: "people", path: "positions[].organization", to: "organizations" },
  { from: "people", path: "citations[].source", to: "sources" },
  { from: "programmes", path: "parent", to: "programmes" },
  { from: "programmes", path: "successor", to: "programmes" },
  { from: "programmes", path: "organizations[]", to: "organizations" },
  { from: "programmes", path: "areas[]", to: "areas" },
  { from: "programmes", path: "alternatives[].citations[].source", to: "sources" },
  { from: "programmes", path: "citations[].source", to: "sources" },
  { from: "operations", path: "successor", to: "operations" },
  { from: "operations", path: "places[]", to: "places" },
  { from: "operations", path: "organizations[]", to: "organizations" },
  { from: "operations", path: "areas[]", to: "areas" },
  { from: "operations", path: "contributions[].citations[].source", to: "sources" },
  { from: "operations", path: "contributions[].alternatives[].citations[].source", to: "sources" },
  { from: "operations", path: "alternatives[].citations[].source", to: "sources" },
  { from: "operations", path: "citations[].source", to: "sources" },
  { from: "events", path: "areas[]", to: "areas" },
  { from: "events", path: "people[]", to: "people" },
  { from: "events", path: "organizations[]", to: "organizations" },
  { from: "events", path: "places[]", to: "places" },
  { from: "events", path: "programmes[]", to: "programmes" },
  { from: "events", path: "operations[]", to: "operations" },
  { from: "events", path: "alternatives[].citations[].source", to: "sources" },
  { from: "events", path: "citations[].source", to: "sources" },
  { from: "claims", path: "statement.source", to: "sources" },
  { from: "claims", path: "evidence[].source", to: "sources" },
  { from: "claims", path: "about[]", to: "any" },
];

/**
 * The values found at `path` in `record`, each with its concrete path: `a[].b` collects `b` from
 * every item of `a`, as `[["a[0].b", …], ["a[1].b", …]]`.
 */
export function entriesAt(record: unknown, path: string): [string, unknown][] {
  let current: [string, unknown][] = [["", record]];
  for (const step of path.split(".")) {
    const isArray = step.endsWith("[]");
    const key = isArray ? step.slice(0, -2) : step;
    const next: [string, unknown][] = [];
    for (const [at, value] of current) {
      if (value === null || typeof value !== "object") continue;
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined) continue;
      const childAt = at === "" ? key : `${at}.${key}`;
      if (!isArray) next.push([childAt, child]);
      else if (Array.isArray(child)) {
        for (const [i, item] of child.entries()) next.push([`${childAt}[${i}]`, item]);
      }
    }
    current = next;
  }
  return current;
}

/** The values found at `path` in `record` (see `entriesAt`). */
export const valuesAt = (record: unknown, path: string): unknown[] =>
  entriesAt(record, path).map(([, value]) => value);
