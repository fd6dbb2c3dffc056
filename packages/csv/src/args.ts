// The command line's options and help, made from the formats registry: each one-file format adds its
// shortcut option (`--sqlite FILE`) and its line of help.
import { parseArgs } from "node:util";
import { CsvError, usageError } from "./errors.js";
import { exportFormats, formatFlags } from "./formats.js";

type Spec = Record<string, { type: "string" | "boolean"; short?: string }>;

const baseSpec = {
  format: { type: "string" },
  out: { type: "string" },
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
} as const satisfies Spec;

/** Every option: the fixed ones and each one-file format's shortcut. */
export const optionSpec: Spec = {
  "out-dir": { type: "string" },
  ...Object.fromEntries(formatFlags().map((f) => [f.flag as string, { type: "string" } as const])),
  ...baseSpec,
};

/** The options the dialect of CSV files depends on: meaningless for a format without CSV. */
export const DIALECT_OPTIONS = ["delimiter", "tsv", "bom", "excel", "lf", "no-header"] as const;

export const optionNames = Object.keys(optionSpec).map((name) => `--${name}`);

export type Values = Record<string, string | boolean | undefined>;

export interface Parsed {
  values: Values;
  positionals: string[];
}

type Token = { kind: string; name?: string; value?: string | undefined };

/**
 * An option with a value given twice (`--out-dir a --out-dir b`) would be last-wins without a word:
 * refused. A flag given twice (`--force --force`) means the same as once.
 */
function refuseRepeats(tokens: readonly Token[]): void {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== "option" || !token.name || optionSpec[token.name]?.type !== "string")
      continue;
    const value = token.value ?? "";
    const earlier = seen.get(token.name);
    if (earlier !== undefined) {
      throw usageError(
        `--${token.name} is given twice (${JSON.stringify(earlier)}, then ${JSON.stringify(value)}): give it once`,
      );
    }
    seen.set(token.name, value);
  }
}

/** Parses argv; unknown options and missing values are usage errors, in one line. */
export function parse(argv: readonly string[]): Parsed {
  try {
    const { values, positionals, tokens } = parseArgs({
      args: [...argv],
      options: optionSpec,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    refuseRepeats(tokens);
    return { values, positionals };
  } catch (error) {
    if (error instanceof CsvError) throw error;
    const message = (error as Error).message;
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if ((error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw usageError(`Unknown option ${option ?? ""}: use one of ${optionNames.join(", ")}`);
    }
    // `--out-dir -x`: Node's own advice is on the message's later lines, which are cut off below
    if (option && / argument is ambiguous/.test(message)) {
      const value = argv[argv.indexOf(option) + 1] ?? "-…";
      throw usageError(
        `${option} takes a value, and ${JSON.stringify(value)} looks like an option: give the value after ${option}, or write ${option}=${value} if it starts with "-"`,
      );
    }
    throw usageError(`${message.split("\n")[0]} (see --help)`);
  }
}

const column = (left: string, right: string) => `  ${left.padEnd(25)}${right}`;
const extensions = (extensions: readonly string[]) => extensions.map((e) => `.${e}`).join(", ");

const shortcuts = formatFlags()
  .map((f) => {
    // a folder format's shortcut is its own output; a one-file format's may join a folder
    if (f.output === "folder") {
      return column(
        `--${f.flag} DIR`,
        `= --format ${f.name} --out DIR (${extensions(f.extensions)} files)`,
      );
    }
    const use = `--${f.flag} FILE`;
    return [
      column(use, `= --format ${f.name} --out FILE (${extensions(f.extensions)});`),
      column("", `with --out-dir DIR or --out DIR: FILE, a plain name, joins the folder`),
    ].join("\n");
  })
  .join("\n");

export const helpText = `aznato-csv: the @aznato/data dataset as CSV, a Frictionless Data Package, SQLite, Excel and Parquet

Usage:
  aznato-csv TABLE [options]                  one table to stdout
  aznato-csv --format NAME --out PATH [options]
                                              every table, in that format, to PATH
Formats (--format NAME; default csv):
${exportFormats.map((f) => column(`${f.name} (${f.output})`, f.description)).join("\n")}

Tables: the collections (events, people, sources …) and their link, item and
text tables (event_people, event_citations, source_texts …); see --list.

Options:
  --format NAME            the format: ${exportFormats.map((f) => f.name).join(", ")} (default csv)
  --out PATH               write every table to PATH: a new or empty folder, or a file
  --out-dir DIR            = --out DIR (--format csv, or tsv with --tsv): every table,
                           datapackage.json, data-dictionary.csv, README.md, LICENSE-DATA
${shortcuts}
  --force                  replace an earlier export or file of this tool (nothing else)
  --columns a,b            only these columns, in this order (one table only)
  --exclude-columns a,b    leave these columns out (one table only)
  --from DATE, --to DATE   dated collections: records overlapping the range (YYYY[-MM[-DD]])
  --lang en|az|all         all: name_en and name_az (default); en or az: one name
                           column, in the other language where a record has none,
                           and name_lang saying which
  --delimiter CHAR         field separator (default ,)
  --tsv                    = --format tsv: tab-separated
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
  aznato-csv --format csv --out aznato-data --force
  aznato-csv --format sqlite --out aznato.db --force
  aznato-csv --out-dir aznato-data --force
  aznato-csv --sqlite aznato.db --force
  aznato-csv --xlsx aznato.xlsx --force
  aznato-csv --parquet aznato-parquet --force
`;
