import { createHash } from "node:crypto";
import { type CollectionName, earliestDay } from "@aznato/data";
import { stringifyRows } from "./csv.js";
import { overlaps } from "./dates.js";
import { usageError } from "./errors.js";
import {
  checkOptions,
  type ExportOptions,
  type Format,
  resolveFormat,
  type TableOptions,
} from "./options.js";
import { readme } from "./readme.js";
import { type AnyRecord, type Cell, type RowContext, tableRows } from "./rows.js";
import type { Column, Table } from "./tables.js";

/** One file of the export: a path relative to the export folder, and its bytes. */
export interface ExportFile {
  path: string;
  bytes: Uint8Array;
  /** Rows of data (without the header), for a table. */
  rows?: number;
}

export interface License {
  readonly name?: string;
  readonly path: string;
  readonly title: string;
}

/** What the exporter reads: the dataset's metadata and records, and the tables made from its dictionary. */
export interface ExportSource {
  meta: {
    readonly version: string;
    readonly title: string;
    readonly description: string;
    readonly asOf: string;
    readonly licenses: readonly (License & { readonly scope: string })[];
  };
  collections: Readonly<Record<CollectionName, readonly AnyRecord[]>>;
  tables: readonly Table[];
  /** The text of LICENSE-DATA, which the full export carries. */
  licenseText: () => Uint8Array;
  /** The exporter's own version, for the README. */
  toolVersion: string;
}

export const DATA_DICTIONARY = "data-dictionary";
export const DATAPACKAGE = "datapackage.json";
export const README = "README.md";
export const LICENSE_DATA = "LICENSE-DATA";
/** Files of the export that are not tables, listed in datapackage.json under this property. */
export const FILES_PROPERTY = "x-aznato-files";
export const EXPORT_NAME = "aznato";
export const EXPORT_SOURCE = "https://www.npmjs.com/package/@aznato/data";
const PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

/** The licence of the source document's full text, which CC BY 4.0 does not cover. */
export const SOURCE_TEXT_LICENSE: License = {
  path: LICENSE_DATA,
  title:
    "Not covered by CC BY 4.0: the full text of the source document is reproduced as the object of the fact check, and its rights remain with its publisher (see LICENSE-DATA)",
};

/** The licences of the data, and of each table. */
export function dataLicenses(source: Pick<ExportSource, "meta">): License[] {
  const data = source.meta.licenses.filter((l) => l.scope === "data");
  return (data.length > 0 ? data : source.meta.licenses).map(({ name, path, title }) => ({
    name: name as string,
    path,
    title,
  }));
}

export const tableLicenses = (source: Pick<ExportSource, "meta">, table: Table): License[] =>
  table.kind === "text" ? [SOURCE_TEXT_LICENSE] : dataLicenses(source);

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

/** A table with the columns and rows the options give. */
export interface PreparedTable {
  table: Table;
  columns: Column[];
  rows: Cell[][];
}

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

const NAME_COLUMN = /^name\.(en|az)$/;

/** The columns the language option gives: both names, or one `name` with its `name_lang`. */
export function languageColumns(table: Table, options: ExportOptions): Column[] {
  const lang = options.lang ?? "all";
  if (lang === "all" || table.kind !== "collection") return [...table.columns];
  const columns: Column[] = [];
  for (const column of table.columns) {
    const match = column.source.kind === "value" ? NAME_COLUMN.exec(column.source.path) : null;
    if (!match) {
      columns.push(column);
      continue;
    }
    if (columns.some((c) => c.name === "name")) continue;
    const other = lang === "en" ? "az" : "en";
    const language = { en: "English", az: "Azerbaijani (Latin script)" };
    columns.push(
      {
        name: "name",
        source: { kind: "name", lang },
        fieldType: "string",
        type: "string",
        required: true,
        title: "Name",
        description: `Name in ${language[lang]}; in ${language[other]} where no source gives a name in ${language[lang]} (name_lang says which).`,
      },
      {
        name: "name_lang",
        source: { kind: "name-lang", lang },
        fieldType: "language",
        type: "string",
        required: true,
        title: "Name language",
        description: `The language of name: ${lang}, or ${other} where the record has no name in ${lang}.`,
        values: [lang, other],
      },
    );
  }
  return columns;
}

function pickColumns(table: Table, options: TableOptions): Column[] {
  const available = languageColumns(table, options);
  const names = available.map((c) => c.name);
  const check = (list: readonly string[], flag: string) => {
    for (const name of list) {
      if (!names.includes(name)) {
        throw usageError(
          `Unknown column "${name}" in ${flag} for ${table.name}: use one of ${names.join(", ")}`,
        );
      }
    }
  };
  let picked = available;
  if (options.columns) {
    check(options.columns, "--columns");
    picked = options.columns.map((name) => available.find((c) => c.name === name) as Column);
  }
  if (options.excludeColumns) {
    check(options.excludeColumns, "--exclude-columns");
    picked = picked.filter((c) => !options.excludeColumns?.includes(c.name));
  }
  if (picked.length === 0) throw usageError(`No columns left to write for ${table.name}`);
  return picked;
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

type FieldDescriptor = Record<string, unknown>;

/** A column as a Table Schema field. Rules of the data (id and text rules) stay in the data. */
export function fieldDescriptor(column: Column): FieldDescriptor {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.values) constraints.enum = [...column.values];
  if (column.fieldType === "position") constraints.minimum = 1;
  const field: FieldDescriptor = { name: column.name, type: column.type, title: column.title };
  if (column.description) field.description = column.description;
  if (column.fieldType === "url") field.format = "uri";
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

function tableSchema(table: Table, columns: readonly Column[]) {
  const names = new Set(columns.map((c) => c.name));
  const schema: Record<string, unknown> = {
    fields: columns.map(fieldDescriptor),
    missingValues: [""],
    primaryKey: table.primaryKey,
  };
  const foreignKeys = table.foreignKeys.filter((fk) => fk.fields.every((f) => names.has(f)));
  if (foreignKeys.length > 0) schema.foreignKeys = foreignKeys;
  return schema;
}

const encoder = new TextEncoder();

interface Written {
  name: string;
  title: string;
  description: string;
  file: ExportFile;
  schema: Record<string, unknown>;
  licenses: License[];
}

const dictionaryColumns = [
  ["table", "Table", "The table (file name without extension)."],
  ["column", "Column", "The column name, as in the header row."],
  ["title", "Title", "A readable name for the column."],
  [
    "type",
    "Type",
    "string (text, which never starts with =, +, - or @, so that no spreadsheet runs it as a formula), integer, number, boolean, date (YYYY-MM-DD), partial-date (YYYY, YYYY-MM or YYYY-MM-DD), id, url, language or position.",
  ],
  ["required", "Required", "Whether every row has a value."],
  ["description", "Description", "What the column holds."],
  [
    "allowed_values",
    "Allowed values",
    "The closed list of values, separated by semicolons, if there is one.",
  ],
] as const;

function dataDictionaryFile(
  tables: readonly PreparedTable[],
  format: Format,
  licenses: License[],
): Written {
  const rows = tables.flatMap(({ table, columns }) =>
    columns.map((c) => [
      table.name,
      c.name,
      c.title,
      c.fieldType,
      c.required,
      c.description || undefined,
      c.values?.join(";"),
    ]),
  );
  const header = dictionaryColumns.map(([name]) => name);
  return {
    name: DATA_DICTIONARY.replace("-", "_"),
    title: "Data dictionary",
    description:
      "Every column of every table: title, type, whether required, description and allowed values.",
    file: {
      path: `${DATA_DICTIONARY}.${format.extension}`,
      bytes: encoder.encode(stringifyRows(header, rows, format)),
      rows: rows.length,
    },
    licenses,
    schema: {
      fields: dictionaryColumns.map(([name, title, description]) => ({
        name,
        type: name === "required" ? "boolean" : "string",
        title,
        description,
        ...(["table", "column", "type", "required"].includes(name)
          ? { constraints: { required: true } }
          : {}),
      })),
      missingValues: [""],
      primaryKey: ["table", "column"],
    },
  };
}

/** `created` of the descriptor: the data's as-of date, not the clock, so that runs give the same bytes. */
const createdOf = (asOf: string) =>
  `${asOf.length === 10 ? asOf : `${asOf}-01-01`.slice(0, 10)}T00:00:00Z`;

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
  const descriptor = {
    $schema: PROFILE,
    name: EXPORT_NAME,
    title: meta.title,
    description: `${meta.description} Version ${meta.version}, data as of ${meta.asOf}. Each file's licence is in its licenses; the full text of the source document (source_texts) is not covered by CC BY 4.0. See README.md and LICENSE-DATA.`,
    version: meta.version,
    created: createdOf(meta.asOf),
    licenses: dataLicenses(source),
    sources: [
      { title: `@aznato/data ${meta.version}`, path: EXPORT_SOURCE, version: meta.version },
    ],
    [FILES_PROPERTY]: [...documents, ...extra].map((f) => f.path),
    resources: parts.map((part) => ({
      name: part.name,
      type: "table",
      path: part.file.path,
      title: part.title,
      description: part.description,
      format: format.extension,
      mediatype: format.mediatype,
      encoding: "utf-8",
      bytes: part.file.bytes.length,
      hash: `sha256:${createHash("sha256").update(part.file.bytes).digest("hex")}`,
      licenses: part.licenses,
      ...(Object.keys(dialect).length > 0 ? { dialect } : {}),
      schema: part.schema,
    })),
  };
  return [
    ...parts.map((p) => p.file),
    ...documents,
    ...extra,
    { path: DATAPACKAGE, bytes: encoder.encode(`${JSON.stringify(descriptor, null, 2)}\n`) },
  ];
}
