// The tsup build replaces this module with its result (see tsup.config.ts), so the CLI and the
// bundled API never load zod at run time; tests run this source, and a test compares the two.
import { type CollectionName, collectionNames, dataDictionary } from "@aznato/data/schema";
import { buildTables, type Dictionaries, type Table } from "./tables.js";

export const dictionaries: Dictionaries = Object.fromEntries(
  collectionNames.map((name) => [name, dataDictionary(name)]),
) as Record<CollectionName, ReturnType<typeof dataDictionary>>;

/** Every table of the export, made from the dictionaries. */
export const tables: Table[] = buildTables(dictionaries);
