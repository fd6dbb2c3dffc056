// The export as one Excel workbook: a sheet per table with typed cells (partial dates stay text,
// days are real dates), and a first sheet with what is inside, the licence and the citation.
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { type ExportSource, type PreparedTable, prepareTables } from "./export.js";
import type { ExportOptions } from "./options.js";
import { citation, licenceNote } from "./readme.js";
import type { Cell } from "./rows.js";
import type { Column } from "./tables.js";
import { WORKBOOK_CREATOR } from "./xlsx-files.js";

/** The first sheet: what is inside, the licence and the citation. */
export const ABOUT_SHEET = "README";
/** Excel's limits: sheet names and text cells. */
const MAX_SHEET_NAME = 31;
const MAX_CELL_TEXT = 32_767;
const MAX_WIDTH = 60;
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/**
 * A sheet name of at most 31 characters: long table names have their leading words cut to four
 * letters (`operation_contribution_alternative_citations` → `oper_cont_alte_citations`).
 */
export function sheetName(table: string): string {
  const words = table.split("_");
  for (let i = 0; words.join("_").length > MAX_SHEET_NAME && i < words.length - 1; i++) {
    words[i] = (words[i] as string).slice(0, 4);
  }
  return words.join("_").slice(0, MAX_SHEET_NAME);
}

/** A day as Excel stores it: midnight UTC, which exceljs turns into a serial date. */
const day = (value: string): Date => new Date(`${value}T00:00:00Z`);

function cellValue(column: Column, value: Cell): ExcelJS.CellValue {
  if (value === undefined) return null;
  if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
    throw new RangeError(
      `A cell of ${column.name} is longer than Excel's ${MAX_CELL_TEXT} characters`,
    );
  }
  if (column.type === "date" && typeof value === "string") return day(value);
  if (column.fieldType === "url" && typeof value === "string") {
    return { text: value, hyperlink: value };
  }
  // a text column stays text where a value is a number (a disputed figure, say)
  return column.type === "string" ? String(value) : value;
}

const widthOf = (value: Cell): number =>
  value === undefined
    ? 0
    : Math.max(
        ...String(value)
          .split("\n")
          .map((l) => l.length),
      );

function addTableSheet(workbook: ExcelJS.Workbook, { table, columns, rows }: PreparedTable): void {
  const sheet = workbook.addWorksheet(sheetName(table.name), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = columns.map((column, i) => ({
    header: column.name,
    key: column.name,
    width: Math.min(
      MAX_WIDTH,
      2 + Math.max(column.name.length, ...rows.slice(0, 500).map((r) => widthOf(r[i]))),
    ),
    ...(column.type === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
    // a partial date or an id is text, never a number or a date Excel guesses
    ...(column.type === "string" ? { style: { numFmt: "@" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  const links = columns.flatMap((c, i) => (c.fieldType === "url" ? [i + 1] : []));
  for (const row of rows) {
    const added = sheet.addRow(row.map((value, i) => cellValue(columns[i] as Column, value)));
    for (const i of links) added.getCell(i).font = LINK_FONT;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function addAboutSheet(
  workbook: ExcelJS.Workbook,
  source: ExportSource,
  tables: readonly PreparedTable[],
): void {
  const { meta } = source;
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  sheet.columns = [{ width: 44 }, { width: 36 }, { width: 10 }, { width: 80 }];
  const text = tables.find((t) => t.table.kind === "text");
  const heading = (value: string) => {
    sheet.addRow([value]).font = { bold: true, size: 13 };
  };
  sheet.addRow([meta.title]).font = { bold: true, size: 16 };
  sheet.addRow([meta.description]);
  sheet.addRow([
    `The Excel export of @aznato/data ${meta.version} (data as of ${meta.asOf}), written by aznato-csv ${source.toolVersion}: one sheet per table, the same rows and columns as the CSV export. Every record cites its sources, with the exact words that support it.`,
  ]);
  sheet.addRow([]);
  heading("What is inside");
  sheet.addRow(["sheet", "table", "rows", "what it is"]).font = { bold: true };
  for (const { table, rows } of tables) {
    sheet.addRow([sheetName(table.name), table.name, rows.length, table.title]);
  }
  sheet.addRow([]);
  sheet.addRow([
    "Dates are as precise as the sources allow (1994, 1994-05 or 1994-05-04) and are kept as text, so that they are never misread; checked (the day a record was last verified) is a date. Columns that hold the id of another record end in _id. The first row of each sheet is frozen and has filters.",
  ]);
  sheet.addRow([]);
  heading("Licence");
  sheet.addRow([
    licenceNote(
      text ? `the sheet ${sheetName(text.table.name)}` : "the full text of the source document",
    ),
  ]);
  for (const line of new TextDecoder().decode(source.licenseText()).split("\n")) {
    sheet.addRow([line]);
  }
  sheet.addRow([]);
  heading("How to cite");
  sheet.addRow([citation(meta)]);
}

/**
 * The same bytes from run to run: exceljs stamps the zip entries with the clock, so the workbook
 * is zipped again with one fixed time (the data's as-of date) and entries in a fixed order.
 */
function stableZip(bytes: Uint8Array, asOf: Date): Uint8Array {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries);
  // [Content_Types].xml first, as Office writes it
  names.sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : 1,
  );
  return zipSync(
    Object.fromEntries(names.map((n) => [n, [entries[n] as Uint8Array, { mtime: asOf }]])),
    { level: 6 },
  );
}

/** The export as an .xlsx workbook, as bytes. */
export async function buildWorkbook(
  source: ExportSource,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  const tables = prepareTables(source, options);
  const workbook = new ExcelJS.Workbook();
  const asOf = day(
    source.meta.asOf.length === 10 ? source.meta.asOf : `${source.meta.asOf.slice(0, 4)}-01-01`,
  );
  workbook.creator = WORKBOOK_CREATOR;
  workbook.lastModifiedBy = WORKBOOK_CREATOR;
  workbook.title = source.meta.title;
  workbook.created = asOf;
  workbook.modified = asOf;
  addAboutSheet(workbook, source, tables);
  for (const table of tables) addTableSheet(workbook, table);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return stableZip(written, asOf);
}
