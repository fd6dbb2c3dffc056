import { type Options, stringify } from "csv-stringify/sync";
import type { Format } from "./options.js";
import type { Cell } from "./rows.js";

// Text starting with a byte order mark is quoted: readers drop a BOM at the start of a file, which
// is where the first cell of a file without a header starts.
const LEADING_BOM = /^\uFEFF/;

/**
 * RFC 4180 text of a header and rows. Booleans are written `true`/`false` (csv-stringify's default
 * `1`/empty looks like a missing value); missing values are empty cells, never `null`. A row of a
 * one-column table whose cell is empty is written `""`, not as a blank line that readers skip.
 */
export function stringifyRows(
  header: readonly string[],
  rows: readonly Cell[][],
  format: Format,
): string {
  const options: Options = {
    delimiter: format.delimiter,
    record_delimiter: format.lineEnding === "\n" ? "unix" : "windows",
    // any CR or LF, not only the file's own row ending: readers (Excel, Python's csv module,
    // pandas) end a record at any line break outside quotes
    quote_record_delimiter: true,
    quoted_match: LEADING_BOM,
    quoted_empty: header.length === 1,
    bom: format.bom,
    escape_formulas: format.escapeFormulas,
    cast: { boolean: (value) => (value ? "true" : "false") },
  };
  const text = stringify(rows as Cell[][], {
    ...options,
    header: format.header,
    columns: [...header],
  });
  // csv-stringify leaves a header-only table empty when there are no rows
  if (format.header && rows.length === 0 && text.replace(/^\uFEFF/, "") === "") {
    return stringify([[...header]], options);
  }
  return text;
}
