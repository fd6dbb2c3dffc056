import { earliestDay, isPartialDate, latestDay } from "@aznato/data";
import { usageError } from "./errors.js";
import { CSV, TSV } from "./formats.js";

export const languages = ["en", "az", "all"] as const;
export type Language = (typeof languages)[number];

/** Options for the whole export (and for each table in it). */
export interface ExportOptions {
  /**
   * Which names to write: `all` (default) keeps `name_en` and `name_az`; `en` or `az` writes one
   * `name` column in that language, falling back to the other where a record has none, and a
   * `name_lang` column saying which language each name is in.
   */
  lang?: Language;
  /** Keep records of dated collections whose dates overlap `from`…`to` (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Field separator; default `,`. Not together with `tsv`. */
  delimiter?: string;
  /** Tab-separated (`.tsv` files). Not together with `delimiter`. */
  tsv?: boolean;
  /** Start each file with a UTF-8 byte order mark. */
  bom?: boolean;
  /** Excel profile: BOM, formula escaping, CRLF. */
  excel?: boolean;
  /** Escape cells that start with `= + - @`, TAB or CR with a `'` (numbers stay numbers). */
  escapeFormulas?: boolean;
  /** End rows with LF instead of CRLF. */
  lf?: boolean;
  /** Write a header row (default true). */
  header?: boolean;
}

/** Options for one table: the export options plus a choice of columns. */
export interface TableOptions extends ExportOptions {
  columns?: readonly string[];
  excludeColumns?: readonly string[];
}

/** The CSV dialect the options come to. */
export interface Format {
  delimiter: string;
  lineEnding: "\r\n" | "\n";
  bom: boolean;
  escapeFormulas: boolean;
  header: boolean;
  /** The file extension and media type, as the formats registry states them. */
  extension: string;
  mediatype: string;
}

export function resolveFormat(options: ExportOptions): Format {
  const excel = options.excel === true;
  if (options.excel && options.lf) throw usageError("--excel writes CRLF: leave out --lf");
  if (options.tsv && options.delimiter !== undefined) {
    throw usageError("--tsv sets the delimiter to a tab: leave out --delimiter, or --tsv");
  }
  const delimiter = options.tsv ? "\t" : (options.delimiter ?? ",");
  // one character; not a quote, a line break, a byte order mark (readers drop it at the start of a
  // file) or half a surrogate pair (not a character in UTF-8)
  if ([...delimiter].length !== 1 || /["\r\n\uFEFF]|\p{Cs}/u.test(delimiter)) {
    throw usageError(
      `Invalid --delimiter ${JSON.stringify(delimiter)}: use one character other than a quote, line break or byte order mark, e.g. ',' ';' '|'`,
    );
  }
  // numbers and booleans are never quoted (a quoted number is text to some readers), so a delimiter
  // that can occur in one (-33.5, 1e3, true) would split its cell
  if (/[0-9.+-]|\p{L}|\p{N}/u.test(delimiter)) {
    throw usageError(
      `Invalid --delimiter ${JSON.stringify(delimiter)}: numbers and booleans are written unquoted, so it cannot be a digit, letter, '.', '-' or '+'; use e.g. ',' ';' '|'`,
    );
  }
  const entry = delimiter === "\t" ? TSV : CSV;
  return {
    delimiter,
    lineEnding: options.lf ? "\n" : "\r\n",
    bom: excel || options.bom === true,
    escapeFormulas: excel || options.escapeFormulas === true,
    header: options.header !== false,
    extension: entry.extensions[0] as string,
    mediatype: entry.mediatype,
  };
}

export function checkOptions(options: ExportOptions): void {
  if (options.lang !== undefined && !languages.includes(options.lang)) {
    throw usageError(
      `Unknown --lang ${JSON.stringify(options.lang)}: use one of ${languages.join(", ")}`,
    );
  }
  for (const key of ["from", "to"] as const) {
    const value = options[key];
    if (value !== undefined && !isPartialDate(value)) {
      throw usageError(
        `Invalid --${key} ${JSON.stringify(value)}: use a date as YYYY, YYYY-MM or YYYY-MM-DD`,
      );
    }
  }
  const { from, to } = options;
  if (from !== undefined && to !== undefined && earliestDay(from) > latestDay(to)) {
    throw usageError(`--from ${from} is after --to ${to}: no record can fall in that range`);
  }
}
