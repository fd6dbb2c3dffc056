// The export as Apache Parquet: one file per table, each column with its type stated (text, whole
// numbers, decimals, booleans, days), so that readers such as DuckDB and pandas never guess.
import { parquetWriteBuffer } from "hyparquet-writer";
import {
  type ExportFile,
  type ExportSource,
  type PreparedTable,
  prepareTables,
  tableLicenses,
} from "./export.js";
import type { ExportOptions } from "./options.js";
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

/** Every table of the export as a Parquet file, `events.parquet` …, in the export's table order. */
export function buildParquet(source: ExportSource, options: ExportOptions = {}): ExportFile[] {
  return prepareTables(source, options).map((prepared) => ({
    path: `${prepared.table.name}.parquet`,
    bytes: tableParquet(source, prepared),
    rows: prepared.rows.length,
  }));
}
