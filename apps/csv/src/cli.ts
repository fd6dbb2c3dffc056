#!/usr/bin/env node
// A thin shell over the API: parse arguments, call it, map errors to exit codes. The export
// modules load lazily so --help and bad arguments answer fast.
import { parseArgs } from "node:util";
// a named import lets the bundler inline only the version
import { version } from "../package.json";
import { CsvError, usageError } from "./errors.js";
import type { TableOptions } from "./options.js";

export const helpText = `aznato-csv: the @aznato/data dataset as CSV and a Frictionless Data Package

Usage:
  aznato-csv TABLE [options]          one table to stdout
  aznato-csv --out-dir DIR [options]  every table, datapackage.json and data-dictionary.csv

Tables: the collections (events, people, sources …) and their link and item
tables (event_people, event_citations …); see --list.

Options:
  --out-dir DIR            write the full export to DIR (atomically)
  --force                  replace the contents of a non-empty DIR
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

function write(text: string): void {
  process.stdout.write(text);
}

export async function main(argv: string[]): Promise<void> {
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
    const { writeExport } = await import("./write.js");
    writeExport(values["out-dir"], files, values.force === true);
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

const exitCodes = { usage: 2, output: 1 } as const;

// a closed pipe (`aznato-csv events | head -3`) is a normal end, not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CsvError) {
    process.stderr.write(`aznato-csv: ${error.message}\n`);
    process.exitCode = exitCodes[error.kind];
    return;
  }
  throw error;
});
