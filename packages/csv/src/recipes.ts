// How the export's README loads the files in R: stated here once, and run as written by
// test/readr.test.ts (which takes the calls from the README itself).
import type { Format } from "./options.js";
import type { ColumnType } from "./table-types.js";

/** readr's compact letter for each Table Schema type the export declares. */
export const READR_TYPES: Record<ColumnType, string> = {
  string: "c",
  integer: "i",
  number: "d",
  boolean: "l",
  date: "D",
};

const delimiterOf = (format: Format) => (format.delimiter === "\t" ? "\\t" : format.delimiter);

/** The arguments of readr::read_delim() after the path: every cell as written, spaces kept. */
export const readrArguments = (format: Format): string =>
  `delim = "${delimiterOf(format)}", na = "", trim_ws = FALSE`;

/** One table, its types guessed by readr from its values. */
export const readrCall = (format: Format, path: string): string =>
  `readr::read_delim("${path}", ${readrArguments(format)}${format.header ? "" : ", col_names = FALSE"})`;

/** Every table with the types datapackage.json declares (readr and jsonlite only). */
export function readrTyped(format: Format): string {
  const letters = Object.entries(READR_TYPES).map(([type, letter]) => `${type} = "${letter}"`);
  const names = format.header
    ? ""
    : ',\n    col_names = vapply(resource$schema$fields, function(f) f$name, "")';
  return [
    'package <- jsonlite::read_json("datapackage.json")',
    `types <- c(${letters.join(", ")})`,
    "read_table <- function(name) {",
    "  resource <- Filter(function(r) r$name == name, package$resources)[[1]]",
    '  fields <- vapply(resource$schema$fields, function(f) f$type, "")',
    `  readr::read_delim(resource$path, ${readrArguments(format)}${names},`,
    '    col_types = paste(types[fields], collapse = ""))',
    "}",
    'events <- read_table("events")',
  ].join("\n");
}
