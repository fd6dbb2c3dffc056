// DuckDB, a client researchers use, reads every CSV and Parquet file of a full export: the types it
// reads are the ones datapackage.json declares, and the values are those of @aznato/data's dataset.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { earliestDay } from "@aznato/data";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportFiles, exportParquet, type Table, tables } from "../src/index.js";
import { type Descriptor, descriptorOf } from "./helpers.js";

type Json = string | number | boolean | null;
type Row = Record<string, Json>;
type AnyObject = Record<string, unknown>;

/** DuckDB's name of each Table Schema type (INTEGER: the data's whole numbers are small). */
const DUCKDB_TYPES: Record<string, string> = {
  string: "VARCHAR",
  integer: "INTEGER",
  number: "DOUBLE",
  boolean: "BOOLEAN",
  date: "DATE",
};
/** What DuckDB's CSV sniffer reads a column with values of each non-text type as. */
const SNIFFED_TYPES: Record<string, string> = { ...DUCKDB_TYPES, integer: "BIGINT" };

const dataset = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@aznato/data/dataset.json"), "utf8"),
) as Record<string, AnyObject[]>;

let dir: string;
let descriptor: Descriptor;
let connection: DuckDBConnection;
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "aznato-duckdb-"));
  const files = exportFiles();
  for (const file of files) writeFileSync(join(dir, file.path), file.bytes);
  mkdirSync(join(dir, "parquet"));
  for (const file of await exportParquet())
    writeFileSync(join(dir, "parquet", file.path), file.bytes);
  descriptor = descriptorOf(files);
  connection = await (await DuckDBInstance.create(":memory:")).connect();
});
afterAll(() => {
  connection?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

const query = async (sql: string): Promise<Row[]> =>
  (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];

const at = (value: unknown, path: string): unknown =>
  path === ""
    ? value
    : path
        .split(".")
        .reduce<unknown>(
          (v, key) => (v && typeof v === "object" ? (v as AnyObject)[key] : undefined),
          value,
        );

/** The cell a column holds for an item of a record, read from dataset.json. */
function expectedCell(
  table: Table,
  index: number,
  record: AnyObject,
  item: unknown,
  positions: number[],
): Json {
  const column = table.columns[index] as Table["columns"][number];
  const source = column.source;
  let value: unknown;
  if (source.kind === "record-id") value = record.id;
  else if (source.kind === "position") value = positions[source.depth];
  else if (source.kind === "item") value = item;
  else if (source.kind === "value") {
    value = at(item, source.path);
    if (source.joined && Array.isArray(value))
      value = value.length > 0 ? value.join(column.separator ?? ";") : undefined;
  } else if (source.kind === "date-year" || source.kind === "date-sort") {
    // beside a partial date: its year, and the earliest day it can mean
    const date = at(item, source.path);
    if (typeof date === "string") {
      value = source.kind === "date-year" ? Number(date.slice(0, 4)) : earliestDay(date);
    }
  } else if (source.kind === "selector") {
    // dataset.json ships the W3C selectors of every citation
    const selectors = (at(item, source.path) as AnyObject | undefined)?.selector as
      | AnyObject[]
      | undefined;
    const type =
      source.part === "prefix" || source.part === "suffix"
        ? "TextQuoteSelector"
        : "TextPositionSelector";
    value = selectors?.find((s) => s.type === type)?.[source.part];
  }
  if (value === undefined || value === null) return null;
  if (column.type === "string") return String(value).normalize("NFC");
  return value as Json;
}

/** Every row a table should hold, from dataset.json, keyed by its primary key. */
function expectedRows(table: Table): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const record of dataset[table.collection] ?? []) {
    if (table.only !== undefined && at(record, table.only) === undefined) continue;
    const walk = (item: unknown, depth: number, positions: number[]) => {
      if (depth === table.steps.length) {
        const row = Object.fromEntries(
          table.columns.map((c, i) => [c.name, expectedCell(table, i, record, item, positions)]),
        );
        rows.set(keyOf(table, row), row);
        return;
      }
      const list = at(item, table.steps[depth] as string);
      if (!Array.isArray(list)) return;
      list.forEach((x, i) => {
        walk(x, depth + 1, [...positions, i + 1]);
      });
    };
    walk(record, 0, []);
  }
  return rows;
}

const keyOf = (table: Table, row: Row) => JSON.stringify(table.primaryKey.map((k) => row[k]));
const byKey = (table: Table, rows: Row[]) => new Map(rows.map((r) => [keyOf(table, r), r]));

const resourceOf = (table: Table) => {
  const resource = descriptor.resources.find((r) => r.name === table.name);
  if (!resource) throw new Error(`${table.name} is not in datapackage.json`);
  return resource;
};

/** A CSV file read with the types datapackage.json declares: DuckDB fails on a value that is not one. */
function readCsvDeclared(table: Table): string {
  const fields = resourceOf(table).schema.fields;
  const columns = fields.map((f) => `${quoted(f.name)}: ${quoted(DUCKDB_TYPES[f.type] as string)}`);
  return `read_csv(${quoted(join(dir, `${table.name}.csv`))}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns.join(", ")}})`;
}

describe("DuckDB reads every table of a full export", () => {
  it("covers every table of datapackage.json", () => {
    expect(tables().map((t) => t.name)).toEqual(
      descriptor.resources.filter((r) => r.name !== "data_dictionary").map((r) => r.name),
    );
  });

  it.each(tables().map((t) => [t.name, t] as const))(
    "%s: the Parquet file's types, nullability and values are datapackage.json's and dataset.json's",
    async (name, table) => {
      const path = quoted(join(dir, "parquet", `${name}.parquet`));
      const fields = resourceOf(table).schema.fields;
      const described = await query(`DESCRIBE SELECT * FROM read_parquet(${path})`);
      expect(described.map((c) => [c.column_name, c.column_type])).toEqual(
        fields.map((f) => [f.name, DUCKDB_TYPES[f.type]]),
      );
      const schema = await query(
        `SELECT name, repetition_type FROM parquet_schema(${path}) WHERE name <> 'root'`,
      );
      expect(schema.map((c) => [c.name, c.repetition_type])).toEqual(
        fields.map((f) => [f.name, f.constraints?.required ? "REQUIRED" : "OPTIONAL"]),
      );
      const rows = await query(`SELECT * FROM read_parquet(${path})`);
      expect(byKey(table, rows)).toEqual(expectedRows(table));
      expect(rows.length).toBe(expectedRows(table).size);
    },
  );

  it.each(tables().map((t) => [t.name, t] as const))(
    "%s: the CSV file reads with its declared types, and its values are dataset.json's",
    async (_name, table) => {
      const rows = await query(`SELECT * FROM ${readCsvDeclared(table)}`);
      expect(rows.length).toBe(expectedRows(table).size);
      expect(byKey(table, rows)).toEqual(expectedRows(table));
    },
  );

  it("reads data-dictionary.csv with its declared types: one row per column of every table", async () => {
    const resource = descriptor.resources.find((r) => r.name === "data_dictionary");
    const columns = resource?.schema.fields.map(
      (f) => `${quoted(f.name)}: ${quoted(DUCKDB_TYPES[f.type] as string)}`,
    );
    const rows = await query(
      `SELECT "table", "column", "type" FROM read_csv(${quoted(join(dir, "data-dictionary.csv"))}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns?.join(", ")}})`,
    );
    expect(rows.map((r) => `${r.table}.${r.column}`)).toEqual(
      tables().flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`)),
    );
  });

  it("sniffs each CSV column that has values and is not text as the type datapackage.json declares", async () => {
    const wrong: string[] = [];
    for (const table of tables()) {
      const path = quoted(join(dir, `${table.name}.csv`));
      const sniffed = await query(`DESCRIBE SELECT * FROM read_csv(${path}, header = true)`);
      const counts = (
        await query(
          `SELECT ${table.columns.map((c) => `count(${quoted(c.name).replaceAll("'", '"')})::INTEGER`).join(", ")} FROM read_csv(${path}, header = true, all_varchar = true)`,
        )
      )[0] as Row;
      resourceOf(table).schema.fields.forEach((field, i) => {
        // an empty column has no type to find, and text may look like dates or numbers
        if (field.type === "string" || Object.values(counts)[i] === 0) return;
        const got = sniffed[i]?.column_type;
        if (got !== SNIFFED_TYPES[field.type])
          wrong.push(`${table.name}.${field.name}: ${field.type} read as ${got}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
