import { createHash } from "node:crypto";
import type { CollectionName } from "@aznato/data";
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
import { tableRows } from "./rows.js";
import { buildTables, type Column, type Dictionaries, type Table } from "./tables.js";

/** One file of the export: a path relative to the export folder, and its bytes. */
export interface ExportFile {
  path: string;
  bytes: Uint8Array;
}

type AnyRecord = { readonly id: string };

/** What the exporter reads: the dataset's metadata and records, and the collections' data dictionaries. */
export interface ExportSource {
  meta: {
    readonly version: string;
    readonly title: string;
    readonly description: string;
    readonly asOf: string;
    readonly licenses: readonly {
      readonly name: string;
      readonly path: string;
      readonly title: string;
      readonly scope: string;
    }[];
  };
  collections: Readonly<Record<CollectionName, readonly AnyRecord[]>>;
  dictionaries: Dictionaries;
  /** The tables made from `dictionaries`, when computed ahead (the build does). */
  tables?: Table[];
}

export const DATA_DICTIONARY = "data-dictionary";
export const DATAPACKAGE = "datapackage.json";
const PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
const ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
const DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
// text must not start like a spreadsheet formula (the data's zod schemas enforce the same)
const TEXT_PATTERN = "[^=+@][\\s\\S]*";

const tableCache = new WeakMap<Dictionaries, Table[]>();

/** Every table of the export, collections first. */
export function tablesOf(source: Pick<ExportSource, "dictionaries" | "tables">): Table[] {
  if (source.tables) return source.tables;
  let tables = tableCache.get(source.dictionaries);
  if (!tables) {
    tables = buildTables(source.dictionaries);
    tableCache.set(source.dictionaries, tables);
  }
  return tables;
}

/** Root partial-date fields of a collection; collections with none are not dated. */
export function dateFields(
  source: Pick<ExportSource, "dictionaries">,
  collection: CollectionName,
): string[] {
  return source.dictionaries[collection]
    .filter((f) => f.type === "partial-date" && !f.list && !f.path.includes("."))
    .map((f) => f.path);
}

export function datedCollections(source: Pick<ExportSource, "dictionaries">): CollectionName[] {
  return (Object.keys(source.dictionaries) as CollectionName[]).filter(
    (c) => dateFields(source, c).length > 0,
  );
}

function records(source: ExportSource, collection: CollectionName, options: ExportOptions) {
  const all = source.collections[collection];
  const fields = dateFields(source, collection);
  if (fields.length === 0 || (options.from === undefined && options.to === undefined)) return all;
  return all.filter((record) => {
    const dates = fields
      .map((f) => (record as unknown as Record<string, unknown>)[f])
      .filter((d): d is string => typeof d === "string");
    return overlaps(dates, options.from, options.to);
  });
}

const NAME_COLUMN = /(?:^|\.)name\.(en|az)$/;

function languageColumns(columns: readonly Column[], options: ExportOptions): Column[] {
  const lang = options.lang ?? "all";
  if (lang === "all") return [...columns];
  return columns.filter((column) => {
    if (column.source.kind !== "value") return true;
    const match = NAME_COLUMN.exec(column.source.path);
    return !match || match[1] === lang;
  });
}

function pickColumns(table: Table, options: TableOptions): Column[] {
  const available = languageColumns(table.columns, options);
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

export function findTable(source: ExportSource, name: string): Table {
  const tables = tablesOf(source);
  const table = tables.find((t) => t.name === name);
  if (!table) {
    throw usageError(
      `Unknown collection "${name}": use one of ${tables.map((t) => t.name).join(", ")}`,
    );
  }
  return table;
}

/** The CSV text of one table (a collection, a link table or an item table). */
export function tableCsv(source: ExportSource, name: string, options: TableOptions = {}): string {
  checkOptions(options);
  const table = findTable(source, name);
  const format = resolveFormat(options);
  if (
    (options.from !== undefined || options.to !== undefined) &&
    dateFields(source, table.collection).length === 0
  ) {
    throw usageError(
      `--from/--to apply to dated collections only: ${datedCollections(source).join(", ")} (and their link tables)`,
    );
  }
  const columns = pickColumns(table, options);
  const rows = tableRows(table, records(source, table.collection, options), columns);
  return stringifyRows(
    columns.map((c) => c.name),
    rows,
    format,
  );
}

type FieldDescriptor = Record<string, unknown>;

function fieldDescriptor(column: Column): FieldDescriptor {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  if (column.values) constraints.enum = [...column.values];
  else if (column.fieldType === "id") constraints.pattern = ID_PATTERN;
  else if (column.fieldType === "partial-date") constraints.pattern = DATE_PATTERN;
  else if (column.fieldType === "string") constraints.pattern = TEXT_PATTERN;
  if (column.fieldType === "position") constraints.minimum = 1;
  let description = column.description;
  if (column.fieldType === "partial-date") {
    description = `${description} A partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD.`.trim();
  }
  const field: FieldDescriptor = { name: column.name, type: column.type, title: column.title };
  if (description) field.description = description;
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
  title?: string;
  description: string;
  file: ExportFile;
  schema: Record<string, unknown>;
}

function written(name: string, text: string, format: Format) {
  return { path: `${name}.${format.extension}`, bytes: encoder.encode(text) };
}

const dictionaryColumns = [
  ["table", "Table", "The table (file name without extension)."],
  ["column", "Column", "The column name, as in the header row."],
  ["title", "Title", "A readable name for the column."],
  ["type", "Type", "string, integer, number, boolean, id, partial-date, url or position."],
  ["required", "Required", "Whether every row has a value."],
  ["description", "Description", "What the column holds."],
  [
    "allowed_values",
    "Allowed values",
    "The closed list of values, separated by `;`, if there is one.",
  ],
] as const;

function dataDictionaryFile(tables: readonly [Table, Column[]][], format: Format): Written {
  const rows = tables.flatMap(([table, columns]) =>
    columns.map((c) => [
      table.name,
      c.name,
      c.title,
      c.fieldType,
      c.required,
      fieldDescriptor(c).description as string | undefined,
      c.values?.join(";"),
    ]),
  );
  const header = dictionaryColumns.map(([name]) => name);
  return {
    name: DATA_DICTIONARY.replace("-", "_"),
    title: "Data dictionary",
    description:
      "Every column of every table: title, type, whether required, description and allowed values.",
    file: written(DATA_DICTIONARY, stringifyRows(header, rows, format), format),
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

/** Every file of the full export: one CSV per table, `data-dictionary.csv` and `datapackage.json`. */
export function buildFiles(source: ExportSource, options: ExportOptions = {}): ExportFile[] {
  checkOptions(options);
  const format = resolveFormat(options);
  const tables = tablesOf(source).map(
    (table) => [table, languageColumns(table.columns, options)] as [Table, Column[]],
  );
  const parts: Written[] = tables.map(([table, columns]) => ({
    name: table.name,
    description: table.description,
    file: written(
      table.name,
      stringifyRows(
        columns.map((c) => c.name),
        tableRows(table, records(source, table.collection, options), columns),
        format,
      ),
      format,
    ),
    schema: tableSchema(table, columns),
  }));
  parts.push(dataDictionaryFile(tables, format));
  const dialect: Record<string, unknown> = {};
  if (format.delimiter !== ",") dialect.delimiter = format.delimiter;
  if (format.lineEnding !== "\r\n") dialect.lineTerminator = format.lineEnding;
  if (!format.header) dialect.header = false;
  const meta = source.meta;
  const dataLicenses = meta.licenses.filter((l) => l.scope === "data");
  const descriptor = {
    $schema: PROFILE,
    name: "aznato",
    title: meta.title,
    description: meta.description,
    version: meta.version,
    // the data's as-of date, not the clock, so that two runs give the same bytes
    created: `${meta.asOf.length === 10 ? meta.asOf : `${meta.asOf}-01-01`.slice(0, 10)}T00:00:00Z`,
    licenses: (dataLicenses.length > 0 ? dataLicenses : meta.licenses).map(
      ({ name, path, title }) => ({
        name,
        path,
        title,
      }),
    ),
    sources: [
      {
        title: `@aznato/data ${meta.version}`,
        path: "https://www.npmjs.com/package/@aznato/data",
        version: meta.version,
      },
    ],
    resources: parts.map((part) => ({
      name: part.name,
      type: "table",
      path: part.file.path,
      ...(part.title ? { title: part.title } : {}),
      description: part.description,
      format: format.extension,
      mediatype: format.mediatype,
      encoding: "utf-8",
      bytes: part.file.bytes.length,
      hash: `sha256:${createHash("sha256").update(part.file.bytes).digest("hex")}`,
      ...(Object.keys(dialect).length > 0 ? { dialect } : {}),
      schema: part.schema,
    })),
  };
  return [
    ...parts.map((p) => p.file),
    { path: DATAPACKAGE, bytes: encoder.encode(`${JSON.stringify(descriptor, null, 2)}\n`) },
  ];
}
