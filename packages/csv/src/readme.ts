// The README.md of a full export: what is inside, how to load it, licences, how to cite it.
import { apa, type CitationData, type CitedMeta, citationData } from "@aznato/data";
import { formatOfPath } from "./formats.js";
import type { ExportOptions, Format } from "./options.js";
import { pandasCall, pandasTyped, readrCall, readrTyped } from "./recipes.js";

export interface ReadmeInput {
  meta: CitedMeta;
  toolVersion: string;
  format: Format;
  options: ExportOptions;
  tables: { path: string; title: string; rows: number; text: boolean }[];
  /** Other files of the export (the SQLite database and its Datasette metadata). */
  extra: string[];
}

const cell = (text: string) => text.replaceAll("|", "\\|");

/** The licence of the data, naming where the text not covered by it is (a file or a sheet). */
export const licenceNote = (text: string): string =>
  `The data is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), except ${text}: the full text of the 2016 article this dataset fact-checks, reproduced as the object of the check, is not covered by CC BY 4.0 and its rights remain with its publisher. Quotations in the data are short excerpts of the cited sources.`;

/** The dataset as an export cites it, from @aznato/data's one citation source. */
export const cited = (meta: CitedMeta): CitationData => citationData(meta);

/** Datasette's `source_url`: the dataset's address, only once it has one. */
export const sourceUrl = (meta: CitedMeta): { source_url?: string } => {
  const { url } = cited(meta);
  return url ? { source_url: url } : {};
};

/** How to cite the version: the package's APA reference, then why the version matters. */
export const citation = (meta: CitedMeta): string =>
  `${apa(cited(meta))} Licensed under ${cited(meta).license}. Cite the version: records are corrected and added from release to release, and ids are never reused.`;

export function readme(input: ReadmeInput): string {
  const { meta, format, tables } = input;
  const ext = format.extension;
  const sep =
    format.delimiter === "\t"
      ? "tab"
      : format.delimiter === ","
        ? "comma"
        : `"${format.delimiter}"`;
  // a file of a one-file format in the export (a database of any of its names: x.db, x.sqlite)
  const formatOf = (path: string) => {
    const format = formatOfPath(path);
    return format?.output === "file" ? format : undefined;
  };
  const database = input.extra.find((f) => formatOf(f)?.name === "sqlite");
  const companions = new Set(input.extra.flatMap((f) => formatOf(f)?.companions ?? []));
  const header = format.header;
  // how the import dialogs name the field separator
  const sepLabel =
    format.delimiter === "\t"
      ? "Tab"
      : format.delimiter === ","
        ? "Comma"
        : format.delimiter === ";"
          ? "Semicolon"
          : `Other: ${format.delimiter}`;
  const text = tables.find((t) => t.text);
  const lines = [
    `# ${meta.title}`,
    "",
    `${meta.description}`,
    "",
    `This folder is the CSV export of @aznato/data ${meta.version} (data as of ${meta.asOf}), written by aznato-csv ${input.toolVersion}. Every record cites its sources, with the exact words that support it.`,
    "",
    "## What is inside",
    "",
    "| file | rows | what it is |",
    "| --- | ---: | --- |",
    ...tables.map((t) => `| ${t.path} | ${t.rows} | ${cell(t.title)} |`),
    "| datapackage.json | | Frictionless Data Package v2: every table's columns, types, keys, licence, bytes and SHA-256 |",
    ...input.extra.flatMap((f) => {
      const entry = formatOf(f);
      return entry ? [`| ${f} | | ${cell(entry.description)} |`] : [];
    }),
    ...[...companions].map((c) => `| ${c.path} | | ${cell(c.description)} |`),
    "| LICENSE-DATA | | the data licence, and what it does not cover |",
    "| README.md | | this file |",
    "",
    `The collections (sources, events, people …) have one row per record. Lists in a record become tables of their own: link tables (event_people: event_id, position, person_id) and item tables (event_citations: event_id, position, then the citation's fields). Every column that holds the id of another record ends in _id, and datapackage.json declares it as a foreign key. data-dictionary.${ext} describes every column.`,
    "",
    "Order: dated collections (events, programmes, operations, sources) run from the earliest day to the latest (a date given as a year or month counts from its first day), then by id, with undated records last; the other collections run by id, and link and item tables by their keys (record id, then position).",
    "",
    `Conventions: UTF-8, ${header ? "a header row" : "no header row"}, an empty cell for a missing value, booleans as true/false. Dates are as precise as the sources allow: 1994, 1994-05 or 1994-05-04, which spreadsheets misread as numbers or dates, so beside each such column (start, end, published …) are <column>_year, the year as a number, and <column>_sort, the earliest day the date can mean (1994 is 1994-01-01): sort and filter on those. No text cell starts with =, +, - or @, so spreadsheets never run one as a formula.`,
    ...(header
      ? []
      : [
          "",
          `No header row: this export was written with --no-header, so the first line of each file is data. The columns of each table, in their order, are the rows of data-dictionary.${ext} for that table (its own columns: table, column, title, type, required, description, allowed_values), and the fields of its schema in datapackage.json, whose dialect says header: false.`,
        ]),
    ...(input.options.lang && input.options.lang !== "all"
      ? [
          "",
          `Names: one name column in ${input.options.lang === "az" ? "Azerbaijani, or English where a record has no Azerbaijani name" : "English"}; name_lang says which language each name is in.`,
        ]
      : []),
    "",
    "## Loading it",
    "",
    `The files are ${ext.toUpperCase()} with a ${sep} between fields${format.bom ? " and a byte order mark for Excel" : ""}.`,
    "",
    `- LibreOffice Calc: File > Open, choose events.${ext}; in the Text Import dialog set Character set to Unicode (UTF-8), under Separator Options tick only ${sepLabel} (String delimiter "), untick Evaluate formulas, then in Fields click each partial-date column (start, end …; data-dictionary.${ext} lists them, type partial-date) and set Column type to Text, and OK. LibreOffice guesses the character set wrongly without it (Şəki shows as ÅžÉ™ki) and turns 1994 and 1994-05 into a number and a date.`,
    `- Excel: Data > From Text/CSV (Data > Get Data > From File > From Text/CSV), choose events.${ext}, set File Origin to 65001: Unicode (UTF-8), Delimiter to ${sepLabel} and Data Type Detection to Do not detect data types, then Load: every cell stays as written${format.bom ? " (the byte order mark also tells Excel the file is UTF-8)" : ""}. A double click opens the file with Excel's guesses instead, which turn partial dates into numbers and dates. aznato-csv --excel writes files for a double click: a byte order mark and escaped formulas.`,
    `- R: events <- ${readrCall(format, `events.${ext}`)}, which guesses each column's type from its values (a column empty in every row becomes logical, partial dates that are all days become dates), or every table with the types datapackage.json declares, as below.`,
    `- pandas: events = ${pandasCall(format, `events.${ext}`)}, which guesses types as readr does (the block below reads the declared ones); join with events.merge(event_people, left_on="id", right_on="event_id")${header ? "" : " once the columns are named (events.columns = the column values of the data dictionary's rows for events)"}.`,
    database
      ? `- Datasette: datasette ${database} --metadata metadata.json, then search the names, titles and summaries of each table; sqlite3 ${database} for SQL.`
      : "- Datasette or SQL: aznato-csv --sqlite aznato.db writes the same tables as a SQLite database with full-text search, and metadata.json for datasette aznato.db --metadata metadata.json.",
    "",
    "In R, every table with the types datapackage.json declares (text stays text, whole numbers are integers, days are dates), with readr and jsonlite:",
    "",
    "```r",
    readrTyped(format),
    "```",
    "",
    "In pandas, the same:",
    "",
    "```python",
    pandasTyped(format),
    "```",
    "",
    "## Licences",
    "",
    `${licenceNote(text ? text.path : "the full text of the source document")} LICENSE-DATA has the details; datapackage.json gives each file its licence.`,
    "",
    "## How to cite",
    "",
    citation(meta),
    "",
  ];
  return lines.join("\n");
}
