import type { Format } from "./options.js";
import type { Cell } from "./rows.js";

// OWASP "CSV injection": a spreadsheet runs a cell that starts with one of these (full-width forms
// included, as Excel folds them)
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * RFC 4180 text of a header and rows, written by hand: csv-stringify gave the same bytes (a test
 * checks that it still does, for any cells in every dialect) but took five times as long, most of the
 * export's time (see README, Performance).
 *
 * - A cell is quoted when it holds the delimiter, a quote, any CR or LF (readers such as Excel,
 *   Python's csv module and pandas end a record at any line break outside quotes), or starts with a
 *   byte order mark (readers drop one at the start of a file, which is where a file without a header
 *   starts its first cell); a quote inside is doubled.
 * - Booleans are written `true`/`false`; a missing value is an empty cell, never `null`. The empty
 *   cell of a one-column table is written `""`, not as a blank line that readers skip.
 * - With `escapeFormulas`, text that starts like a formula gets a leading `'`; numbers (-1) do not.
 * - Every row ends with the row ending, the last one too; a header-only table is its header row,
 *   and a table with neither header nor rows is an empty file.
 */
export function stringifyRows(
  header: readonly string[],
  rows: readonly Cell[][],
  format: Format,
): string {
  const delimiter = format.delimiter;
  const eol = format.lineEnding;
  const special = new RegExp(`["\\r\\n${delimiter.replace(/[\\\]^-]/g, "\\$&")}]|^\\uFEFF`, "u");
  const emptyCell = header.length === 1 ? '""' : "";
  const escapeFormulas = format.escapeFormulas;
  const field = (value: Cell): string => {
    if (value === undefined || value === "") return emptyCell;
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") return String(value);
    const text = escapeFormulas && FORMULA_START.test(value) ? `'${value}` : value;
    return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  // an empty file has no BOM either: readr reads a lone BOM as a row of its own
  let out = format.bom && (format.header || rows.length > 0) ? "\uFEFF" : "";
  if (format.header) out += header.map(field).join(delimiter) + eol;
  for (const row of rows) {
    let line = field(row[0]);
    for (let i = 1; i < row.length; i++) line += delimiter + field(row[i]);
    out += line + eol;
  }
  return out;
}
