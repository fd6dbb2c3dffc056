// Cells that break naive CSV writers, what they read back as, and a reader as strict as real ones.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { type ExportOptions, resolveFormat } from "../src/options.js";
import type { Cell } from "../src/rows.js";

// line breaks, quotes and delimiters, formula starts, a byte order mark, lone halves of a
// surrogate pair, Azerbaijani letters and emoji
const pieces = [
  '"',
  ",",
  ";",
  "|",
  "\t",
  "\r",
  "\n",
  "\r\n",
  "\n\r",
  "=",
  "+",
  "-",
  "@",
  " ",
  "'",
  "a",
  "Z",
  "1",
  "ə",
  "Ə",
  "ğ",
  "ı",
  "İ",
  "ş",
  "ç",
  "ö",
  "ü",
  "😀",
  "🇦🇿",
  "\uFEFF",
  "\uD83D",
  "\uDE00",
];

export const tricky: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join("")),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  // any code point, surrogate pairs included
  fc.string({ unit: "binary", maxLength: 12 }),
);

export const cell: fc.Arbitrary<Cell> = fc.oneof(
  tricky,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(undefined),
);

/** Rows of 1 to 5 cells each (one-column tables included: their empty cells are a trap). */
export const table: fc.Arbitrary<Cell[][]> = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
  );

/**
 * The text a cell reads back as. UTF-8 cannot hold half a surrogate pair, so a lone one comes back
 * as U+FFFD from the bytes of any export (csv-parse decodes through UTF-8 too).
 */
export const asText = (value: Cell): string =>
  value === undefined ? "" : String(value).replace(/\p{Cs}/gu, "\uFFFD");

/** What a cell reads as with --excel: text that could start a formula gets a leading `'`. */
export const excelText = (value: Cell): string => {
  const text = asText(value);
  if (typeof value !== "string") return text;
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
};

/** The dialects every property runs in (`--excel` has its own expectations: see excelText). */
export const formats: ExportOptions[] = [
  {},
  { lf: true },
  { delimiter: ";" },
  { delimiter: "|", lf: true },
  { tsv: true },
  { tsv: true, lf: true },
  { bom: true },
  { header: false },
  { header: false, lf: true },
];

/**
 * Reads CSV the way Excel, Python's csv module and pandas do, not the way the writer meant it: any
 * line break outside quotes (CRLF, LF or a lone CR) ends a record, blank lines are skipped, and a
 * leading byte order mark is dropped. A writer that leaves a line break or a leading BOM unquoted,
 * or writes a row as an empty line, fails this.
 */
export function readStrictly(csv: string, options: ExportOptions): string[][] {
  const format = resolveFormat(options);
  return parse(csv, {
    delimiter: format.delimiter,
    bom: true,
    relax_quotes: false,
    record_delimiter: ["\r\n", "\r", "\n"],
    skip_empty_lines: true,
  });
}
