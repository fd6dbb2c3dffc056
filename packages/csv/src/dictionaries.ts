// The package's own description of its data: the data dictionary it ships as `dictionary.json` (no
// zod) and its `relations`, from which the tables of the export are made. The build makes them once
// from the installed package (tsup.config.ts) and the CLI uses that while the data is the version
// they were made from; otherwise, and in the unit tests (which read the dictionary from the package's
// sources: the `@aznato/source` export condition), they are made here at start-up.
import { datasetMeta, relations } from "@aznato/data";
import type { CollectionDescription } from "@aznato/data/schema";
import { buildTables, type Table } from "./tables.js";

/** Every collection with its description and fields, as `@aznato/data/dictionary.json` has them. */
export async function loadDictionary(): Promise<readonly CollectionDescription[]> {
  const json = await import("@aznato/data/dictionary.json", { with: { type: "json" } });
  return json.default as unknown as readonly CollectionDescription[];
}

// set by the build: JSON of { version, tables } (tsup.config.ts)
declare const __AZNATO_CSV_TABLES__: string | undefined;
const built: { version: string; tables: Table[] } | undefined =
  typeof __AZNATO_CSV_TABLES__ === "string" ? JSON.parse(__AZNATO_CSV_TABLES__) : undefined;

/** Every table of the export, made from the dictionary and the relations of the installed data. */
export const tables: readonly Table[] =
  built?.version === datasetMeta.version
    ? built.tables
    : buildTables(await loadDictionary(), relations);
