// The export as Apache Parquet: one file per table, each column with its type stated (text, whole
// numbers, decimals, booleans, days), so that readers such as DuckDB and pandas never guess.
import { parquetWriteBuffer } from "hyparquet-writer";
import { descriptorFile, encoder, tableSchema, type Written } from "./datapackage.js";
import {
  type ExportFile,
  type ExportSource,
  LICENSE_DATA,
  type PreparedTable,
  prepareTables,
  README,
  SOURCE_TEXT_LICENSE,
  tableLicenses,
} from "./export.js";
import type { ExportOptions } from "./options.js";
import { citation, licenceNote } from "./readme.js";
import type { Cell } from "./rows.js";
import type { Column, ColumnType } from "./tables.js";

/** The Parquet physical and converted type of each Table Schema type. */
const PARQUET_TYPES: Record<
  ColumnType,
  { type: "BYTE_ARRAY" | "INT32" | "DOUBLE" | "BOOLEAN"; converted_type?: "UTF8" | "DATE" }
> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  integer: { type: "INT32" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
  date: { type: "INT32", converted_type: "DATE" },
};

const DAY_MS = 86_400_000;

function columnValues(column: Column, rows: readonly Cell[][], i: number): unknown[] {
  return rows.map((row) => {
    const value = row[i];
    if (value === undefined) return null;
    switch (column.type) {
      case "date":
        // days since 1970-01-01, as Parquet's DATE counts them
        return Date.parse(`${value}T00:00:00Z`) / DAY_MS;
      case "string":
        // a text column stays text where a value is a number (a disputed figure, say)
        return String(value);
      default:
        return value;
    }
  });
}

/** One table as the bytes of a Parquet file. */
export function tableParquet(
  source: Pick<ExportSource, "meta" | "toolVersion">,
  { table, columns, rows }: PreparedTable,
): Uint8Array {
  const schema = [
    { name: "root", num_children: columns.length },
    ...columns.map((c) => ({
      name: c.name,
      ...PARQUET_TYPES[c.type],
      repetition_type: c.required ? ("REQUIRED" as const) : ("OPTIONAL" as const),
    })),
  ];
  const licence = tableLicenses(source, table)
    .map((l) => l.name ?? l.title)
    .join("; ");
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c, i) => ({
      name: c.name,
      data: columnValues(c, rows, i),
      nullable: !c.required,
    })),
    schema,
    createdBy: `aznato-csv ${source.toolVersion}`,
    kvMetadata: [
      { key: "title", value: table.title },
      { key: "description", value: table.description },
      {
        key: "source",
        value: `@aznato/data ${source.meta.version} (data as of ${source.meta.asOf})`,
      },
      { key: "license", value: licence },
    ],
  });
  return new Uint8Array(buffer);
}

/** The Parquet media type (IANA-registered in 2024). */
export const PARQUET_MEDIATYPE = "application/vnd.apache.parquet";

/** The folder's README.md: what is inside, how to read it, the licences and the citation. */
function parquetReadme(source: ExportSource, parts: readonly Written[]): string {
  const { meta } = source;
  const text = parts.find((p) => p.licenses.includes(SOURCE_TEXT_LICENSE));
  return [
    `# ${meta.title}`,
    "",
    meta.description,
    "",
    `This folder is the Apache Parquet export of @aznato/data ${meta.version} (data as of ${meta.asOf}), written by aznato-csv ${source.toolVersion}: one file per table, the same tables and rows as the CSV export, each column with its type (text, integer, double, boolean, date). Every record cites its sources, with the exact words that support it.`,
    "",
    "## What is inside",
    "",
    "| file | rows | what it is |",
    "| --- | ---: | --- |",
    ...parts.map(
      (p) => `| ${p.file.path} | ${p.file.rows ?? 0} | ${p.title.replaceAll("|", "\\|")} |`,
    ),
    "| datapackage.json | | Frictionless Data Package v2: every table's columns, types, keys, licence, bytes and SHA-256 |",
    "| LICENSE-DATA | | the data licence, and what it does not cover |",
    "| README.md | | this file |",
    "",
    "Dates are as precise as the sources allow (1994, 1994-05 or 1994-05-04) and are text; checked, the day a record was last verified, is a DATE. Columns that hold the id of another record end in _id (datapackage.json declares them as foreign keys).",
    "",
    "## Reading it",
    "",
    "- DuckDB: SELECT * FROM 'events.parquet'; join with SELECT * FROM 'events.parquet' e JOIN 'event_people.parquet' p ON p.event_id = e.id.",
    '- pandas: events = pandas.read_parquet("events.parquet") (with pyarrow or fastparquet installed).',
    '- R: events <- arrow::read_parquet("events.parquet").',
    "",
    "## Licences",
    "",
    `${licenceNote(text ? text.file.path : "the full text of the source document")} LICENSE-DATA has the details; datapackage.json gives each file its licence.`,
    "",
    "## How to cite",
    "",
    citation(meta),
    "",
  ].join("\n");
}

/**
 * The Parquet export as a folder: a Parquet file per table (`events.parquet` …), in the export's
 * table order, then README.md, LICENSE-DATA, any `extra` files, and datapackage.json.
 */
export function buildParquet(
  source: ExportSource,
  options: ExportOptions = {},
  extra: readonly ExportFile[] = [],
): ExportFile[] {
  const parts: Written[] = prepareTables(source, options).map((prepared) => ({
    name: prepared.table.name,
    title: prepared.table.title,
    description: prepared.table.description,
    file: {
      path: `${prepared.table.name}.parquet`,
      bytes: tableParquet(source, prepared),
      rows: prepared.rows.length,
    },
    schema: tableSchema(prepared.table, prepared.columns),
    licenses: tableLicenses(source, prepared.table),
  }));
  const documents: ExportFile[] = [
    { path: README, bytes: encoder.encode(parquetReadme(source, parts)) },
    { path: LICENSE_DATA, bytes: source.licenseText() },
  ];
  return [
    ...parts.map((p) => p.file),
    ...documents,
    ...extra,
    descriptorFile(source, parts, [...documents, ...extra], {
      format: "parquet",
      mediatype: PARQUET_MEDIATYPE,
    }),
  ];
}
