// The command line as a function: arguments in, text out, an exit code back; it never throws. cli.ts
// connects it to the process. The export modules load lazily so --help and bad arguments answer fast.
import { parseArgs } from "node:util";
// a named import lets the bundler inline only the version
import { version } from "../package.json";
import { CsvError, oneLine, outputError, reason, usageError } from "./errors.js";
import type { ExportFile } from "./export.js";
import type { TableOptions } from "./options.js";
import type { PausePoint, WriteOptions } from "./write.js";

/** What `run` needs from the process; tests pass their own. */
export interface Io {
  /** Standard output; may throw (a full disk): the error is reported like any other. */
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Catches SIGINT and SIGTERM until `release`, aborting `signal` instead of ending the process. */
  trapSignals(): { signal: AbortSignal; release(): void };
  /** Resolves at the next line on standard input, or when `signal` aborts (test pause only). */
  waitForInput(signal: AbortSignal): Promise<void>;
  /** The export writer; default: write.ts. */
  writeExport?: (dir: string, files: readonly ExportFile[], options: WriteOptions) => Promise<void>;
}

/**
 * For tests only: AZNATO_CSV_TEST_PAUSE=POINT:N (POINT is `staged` or `swapped`) holds an
 * `--out-dir` export still after its Nth staged file or Nth rename, prints `aznato-csv: paused at
 * POINT:N` to stderr, and goes on at a line on stdin or stops at SIGINT/SIGTERM. Tests wait for the
 * marker instead of sleeping. Not a user feature, so not in --help.
 */
export const PAUSE_VARIABLE = "AZNATO_CSV_TEST_PAUSE";

function testPause(io: Io, signal: AbortSignal): WriteOptions["pause"] {
  const match = /^(staged|swapped):([1-9][0-9]*)$/.exec(io.env[PAUSE_VARIABLE] ?? "");
  if (!match) return undefined;
  const [, at, count] = match;
  return async (point: PausePoint, n: number) => {
    if (point !== at || n !== Number(count)) return;
    io.stderr(`aznato-csv: paused at ${point}:${n}\n`);
    await io.waitForInput(signal);
  };
}

export const helpText = `aznato-csv: the @aznato/data dataset as CSV, a Frictionless Data Package and SQLite

Usage:
  aznato-csv TABLE [options]          one table to stdout
  aznato-csv --out-dir DIR [options]  every table, datapackage.json, data-dictionary.csv,
                                      README.md and LICENSE-DATA
  aznato-csv --sqlite FILE [options]  the tables as one SQLite database, and metadata.json
                                      for Datasette beside it

Tables: the collections (events, people, sources …) and their link, item and
text tables (event_people, event_citations, source_texts …); see --list.

Options:
  --out-dir DIR            write the full export to DIR, a new or empty folder
  --sqlite FILE            write the SQLite database FILE (with --out-dir: a file
                           name inside DIR, part of the export)
  --force                  replace an earlier export or database (nothing else)
  --columns a,b            only these columns, in this order (one table only)
  --exclude-columns a,b    leave these columns out (one table only)
  --from DATE, --to DATE   dated collections: records overlapping the range (YYYY[-MM[-DD]])
  --lang en|az|all         all: name_en and name_az (default); en or az: one name
                           column, in the other language where a record has none,
                           and name_lang saying which
  --delimiter CHAR         field separator (default ,)
  --tsv                    tab-separated
  --bom                    start with a UTF-8 byte order mark
  --excel                  for Excel: BOM, formula escaping, CRLF
  --lf                     end rows with LF (default CRLF)
  --no-header              leave out the header row
  --quiet                  no report on stderr after writing files
  --list                   list the tables and their columns
  --version                print the version and the data's as-of date
  --help                   print this help

Examples:
  aznato-csv events --from 2000 --to 2009 --columns id,start,title
  aznato-csv people --lang az --excel
  aznato-csv --out-dir aznato-data --force
  aznato-csv --sqlite aznato.db --force
`;

const optionSpec = {
  "out-dir": { type: "string" },
  sqlite: { type: "string" },
  force: { type: "boolean" },
  columns: { type: "string" },
  "exclude-columns": { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  lang: { type: "string" },
  delimiter: { type: "string" },
  tsv: { type: "boolean" },
  bom: { type: "boolean" },
  excel: { type: "boolean" },
  lf: { type: "boolean" },
  "no-header": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  list: { type: "boolean" },
  version: { type: "boolean", short: "V" },
  help: { type: "boolean", short: "h" },
} as const;

const optionNames = Object.keys(optionSpec).map((name) => `--${name}`);

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if ((error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw usageError(`Unknown option ${option ?? ""}: use one of ${optionNames.join(", ")}`);
    }
    throw usageError(`${message.split("\n")[0]} (see --help)`);
  }
}

const list = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);

/** Runs the command line: writes to `io`, returns the exit code (0, 1, 2, 130, 143), never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    await main(argv, io);
    return 0;
  } catch (error) {
    // a closed pipe (`aznato-csv events | head -3`) is a normal end, not an error
    if ((error as NodeJS.ErrnoException | undefined)?.code === "EPIPE") return 0;
    const known = error instanceof CsvError ? error : undefined;
    const message = known ? known.message : (error as Error | undefined)?.message || reason(error);
    try {
      io.stderr(`aznato-csv: ${oneLine(message)}\n`);
    } catch {}
    return known ? known.exitCode : 1;
  }
}

async function main(argv: readonly string[], io: Io): Promise<void> {
  const write = (text: string) => {
    try {
      io.stdout(text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EPIPE") throw error;
      throw outputError(`Cannot write to standard output: ${reason(error)}`);
    }
  };
  const { values, positionals } = parse([...argv]);
  if (values.help) return write(helpText);
  if (values.version) {
    const { datasetMeta } = await import("@aznato/data");
    return write(
      `aznato-csv ${version} (@aznato/data ${datasetMeta.version}, data as of ${datasetMeta.asOf})\n`,
    );
  }
  const api = await import("./index.js");
  if (values.list) {
    const lines: string[] = [];
    for (const table of api.tables()) {
      lines.push(`${table.name}: ${table.description}`);
      for (const column of table.columns) {
        lines.push(`  ${column.name.padEnd(24)} ${column.description || column.title}`);
      }
    }
    return write(`${lines.join("\n")}\n`);
  }
  const options: TableOptions = {};
  if (values.lang !== undefined) options.lang = values.lang as TableOptions["lang"] & string;
  if (values.from !== undefined) options.from = values.from;
  if (values.to !== undefined) options.to = values.to;
  if (values.delimiter !== undefined) options.delimiter = values.delimiter;
  if (values.tsv) options.tsv = true;
  if (values.bom) options.bom = true;
  if (values.excel) options.excel = true;
  if (values.lf) options.lf = true;
  if (values["no-header"]) options.header = false;
  const columns = list(values.columns);
  const excludeColumns = list(values["exclude-columns"]);
  const outDir = values["out-dir"];
  const sqlite = values.sqlite;
  if (outDir !== undefined || sqlite !== undefined) {
    const flag = outDir !== undefined ? "--out-dir" : "--sqlite";
    if (positionals.length > 0) {
      throw usageError(`${flag} writes every table: leave out ${positionals.join(" ")}`);
    }
    if (columns || excludeColumns) {
      throw usageError(`--columns and --exclude-columns apply to one table, not to ${flag}`);
    }
    if (outDir === undefined) {
      // the database alone: CSV format options would change nothing
      const format = ["delimiter", "tsv", "bom", "excel", "lf", "no-header"].filter(
        (name) => values[name as keyof typeof values] !== undefined,
      );
      if (format.length > 0) {
        throw usageError(
          `--${format[0]} sets the CSV format, and --sqlite alone writes no CSV: leave it out, or add --out-dir DIR`,
        );
      }
    }
    if (sqlite !== undefined && outDir !== undefined && !PLAIN_FILE.test(sqlite)) {
      throw usageError(
        `With --out-dir, --sqlite names a file inside DIR: use a plain name such as aznato.db, not ${JSON.stringify(sqlite)}`,
      );
    }
    if (sqlite !== undefined && !DATABASE_NAME.test(basenameOf(sqlite))) {
      throw usageError(
        `--sqlite needs a database file name ending in .db, .sqlite or .sqlite3, such as aznato.db (got ${JSON.stringify(sqlite)})`,
      );
    }
    return writeFiles(api, io, {
      outDir,
      sqlite,
      force: values.force === true,
      quiet: values.quiet === true,
      options,
    });
  }
  if (values.force) {
    throw usageError(
      "--force replaces an earlier export: it applies to --out-dir or --sqlite only",
    );
  }
  if (positionals.length !== 1) {
    const names = api
      .tables()
      .filter((t) => t.kind === "collection")
      .map((t) => t.name);
    throw usageError(
      positionals.length === 0
        ? `Name a table (${names.join(", ")} …) or give --out-dir DIR or --sqlite FILE`
        : `One table at a time (got ${positionals.join(" ")}): use --out-dir DIR for all of them`,
    );
  }
  const table = positionals[0] as string;
  if (!api.isTableName(table)) {
    throw usageError(`Unknown table "${table}": use one of ${api.tableNames.join(", ")}`);
  }
  if (columns) options.columns = columns;
  if (excludeColumns) options.excludeColumns = excludeColumns;
  write(api.toCsv(table, options));
}

const basenameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

// a database name inside --out-dir: a plain file name, as every file of an export is
const PLAIN_FILE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
// a database file name: plain, and with an extension no other file of an export has
const DATABASE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.(db|sqlite|sqlite3)$/;

// 12345 → "12,345", without Intl (toLocaleString loads locale data: 10 ms of a run)
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} kB` : `${(bytes / 1048576).toFixed(1)} MB`;

/** Writes the full export, the database or both, each atomically, and reports in one line. */
async function writeFiles(
  api: typeof import("./index.js"),
  io: Io,
  job: {
    outDir: string | undefined;
    sqlite: string | undefined;
    force: boolean;
    quiet: boolean;
    options: TableOptions;
  },
): Promise<void> {
  const { outDir, sqlite, force, options } = job;
  const write = await import("./write.js");
  const writeExport = io.writeExport ?? write.writeExport;
  let files: ExportFile[];
  let dir: string;
  let writeOptions: Partial<WriteOptions> = {};
  if (outDir !== undefined) {
    files =
      sqlite === undefined
        ? api.exportFiles(options)
        : await api.exportFilesWithDatabase(options, sqlite);
    dir = outDir;
  } else {
    const { basename, dirname } = await import("node:path");
    const { isOwnDatabase, isOwnMetadata } = await import("./sqlite.js");
    const name = basename(sqlite as string);
    files = await api.exportDatabase(options, name);
    dir = dirname(sqlite as string);
    writeOptions = {
      own: (file, bytes) => (file === name ? isOwnDatabase(bytes) : isOwnMetadata(bytes)),
      label: sqlite as string,
    };
  }
  const { signal, release } = io.trapSignals();
  try {
    const pause = testPause(io, signal);
    await writeExport(dir, files, { ...writeOptions, force, signal, ...(pause ? { pause } : {}) });
  } finally {
    release();
  }
  if (job.quiet) return;
  const database = files.find((f) => f.path === (sqlite && basenameOf(sqlite)));
  // the tables of the data (the data dictionary describes them, it is not one of them)
  const tables = files.filter(
    (f) => f.rows !== undefined && f !== database && !f.path.startsWith("data-dictionary."),
  );
  const rows = (tables.length > 0 ? tables : [database]).reduce((n, f) => n + (f?.rows ?? 0), 0);
  const where = outDir ?? (dir === "" ? "." : dir);
  const what =
    outDir !== undefined
      ? `${files.length} files (${tables.length} tables, ${count(rows)} rows${database ? `; ${database.path}, ${size(database.bytes.length)}` : ""})`
      : `${database?.path} (${api.tables().length} tables, ${count(rows)} rows, ${size(database?.bytes.length ?? 0)}) and ${files.find((f) => f !== database)?.path}`;
  io.stderr(`aznato-csv: wrote ${oneLine(what)} to ${oneLine(where)}\n`);
}
