// The programmatic API: the same functions the CLI uses, bound to the installed @aznato/data.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CollectionName, dataset, datasetMeta } from "@aznato/data";
import { version } from "../package.json";
import { tables as allTables } from "./dictionaries.js";
import { buildFiles, type ExportFile, type ExportSource, LICENSE_DATA, tableCsv } from "./export.js";
import type { ExportOptions, TableOptions } from "./options.js";
import { type TableName, tableNames } from "./table-names.js";
import type { Table } from "./tables.js";

export { CsvError, type CsvErrorKind } from "./errors.js";
export type { ExportFile } from "./export.js";
export type { ExportOptions, Format, Language, TableOptions } from "./options.js";
export { isTableName, type TableName, tableNames } from "./table-names.js";
export type { Column, ColumnType, ForeignKey, Table, TableKind } from "./tables.js";

/** LICENSE-DATA as the installed @aznato/data ships it. */
function licenseText(): Uint8Array {
  let packageJson: string;
  try {
    // the ESM resolver has found @aznato/data already: far cheaper than a require.resolve
    packageJson = fileURLToPath(import.meta.resolve("@aznato/data/package.json"));
  } catch {
    // where import.meta.resolve is missing (some bundlers), the CommonJS resolver, loaded only then
    const { createRequire } = process.getBuiltinModule("node:module");
    packageJson = createRequire(import.meta.url).resolve("@aznato/data/package.json");
  }
  return new Uint8Array(readFileSync(join(dirname(packageJson), LICENSE_DATA)));
}

const DEFAULT_DATABASE = "aznato.db";
// SQLite (a WebAssembly build) loads only when a database is asked for
const sqlite = () => import("./sqlite.js");

const source: ExportSource = {
  meta: datasetMeta,
  collections: dataset as unknown as Record<CollectionName, readonly { id: string }[]>,
  tables: allTables,
  licenseText,
  toolVersion: version,
};

/**
 * Every file of the full export: one CSV per table (link, item and text tables included),
 * `data-dictionary.csv`, `README.md`, `LICENSE-DATA` and `datapackage.json`.
 */
export function exportFiles(options: ExportOptions = {}): ExportFile[] {
  return buildFiles(source, options);
}

/**
 * The export as a SQLite database named `name` (default `aznato.db`), and the Datasette
 * `metadata.json` that describes it: the same tables and rows as {@link exportFiles}.
 */
export function exportDatabase(
  options: ExportOptions = {},
  name: string = DEFAULT_DATABASE,
): Promise<ExportFile[]> {
  return sqlite().then(({ buildDatabase }) => buildDatabase(source, options, name));
}

/** The full export with the database in it: {@link exportFiles} plus {@link exportDatabase}. */
export async function exportFilesWithDatabase(
  options: ExportOptions = {},
  name: string = DEFAULT_DATABASE,
): Promise<ExportFile[]> {
  const { buildDatabase } = await sqlite();
  return buildFiles(source, options, await buildDatabase(source, options, name));
}

/** The CSV text of one table: a collection (`events`), or a link, item or text table (`event_people`). */
export function toCsv(table: TableName, options: TableOptions = {}): string {
  return tableCsv(source, table, options);
}

/** Every table of the export, with its columns, primary key and foreign keys. */
export function tables(): readonly Table[] {
  return source.tables;
}

// the literal union of table names must match the tables the dictionary gives
if (tableNames.length !== allTables.length) {
  throw new Error("@aznato/csv: the table names are out of date with @aznato/data");
}
