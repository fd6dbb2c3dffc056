// How the export's README loads the files in R and pandas: stated here once, and run as written by
// test/readr.test.ts and test/pandas.test.ts (which take the calls from the README itself).
import type { Format as ExportFormat } from "./options.js";
import type { ColumnType } from "./table-types.js";

/** What a recipe needs to know of the CSV dialect. */
export type RecipeFormat = Pick<ExportFormat, "delimiter" | "header">;
type Format = RecipeFormat;

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

/** pandas' dtype for each Table Schema type (a date is read as text, then parsed). */
export const PANDAS_TYPES: Record<ColumnType, string> = {
  string: "string",
  integer: "Int64",
  number: "float64",
  boolean: "boolean",
  date: "string",
};

/** The arguments of pandas.read_csv() after the path: every cell as written, only "" missing. */
export const pandasArguments = (format: Format): string =>
  `sep="${delimiterOf(format)}", keep_default_na=False, na_values=[""]`;

/** One table, its types guessed by pandas from its values. */
export const pandasCall = (format: Format, path: string): string =>
  `pandas.read_csv("${path}", ${pandasArguments(format)}${format.header ? "" : ", header=None"})`;

/** Every table with the types datapackage.json declares (pandas and the standard library). */
export function pandasTyped(format: Format): string {
  const types = Object.entries(PANDAS_TYPES).map(([type, dtype]) => `"${type}": "${dtype}"`);
  const names = format.header ? "" : ', header=None, names=[f["name"] for f in fields]';
  return [
    "import json, pandas",
    'package = json.load(open("datapackage.json", encoding="utf-8"))',
    `types = {${types.join(", ")}}`,
    "def read_table(name):",
    '    resource = next(r for r in package["resources"] if r["name"] == name)',
    '    fields = resource["schema"]["fields"]',
    `    frame = pandas.read_csv(resource["path"], ${pandasArguments(format)}${names},`,
    '        dtype={f["name"]: types[f["type"]] for f in fields})',
    "    for f in fields:",
    '        if f["type"] == "date":',
    '            frame[f["name"]] = pandas.to_datetime(frame[f["name"]], format="%Y-%m-%d")',
    "    return frame",
    'events = read_table("events")',
  ].join("\n");
}
