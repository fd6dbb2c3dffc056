import { stringify } from "csv-stringify/sync";
import type { Format } from "./options.js";
import type { Cell } from "./rows.js";

/**
 * RFC 4180 text of a header and rows. Booleans are written `true`/`false` (csv-stringify's default
 * `1`/empty looks like a missing value); missing values are empty cells, never `null`.
 */
export function stringifyRows(
  header: readonly string[],
  rows: readonly Cell[][],
  format: Format,
): string {
  const text = stringify(rows as Cell[][], {
    header: format.header,
    columns: [...header],
    delimiter: format.delimiter,
    record_delimiter: format.lineEnding === "\n" ? "unix" : "windows",
    bom: format.bom,
    escape_formulas: format.escapeFormulas,
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
  // csv-stringify leaves a header-only table empty when there are no rows
  if (format.header && rows.length === 0 && text.replace(/^\uFEFF/, "") === "") {
    return stringify([[...header]], {
      delimiter: format.delimiter,
      record_delimiter: format.lineEnding === "\n" ? "unix" : "windows",
      bom: format.bom,
      escape_formulas: format.escapeFormulas,
    });
  }
  return text;
}
