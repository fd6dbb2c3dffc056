// The programmatic API: the same functions the CLI uses, bound to the installed @aznato/data.
import { buildFiles, type ExportFile, tableCsv } from "./export.js";
import type { ExportOptions, TableOptions } from "./options.js";
import { source } from "./source.js";
import type { TableName } from "./table-names.js";
import type { Table } from "./tables.js";

export { type DownloadFile, describeFiles, exportBundled, exportDownloads } from "./downloads.js";
export { CsvError, type CsvErrorKind } from "./errors.js";
export type { ExportFile } from "./export.js";
export {
  type ExportFormat,
  exportFormats,
  findFormat,
  formatOfPath,
  type WriteInput,
} from "./formats.js";
export type { ExportOptions, Format, Language, TableOptions } from "./options.js";
export { pandasTyped, type RecipeFormat, readrTyped } from "./recipes.js";
export { isTableName, type TableName, tableNames } from "./table-names.js";
export type { Column, ColumnType, ForeignKey, Table, TableKind } from "./tables.js";

const DEFAULT_DATABASE = "aznato.db";
// SQLite (a WebAssembly build) loads only when a database is asked for
const sqlite = () => import("./sqlite.js");

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

/**
 * The export as one Excel workbook (`.xlsx` bytes): a README sheet, then a sheet per table with the
 * same rows as the CSV files. The same bytes from run to run.
 */
export function exportWorkbook(options: ExportOptions = {}): Promise<Uint8Array> {
  return import("./xlsx.js").then(({ buildWorkbook }) => buildWorkbook(source, options));
}

/**
 * The Parquet export: every table as an Apache Parquet file (`events.parquet` …) with typed
 * columns, the same rows as the CSV files, with README.md, LICENSE-DATA and datapackage.json.
 */
export function exportParquet(options: ExportOptions = {}): Promise<ExportFile[]> {
  return import("./parquet.js").then(({ buildParquet }) => buildParquet(source, options));
}

/** The CSV text of one table: a collection (`events`), or a link, item or text table (`event_people`). */
export function toCsv(table: TableName, options: TableOptions = {}): string {
  return tableCsv(source, table, options);
}

/** Every table of the export, with its columns, primary key and foreign keys. */
export function tables(): readonly Table[] {
  return source.tables;
}
