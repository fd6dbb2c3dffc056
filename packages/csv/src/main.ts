// The command line as a function: arguments in, text out, an exit code back; it never throws. cli.ts
// connects it to the process. The export modules load lazily so --help and bad arguments answer fast.
// a named import lets the bundler inline only the version
import { version } from "../package.json";
import { helpText, parse } from "./args.js";
import { CsvError, oneLine, outputError, reason, usageError } from "./errors.js";
import type { ExportFile } from "./export.js";
import { writtenNames } from "./formats.js";
import { type Job, resolveJob } from "./job.js";
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
  const { values, positionals } = parse(argv);
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
  const job = resolveJob(values, positionals, () =>
    api
      .tables()
      .filter((t) => t.kind === "collection")
      .map((t) => t.name),
  );
  if (job.out !== undefined) return writeFiles(io, job);
  const table = job.table as string;
  if (!api.isTableName(table)) {
    throw usageError(`Unknown table "${table}": use one of ${api.tableNames.join(", ")}`);
  }
  write(api.toCsv(table, job.options));
}

// 12345 → "12,345", without Intl (toLocaleString loads locale data: 10 ms of a run)
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");
const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} kB` : `${(bytes / 1048576).toFixed(1)} MB`;

/** Writes the job's files atomically (a folder, or one file and its companions) and reports in one line. */
async function writeFiles(io: Io, job: Job): Promise<void> {
  const { format, options, force } = job;
  const out = job.out as string;
  const [{ source }, write, { basename, dirname }] = await Promise.all([
    import("./source.js"),
    import("./write.js"),
    import("node:path"),
  ]);
  const writeExport = io.writeExport ?? write.writeExport;
  let files: ExportFile[];
  let dir: string;
  let writeOptions: Partial<WriteOptions> = { format, flag: job.flag };
  const named = job.extras.map((e) => e.name);
  if (format.output === "folder") {
    const extra = (
      await Promise.all(
        job.extras.map((e) => e.format.write({ source, options, name: e.name, extra: [] })),
      )
    ).flat();
    files = await format.write({ source, options, name: "", extra });
    dir = out;
    // an export of 0.2.0 has no record of its files: these are the names it can have written
    writeOptions.written = writtenNames(source.tables);
  } else {
    const name = basename(out);
    named.push(name);
    files = await format.write({ source, options, name, extra: [] });
    dir = dirname(out);
    writeOptions = { ...writeOptions, label: out, ...(format.owns ? { own: format.owns } : {}) };
  }
  const { signal, release } = io.trapSignals();
  try {
    const pause = testPause(io, signal);
    await writeExport(dir, files, { ...writeOptions, force, signal, ...(pause ? { pause } : {}) });
  } finally {
    release();
  }
  if (job.quiet) return;
  const single = files.filter((f) => named.includes(f.path));
  // the tables of the data (the data dictionary describes them, it is not one of them)
  const tables = files.filter(
    (f) => f.rows !== undefined && !single.includes(f) && !f.path.startsWith("data-dictionary."),
  );
  const rows = (tables.length > 0 ? tables : single).reduce((n, f) => n + (f.rows ?? 0), 0);
  const where = format.output === "folder" ? out : dir === "" ? "." : dir;
  const sizes = single.map((f) => `${f.path}, ${size(f.bytes.length)}`).join("; ");
  const [first] = single;
  const what =
    format.output === "folder"
      ? `${files.length} files (${tables.length} tables, ${count(rows)} rows${sizes ? `; ${sizes}` : ""})`
      : `${first?.path} (${source.tables.length} tables, ${count(rows)} rows, ${size(first?.bytes.length ?? 0)})${
          files.length > 1
            ? ` and ${files
                .filter((f) => f !== first)
                .map((f) => f.path)
                .join(" and ")}`
            : ""
        }`;
  io.stderr(`aznato-csv: wrote ${oneLine(what)} to ${oneLine(where)}\n`);
}
