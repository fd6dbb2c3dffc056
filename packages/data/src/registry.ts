// The collections, stated once. Everything else (types, exports, search order, titles) derives
// from this list, so adding a collection means a schema, a data file and a line here.

const registry = [
  { name: "sources", record: "Source", title: "Sources", searchRank: 8 },
  { name: "areas", record: "Area", title: "Areas of cooperation", searchRank: 5 },
  { name: "places", record: "Place", title: "Places", searchRank: 4 },
  { name: "organizations", record: "Organization", title: "Organizations", searchRank: 2 },
  { name: "people", record: "Person", title: "People", searchRank: 3 },
  { name: "programmes", record: "Programme", title: "Programmes", searchRank: 0 },
  { name: "operations", record: "Operation", title: "Operations", searchRank: 1 },
  { name: "events", record: "Event", title: "Events", searchRank: 6 },
  { name: "claims", record: "Claim", title: "Claims", searchRank: 7 },
  { name: "checklists", record: "Checklist", title: "Coverage checklists", searchRank: 9 },
] as const;

/** The name of one of the collections. */
export type CollectionName = (typeof registry)[number]["name"];

/** The record type's name of a collection (`events` → `Event`). */
export type RecordName<C extends CollectionName = CollectionName> = Extract<
  (typeof registry)[number],
  { name: C }
>["record"];

/** What the registry says about one collection. */
export interface CollectionInfo {
  /** The collection's name, as in `dataset.json` and the subpath (`@aznato/data/events`). */
  readonly name: CollectionName;
  /** The record type's name, in the singular (`Event`). */
  readonly record: RecordName;
  /** A title for people (`Areas of cooperation`). */
  readonly title: string;
  /** Where its records come in {@link search} results of equal score (0 first). */
  readonly searchRank: number;
}

/** Every collection, in the order the dataset lists them. */
export const collections: readonly CollectionInfo[] = /* @__PURE__ */ Object.freeze(
  registry.map((entry) => Object.freeze({ ...entry })),
);

/** The collection names, in the order the dataset lists them. */
export const collectionNames: readonly CollectionName[] = /* @__PURE__ */ Object.freeze(
  registry.map((entry) => entry.name),
);

/** One record of each collection, in the singular: the record type's name (`events` → `Event`). */
export const recordNames: { readonly [C in CollectionName]: RecordName<C> } =
  /* @__PURE__ */ Object.freeze(
    Object.fromEntries(registry.map((entry) => [entry.name, entry.record])) as {
      [C in CollectionName]: RecordName<C>;
    },
  );

/** Whether `name` is a collection name. */
export const isCollectionName = (name: unknown): name is CollectionName =>
  typeof name === "string" && (collectionNames as readonly string[]).includes(name);
