// The programmatic API: the same functions the CLI uses, bound to the @aznato/data dataset.
import { type CollectionName, dataset, datasetMeta } from "@aznato/data";
import { tables as builtTables, dictionaries } from "./dictionaries.js";
import { buildFiles, type ExportFile, type ExportSource, tableCsv, tablesOf } from "./export.js";
import type { ExportOptions, TableOptions } from "./options.js";
import type { Table } from "./tables.js";

export { CsvError, type CsvErrorKind } from "./errors.js";
export type { ExportFile, ExportSource } from "./export.js";
export type { ExportOptions, Format, Language, TableOptions } from "./options.js";
export type { Column, ColumnType, ForeignKey, Table } from "./tables.js";

/** The dataset and data dictionaries the export reads. */
export const exportSource: ExportSource = {
  meta: datasetMeta,
  collections: dataset as unknown as Record<CollectionName, readonly { id: string }[]>,
  dictionaries,
  tables: builtTables,
};

/** Every file of the full export: one CSV per table, link tables, `data-dictionary.csv`, `datapackage.json`. */
export function exportFiles(options: ExportOptions = {}): ExportFile[] {
  return buildFiles(exportSource, options);
}

/** The CSV text of one table: a collection (`events`) or a link or item table (`event_people`). */
export function toCsv(table: string, options: TableOptions = {}): string {
  return tableCsv(exportSource, table, options);
}

/** Every table of the export, with its columns, primary key and foreign keys. */
export function tables(): readonly Table[] {
  return tablesOf(exportSource);
}
