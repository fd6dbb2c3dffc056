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

export const helpText = `aznato-csv: the @aznato/data dataset as CSV and a Frictionless Data Package

Usage:
  aznato-csv TABLE [options]          one table to stdout
  aznato-csv --out-dir DIR [options]  every table, datapackage.json and data-dictionary.csv

Tables: the collections (events, people, sources …) and their link and item
tables (event_people, event_citations …); see --list.

Options:
  --out-dir DIR            write the full export to DIR, a new or empty folder
  --force                  replace an earlier export in DIR (nothing else)
  --columns a,b            only these columns, in this order (one table only)
  --exclude-columns a,b    leave these columns out (one table only)
  --from DATE, --to DATE   dated collections: records overlapping the range (YYYY[-MM[-DD]])
  --lang en|az|all         which name columns to write (default all)
  --delimiter CHAR         field separator (default ,)
  --tsv                    tab-separated
  --bom                    start with a UTF-8 byte order mark
  --excel                  for Excel: BOM, formula escaping, CRLF
  --lf                     end rows with LF (default CRLF)
  --no-header              leave out the header row
  --list                   list the tables and their columns
  --version                print the version and the data's as-of date
  --help                   print this help

Examples:
  aznato-csv events --from 2000 --to 2009 --columns id,date,title
  aznato-csv people --lang az --excel
  aznato-csv --out-dir aznato-data --force
`;

const optionSpec = {
  "out-dir": { type: "string" },
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
  if (values["out-dir"] !== undefined) {
    if (positionals.length > 0) {
      throw usageError(`--out-dir writes every table: leave out ${positionals.join(" ")}`);
    }
    if (columns || excludeColumns) {
      throw usageError("--columns and --exclude-columns apply to one table, not to --out-dir");
    }
    const files = api.exportFiles(options);
    const writeExport = io.writeExport ?? (await import("./write.js")).writeExport;
    const { signal, release } = io.trapSignals();
    try {
      const pause = testPause(io, signal);
      await writeExport(values["out-dir"], files, {
        force: values.force === true,
        signal,
        ...(pause ? { pause } : {}),
      });
    } finally {
      release();
    }
    return;
  }
  if (positionals.length !== 1) {
    const names = api
      .tables()
      .filter((t) => t.steps.length === 0)
      .map((t) => t.name);
    throw usageError(
      positionals.length === 0
        ? `Name a table (${names.join(", ")} …) or give --out-dir DIR`
        : `One table at a time (got ${positionals.join(" ")}): use --out-dir DIR for all of them`,
    );
  }
  if (columns) options.columns = columns;
  if (excludeColumns) options.excludeColumns = excludeColumns;
  write(api.toCsv(positionals[0] as string, options));
}
