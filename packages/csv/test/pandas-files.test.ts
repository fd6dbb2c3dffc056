// pandas reads the workbook (read_excel, with openpyxl) and the SQLite database (read_sql_query,
// with the standard library's sqlite3) as its users do: every table, its rows as the CSV's, and the
// types pandas takes from the typed cells and columns. Debian's python3 with pandas and openpyxl is
// required (.ci/run installs them): without them this file fails, never skips.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDatabase, exportWorkbook, tables } from "../src/index.js";
import { ABOUT_SHEET, sheetName } from "../src/xlsx.js";
import { python } from "./helpers.js";
import { dataset, type OnDisk, writeExport } from "./readers.js";

const reader = `
import json, sqlite3, sys
import pandas
args = json.load(sys.stdin)
def describe(frame):
    return {
        "rows": len(frame),
        "types": {str(c): str(frame[c].dtype) for c in frame.columns},
        "values": {c: [None if pandas.isna(v) else str(v) for v in frame[c]] for c in args["columns"] if c in frame.columns},
    }
sheets = pandas.read_excel(args["workbook"], sheet_name=None)
db = sqlite3.connect(args["db"])
json.dump({
    "sheets": list(sheets),
    "workbook": {name: describe(frame) for name, frame in sheets.items() if name != args["about"]},
    "database": {t: describe(pandas.read_sql_query(f'SELECT * FROM "{t}"', db)) for t in args["tables"]},
}, sys.stdout)
`;

interface Frame {
  rows: number;
  types: Record<string, string>;
  values: Record<string, (string | null)[]>;
}
interface Read {
  sheets: string[];
  workbook: Record<string, Frame>;
  database: Record<string, Frame>;
}

let disk: OnDisk;
let read: Read;
beforeAll(async () => {
  disk = writeExport({}, "aznato-pandas-files-");
  writeFileSync(join(disk.dir, "aznato.xlsx"), await exportWorkbook());
  const [db] = await exportDatabase();
  writeFileSync(join(disk.dir, "aznato.db"), (db as { bytes: Uint8Array }).bytes);
  read = python(
    reader,
    {
      workbook: join(disk.dir, "aznato.xlsx"),
      db: join(disk.dir, "aznato.db"),
      about: ABOUT_SHEET,
      tables: tables().map((t) => t.name),
      columns: ["id", "name_az", "start", "checked"],
    },
    "/usr/bin/python3",
  ) as Read;
});
afterAll(() => rmSync(disk.dir, { recursive: true, force: true }));

const rowsOf = (table: string) => Object.values(disk.cells.get(table) ?? {})[0]?.length ?? 0;

describe("pandas reads the workbook and the database", () => {
  it("read_excel: a sheet per table after the README sheet, with the CSV's rows", () => {
    expect(read.sheets).toEqual([ABOUT_SHEET, ...tables().map((t) => sheetName(t.name))]);
    for (const table of tables()) {
      expect(read.workbook[sheetName(table.name)]?.rows, table.name).toBe(rowsOf(table.name));
    }
  });

  it("read_sql_query: every table with the CSV's rows", () => {
    for (const table of tables()) {
      expect(read.database[table.name]?.rows, table.name).toBe(rowsOf(table.name));
    }
  });

  it("keeps partial dates as text, years as integers, Şəki as written, in both", () => {
    const starts = dataset.events?.map((e) => e.start as string);
    const name = dataset.places?.find((p) => p.id === "sheki")?.name as { az?: string } | undefined;
    const sheki = name?.az;
    expect(sheki).toBe("Şəki");
    for (const [how, events, places] of [
      ["workbook", read.workbook.events, read.workbook.places],
      ["database", read.database.events, read.database.places],
    ] as const) {
      expect(events?.types, how).toMatchObject({ start: "object", start_year: "int64" });
      expect(events?.values.start, how).toEqual(disk.cells.get("events")?.start);
      expect([...(events?.values.start ?? [])].sort(), how).toEqual([...(starts ?? [])].sort());
      const at = places?.values.id?.indexOf("sheki") ?? -1;
      expect(places?.values.name_az?.[at], how).toBe(sheki);
    }
    // a day is a date cell in the workbook, text in SQLite (which has no date type)
    expect(read.workbook.events?.types.checked).toBe("datetime64[ns]");
    expect(read.database.events?.types.checked).toBe("object");
    expect(read.workbook.events?.values.checked?.[0]).toBe(
      `${disk.cells.get("events")?.checked?.[0]} 00:00:00`,
    );
  });
});
