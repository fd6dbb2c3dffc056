// The export as one SQLite database, for Datasette and SQL: a table per CSV table with declared
// types, primary and foreign keys, indexes on foreign keys, and a full-text index per collection
// over its titles, names and summaries; plus Datasette's metadata.json.
//
// SQLite comes from @sqlite.org/sqlite-wasm, the SQLite project's own WebAssembly build: no native
// build, and unlike sql.js's default build it has FTS5 (remove_diacritics 2 needs FTS5 or FTS4 with
// a custom tokenizer). It is loaded only when a database is asked for.
import { readFileSync } from "node:fs";
import type { CollectionName } from "@aznato/data";
import {
  EXPORT_SOURCE,
  type ExportFile,
  type ExportSource,
  type License,
  type PreparedTable,
  prepareTables,
  selectedRecords,
  tableLicenses,
} from "./export.js";
import { ftsName, writeFts } from "./fts.js";
import type { ExportOptions } from "./options.js";
import { sourceUrl } from "./readme.js";
import { APPLICATION_ID, DATASETTE_METADATA, DEFAULT_DATABASE } from "./sqlite-files.js";
import type { Column, ColumnType, Table } from "./tables.js";

export {
  APPLICATION_ID,
  DATASETTE_METADATA,
  DEFAULT_DATABASE,
  isOwnDatabase,
  isOwnMetadata,
} from "./sqlite-files.js";

const sqlTypes: Record<ColumnType, string> = {
  string: "TEXT",
  integer: "INTEGER",
  number: "REAL",
  boolean: "INTEGER",
  date: "TEXT",
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const list = (names: readonly string[]) => names.map(quote).join(", ");

/** The SQL that creates a table: declared types, NOT NULL, primary key, foreign keys. */
export function createTableSql(table: Table, columns: readonly Column[]): string {
  const names = new Set(columns.map((c) => c.name));
  const parts = columns.map((c) => {
    const check = c.type === "boolean" ? ` CHECK (${quote(c.name)} IN (0, 1))` : "";
    return `${quote(c.name)} ${sqlTypes[c.type]}${c.required ? " NOT NULL" : ""}${check}`;
  });
  parts.push(`PRIMARY KEY (${list(table.primaryKey)})`);
  for (const fk of table.foreignKeys) {
    if (!fk.fields.every((f) => names.has(f))) continue;
    parts.push(
      `FOREIGN KEY (${list(fk.fields)}) REFERENCES ${quote(fk.reference.resource ?? table.name)} (${list(fk.reference.fields)})`,
    );
  }
  return `CREATE TABLE ${quote(table.name)} (\n  ${parts.join(",\n  ")}\n)`;
}

/** Indexes on foreign keys that the primary key's own index does not already cover. */
export function indexSql(table: Table, columns: readonly Column[]): string[] {
  const names = new Set(columns.map((c) => c.name));
  const out: string[] = [];
  for (const fk of table.foreignKeys) {
    if (!fk.fields.every((f) => names.has(f))) continue;
    const coveredByKey = fk.fields.every((f, i) => table.primaryKey[i] === f);
    if (coveredByKey) continue;
    out.push(
      `CREATE INDEX ${quote(`${table.name}_${fk.fields.join("_")}_idx`)} ON ${quote(table.name)} (${list(fk.fields)})`,
    );
  }
  return out;
}

/** Datasette's metadata.json: titles, descriptions and licences, per database, table and column. */
export function datasetteMetadata(
  source: Pick<ExportSource, "meta">,
  prepared: readonly PreparedTable[],
  database: string,
  fts: ReadonlySet<CollectionName>,
): Record<string, unknown> {
  const { meta } = source;
  const license = (licenses: License[]) => {
    const [first] = licenses;
    if (!first) return {};
    return first.path.startsWith("http")
      ? { license: first.name ?? first.title, license_url: first.path }
      : { license: first.title };
  };
  const tables: Record<string, unknown> = {};
  for (const { table, columns } of prepared) {
    const label = columns.find((c) => ["title", "name", "name_en"].includes(c.name));
    tables[table.name] = {
      title: table.title,
      description: table.description,
      ...license(tableLicenses(source, table)),
      ...(label ? { label_column: label.name } : {}),
      ...(table.kind === "collection" && fts.has(table.collection)
        ? { fts_table: ftsName(table.collection) }
        : {}),
      columns: Object.fromEntries(columns.map((c) => [c.name, c.description || c.title])),
    };
  }
  for (const collection of fts) tables[ftsName(collection)] = { hidden: true };
  return {
    title: meta.title,
    description: `${meta.description} Version ${meta.version}, data as of ${meta.asOf}.`,
    license: "CC BY 4.0 (except the source_texts table: see its licence)",
    license_url: "https://creativecommons.org/licenses/by/4.0/",
    source: `${EXPORT_SOURCE} ${meta.version}`,
    ...sourceUrl(meta),
    databases: { [database]: { tables } },
  };
}

type Sqlite3 = Awaited<ReturnType<typeof import("@sqlite.org/sqlite-wasm")["default"]>>;
let sqlite3: Promise<Sqlite3> | undefined;

/**
 * The SQLite WebAssembly binary, read from the installed package. Looked up from @aznato/csv's own
 * folder rather than beside the loader, so that it is found when a bundler (the viewer's Vite build)
 * has moved the loader into a chunk of its own.
 */
function wasmBinary(): Uint8Array {
  const { createRequire } = process.getBuiltinModule("node:module");
  let require = createRequire(import.meta.url);
  try {
    require = createRequire(require.resolve("@aznato/csv/package.json"));
  } catch {} // @aznato/csv itself, unbundled: its own require is the right one
  return new Uint8Array(readFileSync(require.resolve("@sqlite.org/sqlite-wasm/sqlite3.wasm")));
}

async function loadSqlite(): Promise<Sqlite3> {
  sqlite3 ??= import("@sqlite.org/sqlite-wasm").then(({ default: init }) =>
    init({ wasmBinary: wasmBinary(), print: () => {}, printErr: () => {} } as Parameters<
      typeof init
    >[0]),
  );
  return sqlite3;
}

const cellValue = (value: unknown): string | number | null => {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value as string | number;
};

/**
 * The database and its Datasette metadata, from the same tables and rows as the CSV export.
 * `name` is the database's file name; Datasette names the database after it, without `.db`.
 */
export async function buildDatabase(
  source: ExportSource,
  options: ExportOptions = {},
  name = DEFAULT_DATABASE,
): Promise<ExportFile[]> {
  const prepared = prepareTables(source, options);
  const records = selectedRecords(source, options);
  const { oo1, capi } = await loadSqlite();
  const db = new oo1.DB(":memory:", "c");
  const fts = new Set<CollectionName>();
  let rowCount = 0;
  try {
    // small pages: most tables hold a few rows, and each table and index takes a page at least
    db.exec(`PRAGMA page_size = 1024; PRAGMA application_id = ${APPLICATION_ID}`);
    db.exec("BEGIN");
    for (const { table, columns, rows } of prepared) {
      db.exec(createTableSql(table, columns));
      const insert = db.prepare(
        `INSERT INTO ${quote(table.name)} (${list(columns.map((c) => c.name))}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      try {
        for (const row of rows) {
          insert.bind(row.map(cellValue)).stepReset();
        }
      } finally {
        insert.finalize();
      }
      rowCount += rows.length;
      for (const sql of indexSql(table, columns)) db.exec(sql);
    }
    // one full-text table per collection, folded as the package folds (fts.ts)
    for (const [collection, list] of records) {
      if (writeFts(db, collection, list)) fts.add(collection);
    }
    db.exec("COMMIT");
    db.exec("VACUUM");
    const bytes = capi.sqlite3_js_db_export(db);
    const stem = name.replace(/\.[^.]*$/, "") || name;
    const metadata = datasetteMetadata(source, prepared, stem, fts);
    return [
      { path: name, bytes, rows: rowCount },
      {
        path: DATASETTE_METADATA,
        bytes: new TextEncoder().encode(`${JSON.stringify(metadata, null, 2)}\n`),
      },
    ];
  } finally {
    db.close();
  }
}
