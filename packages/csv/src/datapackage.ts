// The Frictionless parts of the export: each table's Table Schema, the data dictionary as a table,
// and datapackage.json.
import { createHash } from "node:crypto";
import { stringifyRows } from "./csv.js";
import {
  DATA_DICTIONARY,
  DATAPACKAGE,
  dataLicenses,
  EXPORT_NAME,
  EXPORT_SOURCE,
  type ExportFile,
  type ExportSource,
  FILES_PROPERTY,
  type License,
  type PreparedTable,
} from "./export-types.js";
import type { Format } from "./options.js";
import { cited } from "./readme.js";
import type { Column, Table } from "./tables.js";

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

export function tableSchema(table: Table, columns: readonly Column[]) {
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

export const encoder = new TextEncoder();

export interface Written {
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

export const DATA_DICTIONARY_DESCRIPTION =
  "Every column of every table: title, type, whether required, description and allowed values. One row per column of a table.";

export function dataDictionaryFile(
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
    description: DATA_DICTIONARY_DESCRIPTION,
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
export const createdOf = (asOf: string) =>
  `${asOf.length === 10 ? asOf : `${asOf}-01-01`.slice(0, 10)}T00:00:00Z`;

const PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

/** How an export's table files are written, as each resource of datapackage.json states it. */
export interface ResourceFormat {
  format: string;
  mediatype: string;
  /** The text encoding of a text format. */
  encoding?: string;
  /** A CSV dialect's departures from the defaults. */
  dialect?: Record<string, unknown>;
}

/**
 * `datapackage.json` of an export (CSV or Parquet): its tables with their bytes, hashes, licences
 * and Table Schemas, and its other `files` (README.md, LICENSE-DATA, a database …) by path.
 */
export function descriptorFile(
  source: ExportSource,
  parts: readonly Written[],
  files: readonly ExportFile[],
  resource: ResourceFormat,
): ExportFile {
  const meta = source.meta;
  const { dialect, ...stated } = resource;
  const descriptor = {
    $schema: PROFILE,
    name: EXPORT_NAME,
    title: meta.title,
    description: `${meta.description} Version ${meta.version}, data as of ${meta.asOf}. Each file's licence is in its licenses; the full text of the source document (source_texts) is not covered by CC BY 4.0. See README.md and LICENSE-DATA.`,
    version: meta.version,
    created: createdOf(meta.asOf),
    licenses: dataLicenses(source),
    sources: [
      {
        title: `${EXPORT_SOURCE} ${meta.version}`,
        ...(cited(meta).url ? { path: cited(meta).url } : {}),
        version: meta.version,
      },
    ],
    [FILES_PROPERTY]: files.map((f) => f.path),
    resources: parts.map((part) => ({
      name: part.name,
      type: "table",
      path: part.file.path,
      title: part.title,
      description: part.description,
      ...stated,
      bytes: part.file.bytes.length,
      hash: `sha256:${createHash("sha256").update(part.file.bytes).digest("hex")}`,
      licenses: part.licenses,
      ...(dialect && Object.keys(dialect).length > 0 ? { dialect } : {}),
      schema: part.schema,
    })),
  };
  return { path: DATAPACKAGE, bytes: encoder.encode(`${JSON.stringify(descriptor, null, 2)}\n`) };
}
