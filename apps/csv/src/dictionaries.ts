// The package's own description of its data, read at run time: the data dictionary it ships as
// `dictionary.json` (no zod) and its `relations`. The unit tests read the same dictionary from the
// package's sources (see vitest.config.ts).
import { relations } from "@aznato/data";
import dictionary from "@aznato/data/dictionary.json" with { type: "json" };
import type { CollectionDescription } from "@aznato/data/schema";
import { buildTables, type Table } from "./tables.js";

/** Every collection with its description and fields, as `@aznato/data/dictionary.json` has them. */
export const collectionDictionary = dictionary as unknown as readonly CollectionDescription[];

/** Every table of the export, made from the dictionary and the relations. */
export const tables: readonly Table[] = buildTables(collectionDictionary, relations);
