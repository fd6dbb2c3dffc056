// The workbook read back by two independent readers: openpyxl (Debian's python3) cell by cell
// against the CSV export, and LibreOffice headless converting every sheet to CSV.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExportFile, exportFiles, exportWorkbook, tables } from "../src/index.js";
import { ABOUT_SHEET, sheetName } from "../src/xlsx.js";
import { python, text } from "./helpers.js";

/** Excel's name of column `n` (from 1): A … Z, AA … */
const columnLetter = (n: number): string =>
  (n > 26 ? columnLetter(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

const DEBIAN_PYTHON = "/usr/bin/python3";
let dir: string;
let workbook: Uint8Array;
const csv = new Map<string, string[][]>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "aznato-xlsx-"));
  workbook = await exportWorkbook();
  writeFileSync(join(dir, "aznato.xlsx"), workbook);
  for (const file of exportFiles()) {
    if (file.path.endsWith(".csv")) csv.set(file.path.slice(0, -4), parse(text(file)));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reader = `
import datetime, json, sys, openpyxl
path = json.load(sys.stdin)
wb = openpyxl.load_workbook(path)
def text(v):
    if v is None: return ""
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, datetime.datetime): return v.date().isoformat()
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    return str(v)
out = {"sheets": wb.sheetnames, "tables": {}, "about": [text(c.value) for c in wb.worksheets[0]["A"]]}
for ws in wb.worksheets[1:]:
    rows = list(ws.iter_rows())
    types = [sorted({r[i].data_type for r in rows[1:] if r[i].value is not None}) for i in range(ws.max_column)]
    widths = [0] * ws.max_column
    for dim in ws.column_dimensions.values():  # one entry may span several columns
        for c in range(dim.min, dim.max + 1): widths[c - 1] = dim.width
    links = [[r[i].hyperlink.target if r[i].hyperlink else None for r in rows[1:]] for i in range(ws.max_column)]
    out["tables"][ws.title] = {
        "rows": [[text(c.value) for c in r] for r in rows],
        "types": types,
        "links": links,
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "widths": widths,
    }
json.dump(out, sys.stdout)
`;

interface Read {
  sheets: string[];
  about: string[];
  tables: Record<
    string,
    {
      rows: string[][];
      types: string[][];
      links: (string | null)[][];
      freeze: string;
      filter: string;
      widths: number[];
    }
  >;
}

describe("the workbook", () => {
  it("is the same bytes from run to run", async () => {
    expect(Buffer.from(await exportWorkbook()).equals(Buffer.from(workbook))).toBe(true);
  });

  it("has a README sheet first, then one sheet per table, each as the CSV cell by cell (openpyxl)", () => {
    const read = python(reader, join(dir, "aznato.xlsx"), DEBIAN_PYTHON) as Read;
    expect(read.sheets).toEqual([ABOUT_SHEET, ...tables().map((t) => sheetName(t.name))]);
    expect(new Set(read.sheets).size).toBe(read.sheets.length);
    expect(read.sheets.every((s) => s.length <= 31)).toBe(true);
    const about = read.about.join("\n");
    expect(about).toContain("How to cite");
    expect(about).toContain("CC BY 4.0");
    const licence = text(exportFiles().find((f) => f.path === "LICENSE-DATA") as ExportFile);
    expect(about).toContain(licence.split("\n").slice(0, 3).join("\n"));
    for (const table of tables()) {
      const sheet = read.tables[sheetName(table.name)];
      expect(sheet, table.name).toBeDefined();
      if (!sheet) continue;
      expect(sheet.rows, table.name).toEqual(csv.get(table.name));
      expect(sheet.freeze, table.name).toBe("A2");
      expect(sheet.filter, table.name).toBe(`A1:${columnLetter(table.columns.length)}1`);
      table.columns.forEach((column, i) => {
        const types = sheet.types[i] ?? [];
        const expected =
          column.type === "date"
            ? "d"
            : column.type === "boolean"
              ? "b"
              : column.type === "string"
                ? "s"
                : "n";
        for (const type of types) expect(type, `${table.name}.${column.name}`).toBe(expected);
        expect(sheet.widths[i], `${table.name}.${column.name}`).toBeGreaterThan(column.name.length);
        const links = sheet.links[i] ?? [];
        const values = sheet.rows.slice(1).map((r) => r[i]);
        if (column.fieldType === "url") {
          expect(links, `${table.name}.${column.name}`).toEqual(values.map((v) => v || null));
        } else {
          expect(links.every((l) => l === null)).toBe(true);
        }
      });
    }
    // partial dates are text, never numbers or dates
    const events = read.tables.events;
    const start = csv.get("events")?.[0]?.indexOf("start") ?? -1;
    expect(events?.types[start]).toEqual(["s"]);
    expect(events?.rows.some((r) => r[start] === "1992-03")).toBe(true);
  });

  it("opens in LibreOffice: every sheet as CSV keeps its letters and partial dates", () => {
    const profile = mkdtempSync(join(tmpdir(), "aznato-lo-profile-"));
    const out = join(dir, "lo");
    // UTF-8 (76), every sheet (-1) to its own file, cells as shown
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    const result = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        out,
        join(dir, "aznato.xlsx"),
      ],
      { encoding: "utf8", timeout: 100_000 },
    );
    rmSync(profile, { recursive: true, force: true });
    expect(result.error, "LibreOffice (soffice) must be installed").toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
    for (const table of tables()) {
      const file = join(out, `aznato-${sheetName(table.name)}.csv`);
      const rows: string[][] = parse(readFileSync(file, "utf8"));
      const booleans = table.columns.flatMap((c, i) => (c.type === "boolean" ? [i] : []));
      for (const row of rows.slice(1)) {
        for (const i of booleans) row[i] = (row[i] as string).toLowerCase();
      }
      expect(rows, table.name).toEqual(csv.get(table.name));
    }
    const places = readFileSync(join(out, "aznato-places.csv"), "utf8");
    expect(places).toContain("Şəki");
    const events = readFileSync(join(out, "aznato-events.csv"), "utf8");
    expect(events).toMatch(/,1992-03,/);
  });
});
