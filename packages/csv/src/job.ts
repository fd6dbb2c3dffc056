// What a command line asks for, as one job: a format, where it goes (stdout, a folder, a file) and
// the options. Today's shortcuts map onto it: `--out-dir DIR` is `--out DIR` (csv, or tsv with
// --tsv), `--sqlite FILE` is `--format sqlite --out FILE`, or with a folder output a database inside
// it. Options that contradict each other, or mean nothing for the format, are refused in one line.
import { DIALECT_OPTIONS, type Values } from "./args.js";
import { usageError } from "./errors.js";
import {
  CSV,
  type ExportFormat,
  exportFormats,
  findFormat,
  formatFlags,
  formatOfPath,
  TSV,
} from "./formats.js";
import type { TableOptions } from "./options.js";

/** A one-file format's file written into a folder export (`--out-dir DIR --sqlite aznato.db`). */
export interface Extra {
  format: ExportFormat;
  name: string;
  flag: string;
}

export interface Job {
  format: ExportFormat;
  /** Where to write; undefined: one table to stdout. */
  out?: string;
  /** The option that named `out`, for messages: `--out`, `--out-dir`, `--sqlite`. */
  flag: string;
  /** How messages name the format: the shortcut or `--format NAME`. */
  label: string;
  table?: string;
  extras: Extra[];
  force: boolean;
  quiet: boolean;
  options: TableOptions;
}

// a file inside a folder export: a plain file name, as every file of an export is
const PLAIN_FILE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const basenameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const or = (items: readonly string[]) =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/** Refuses a file name that does not end in one of the format's extensions, or is not plain. */
function checkName(format: ExportFormat, flag: string, path: string): void {
  const base = basenameOf(path);
  const ends = format.extensions.some((e) => base.endsWith(`.${e}`) && base.length > e.length + 1);
  const example = format.defaultName ?? `aznato.${format.extensions[0]}`;
  if (!ends) {
    throw usageError(
      `${flag} needs a ${format.noun} file name ending in ${or(format.extensions.map((e) => `.${e}`))}, such as ${example} (got ${JSON.stringify(path)})`,
    );
  }
  // the writer stages and records only plain names: say so rather than blame the extension
  if (!PLAIN_FILE.test(base)) {
    throw usageError(
      `${flag} needs a plain file name: ASCII letters, digits, "_", "." and "-", not starting with "." or "-", such as ${example} (got ${JSON.stringify(base)}); the folder may be named anyhow`,
    );
  }
}

const list = (value: string | boolean | undefined) =>
  typeof value !== "string"
    ? undefined
    : value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);

/** The export options the values give (format, range, language, dialect, columns). */
function exportOptions(values: Values): TableOptions {
  const options: TableOptions = {};
  for (const key of ["lang", "from", "to", "delimiter"] as const) {
    const value = values[key];
    if (typeof value === "string") (options as Record<string, string>)[key] = value;
  }
  if (values.tsv) options.tsv = true;
  if (values.bom) options.bom = true;
  if (values.excel) options.excel = true;
  if (values.lf) options.lf = true;
  if (values["no-header"]) options.header = false;
  return options;
}

/** The job argv asks for; throws a usage error (exit 2) for what contradicts or means nothing. */
export function resolveJob(
  values: Values,
  positionals: readonly string[],
  collections: () => readonly string[],
): Job {
  const named = values.format as string | undefined;
  let format: ExportFormat | undefined;
  if (named !== undefined) {
    format = findFormat(named);
    if (!format) {
      throw usageError(
        `Unknown --format ${JSON.stringify(named)}: use one of ${exportFormats.map((f) => f.name).join(", ")}`,
      );
    }
    if (values.tsv && format !== TSV && format.dialect) {
      throw usageError(`--tsv is --format tsv, not --format ${named}: give one of them`);
    }
  }
  if (values.out !== undefined && values["out-dir"] !== undefined) {
    throw usageError("--out and --out-dir both say where to write: give one of them");
  }
  const shortcuts = formatFlags().filter((f) => values[f.flag as string] !== undefined);
  const pathOf = (f: ExportFormat) => values[f.flag as string] as string;
  let out = (values.out ?? values["out-dir"]) as string | undefined;
  let flag = values.out !== undefined ? "--out" : "--out-dir";
  if (out === undefined && shortcuts.length > 0) {
    // a shortcut alone (`--sqlite FILE`) is its format's own output
    const [first, second] = shortcuts as [ExportFormat, ExportFormat | undefined];
    if (second) {
      throw usageError(
        `--${first.flag} and --${second.flag} each write a file of their own: one at a time, or both into a folder with --out-dir DIR`,
      );
    }
    if (format && format !== first) {
      throw usageError(
        `--${first.flag} writes ${first.name}, not --format ${named}: give one of them`,
      );
    }
    format = first;
    out = pathOf(first);
    flag = `--${first.flag}`;
    shortcuts.length = 0;
  }
  // `--out aznato.db` without --format: the one-file format its extension names
  const implied = values.out !== undefined ? formatOfPath(out as string) : undefined;
  format ??= implied?.output === "file" ? implied : values.tsv ? TSV : CSV;
  const label = flag === "--out" || out === undefined ? `--format ${format.name}` : flag;
  const job: Job = {
    format,
    flag,
    label: named !== undefined && flag === "--out-dir" ? `--format ${named}` : label,
    extras: [],
    force: values.force === true,
    quiet: values.quiet === true,
    options: exportOptions(values),
  };
  if (format === TSV) job.options.tsv = true;
  const columns = list(values.columns);
  const excludeColumns = list(values["exclude-columns"]);
  if (out === undefined) return tableJob(job, positionals, collections, columns, excludeColumns);

  job.out = out;
  if (positionals.length > 0) {
    throw usageError(`${flag} writes every table: leave out ${positionals.join(" ")}`);
  }
  if (columns || excludeColumns) {
    throw usageError(`--columns and --exclude-columns apply to one table, not to ${flag}`);
  }
  if (format.output === "file") {
    if (flag === "--out-dir") {
      throw usageError(
        `--out-dir names a folder, and --format ${format.name} writes one file: use --out FILE`,
      );
    }
    if (shortcuts.length > 0) {
      throw usageError(
        `--format ${format.name} writes one file, so --${shortcuts[0]?.flag} has no folder to join: use --out DIR with a folder format`,
      );
    }
    checkName(format, flag, out);
  }
  if (!format.dialect) {
    // a format without CSV: the CSV dialect options would change nothing
    const dialect = DIALECT_OPTIONS.filter((name) => values[name] !== undefined);
    if (dialect.length > 0) {
      throw usageError(
        `--${dialect[0]} sets the CSV format, and ${job.label} alone writes no CSV: leave it out, or add --out-dir DIR`,
      );
    }
  }
  for (const extra of shortcuts) {
    const name = pathOf(extra);
    const extraFlag = `--${extra.flag}`;
    if (extra.output === "folder") {
      throw usageError(
        `${extraFlag} writes a folder of its own, and ${flag} another: give one of them`,
      );
    }
    if (!PLAIN_FILE.test(name)) {
      throw usageError(
        `With ${flag}, ${extraFlag} names a file inside DIR: use a plain name such as ${extra.defaultName ?? `aznato.${extra.extensions[0]}`}, not ${JSON.stringify(name)}`,
      );
    }
    checkName(extra, extraFlag, name);
    job.extras.push({ format: extra, name, flag: extraFlag });
  }
  return job;
}

/** One table to stdout: a format of text tables, and no --force. */
function tableJob(
  job: Job,
  positionals: readonly string[],
  collections: () => readonly string[],
  columns: string[] | undefined,
  excludeColumns: string[] | undefined,
): Job {
  const outputs = or(["--out-dir", ...formatFlags().map((f) => `--${f.flag}`)]);
  if (job.force) {
    throw usageError(
      `--force replaces an earlier export: it applies to ${outputs} only (and to --out PATH)`,
    );
  }
  if (!job.format.dialect) {
    throw usageError(
      `--format ${job.format.name} writes ${job.format.output === "file" ? "a file" : "files"}, not a table to stdout: add --out PATH`,
    );
  }
  if (positionals.length !== 1) {
    throw usageError(
      positionals.length === 0
        ? `Name a table (${collections().join(", ")} …) or give --out-dir DIR or --sqlite FILE (or --format NAME --out PATH)`
        : `One table at a time (got ${positionals.join(" ")}): use --out-dir DIR for all of them`,
    );
  }
  job.table = positionals[0] as string;
  if (columns) job.options.columns = columns;
  if (excludeColumns) job.options.excludeColumns = excludeColumns;
  return job;
}
