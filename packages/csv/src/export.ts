import { type CollectionName, earliestDay } from "@aznato/data";
import { languageColumns, pickColumns } from "./columns.js";
import { stringifyRows } from "./csv.js";
import {
  dataDictionaryFile,
  descriptorFile,
  encoder,
  tableSchema,
  type Written,
} from "./datapackage.js";
import { overlaps } from "./dates.js";
import { usageError } from "./errors.js";
import {
  dataLicenses,
  type ExportFile,
  type ExportSource,
  LICENSE_DATA,
  type PreparedTable,
  README,
  SOURCE_TEXT_LICENSE,
  tableLicenses,
} from "./export-types.js";
import { checkOptions, type ExportOptions, resolveFormat, type TableOptions } from "./options.js";
import { readme } from "./readme.js";
import { type AnyRecord, type RowContext, tableRows } from "./rows.js";
import type { Table } from "./tables.js";

export { languageColumns } from "./columns.js";
export { fieldDescriptor } from "./datapackage.js";
export * from "./export-types.js";

/** Root partial-date columns of a collection's table; a collection with none is not dated. */
export function dateFields(table: Table): string[] {
  return table.columns.flatMap((c) =>
    c.fieldType === "partial-date" && c.source.kind === "value" && !c.source.path.includes(".")
      ? [c.source.path]
      : [],
  );
}

const datesOf = (record: AnyRecord, fields: readonly string[]): string[] =>
  fields
    .map((f) => (record as unknown as Record<string, unknown>)[f])
    .filter((d): d is string => typeof d === "string");

const byId = (a: AnyRecord, b: AnyRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The records of a collection as the options select them: in id order and, if dated, in date order. */
interface Selected {
  byId: AnyRecord[];
  ordered: AnyRecord[];
}

function select(
  source: ExportSource,
  collection: CollectionName,
  options: ExportOptions,
): Selected {
  const main = source.tables.find((t) => t.kind === "collection" && t.collection === collection);
  const fields = main ? dateFields(main) : [];
  let records = [...source.collections[collection]];
  if (fields.length > 0 && (options.from !== undefined || options.to !== undefined)) {
    records = records.filter((r) => overlaps(datesOf(r, fields), options.from, options.to));
  }
  const ids = records.sort(byId);
  if (fields.length === 0) return { byId: ids, ordered: ids };
  // chronological: earliest day first (a year counts from its first day), then id; undated last
  const keyed = ids.map((record) => {
    const days = datesOf(record, fields).map(earliestDay).sort();
    return { record, day: days[0] ?? "\uffff" };
  });
  keyed.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : byId(a.record, b.record)));
  return { byId: ids, ordered: keyed.map((k) => k.record) };
}

export function findTable(source: Pick<ExportSource, "tables">, name: string): Table {
  const table = source.tables.find((t) => t.name === name);
  if (!table) {
    throw usageError(
      `Unknown table "${name}": use one of ${source.tables.map((t) => t.name).join(", ")}`,
    );
  }
  return table;
}

const datedCollections = (source: Pick<ExportSource, "tables">) =>
  source.tables.filter((t) => t.kind === "collection" && dateFields(t).length > 0);

function contextOf(source: ExportSource): RowContext {
  const texts = new Map<string, string>();
  for (const record of source.collections.sources ?? []) {
    const text = (record as { text?: unknown }).text;
    if (typeof text === "string") texts.set(record.id, text);
  }
  return { sourceTexts: texts };
}

/** The CSV text of one table (a collection, a link, item or text table). */
export function tableCsv(source: ExportSource, name: string, options: TableOptions = {}): string {
  checkOptions(options);
  const table = findTable(source, name);
  const format = resolveFormat(options);
  const main = source.tables.find(
    (t) => t.kind === "collection" && t.collection === table.collection,
  );
  if (
    (options.from !== undefined || options.to !== undefined) &&
    (!main || dateFields(main).length === 0)
  ) {
    throw usageError(
      `--from/--to apply to dated collections only: ${datedCollections(source)
        .map((t) => t.name)
        .join(", ")} (and their link and item tables)`,
    );
  }
  const columns = pickColumns(table, options);
  const selected = select(source, table.collection, options);
  const records = table.kind === "collection" ? selected.ordered : selected.byId;
  return stringifyRows(
    columns.map((c) => c.name),
    tableRows(table, records, columns, contextOf(source)),
    format,
  );
}

/** Every table with its columns and rows, as the options give them (shared by CSV and SQLite). */
export function prepareTables(source: ExportSource, options: ExportOptions = {}): PreparedTable[] {
  checkOptions(options);
  const context = contextOf(source);
  const selected = new Map<CollectionName, Selected>();
  return source.tables.map((table) => {
    let chosen = selected.get(table.collection);
    if (!chosen) {
      chosen = select(source, table.collection, options);
      selected.set(table.collection, chosen);
    }
    const columns = languageColumns(table, options);
    const records = table.kind === "collection" ? chosen.ordered : chosen.byId;
    return { table, columns, rows: tableRows(table, records, columns, context) };
  });
}

/** The records each collection's table holds under the options, in its order. */
export function selectedRecords(
  source: ExportSource,
  options: ExportOptions = {},
): Map<CollectionName, AnyRecord[]> {
  const out = new Map<CollectionName, AnyRecord[]>();
  for (const table of source.tables) {
    if (table.kind === "collection") {
      out.set(table.collection, select(source, table.collection, options).ordered);
    }
  }
  return out;
}

/**
 * Every file of the full export: one CSV per table, `data-dictionary.csv`, `README.md`,
 * `LICENSE-DATA` and `datapackage.json`. `extra` files (the SQLite database and its Datasette
 * metadata) are added and listed as files of the export.
 */
export function buildFiles(
  source: ExportSource,
  options: ExportOptions = {},
  extra: readonly ExportFile[] = [],
): ExportFile[] {
  const format = resolveFormat(options);
  const prepared = prepareTables(source, options);
  const parts: Written[] = prepared.map(({ table, columns, rows }) => ({
    name: table.name,
    title: table.title,
    description: table.description,
    file: {
      path: `${table.name}.${format.extension}`,
      bytes: encoder.encode(
        stringifyRows(
          columns.map((c) => c.name),
          rows,
          format,
        ),
      ),
      rows: rows.length,
    },
    schema: tableSchema(table, columns),
    licenses: tableLicenses(source, table),
  }));
  parts.push(dataDictionaryFile(prepared, format, dataLicenses(source)));
  const dialect: Record<string, unknown> = {};
  if (format.delimiter !== ",") dialect.delimiter = format.delimiter;
  if (format.lineEnding !== "\r\n") dialect.lineTerminator = format.lineEnding;
  if (!format.header) dialect.header = false;
  const meta = source.meta;
  const documents: ExportFile[] = [
    {
      path: README,
      bytes: encoder.encode(
        readme({
          meta,
          toolVersion: source.toolVersion,
          format,
          options,
          tables: parts.map((p) => ({
            path: p.file.path,
            title: p.title,
            rows: p.file.rows ?? 0,
            text: p.licenses.includes(SOURCE_TEXT_LICENSE),
          })),
          extra: extra.map((f) => f.path),
        }),
      ),
    },
    { path: LICENSE_DATA, bytes: source.licenseText() },
  ];
  return [
    ...parts.map((p) => p.file),
    ...documents,
    ...extra,
    descriptorFile(source, parts, [...documents, ...extra], {
      format: format.extension,
      mediatype: format.mediatype,
      encoding: "utf-8",
      dialect,
    }),
  ];
}
