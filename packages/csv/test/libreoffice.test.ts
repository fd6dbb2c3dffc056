// LibreOffice Calc opens the CSV files as the export's README says (Text Import: UTF-8, the
// export's separator, " as string delimiter, formulas not evaluated, partial-date columns as Text),
// saved as a workbook and read back cell by cell with openpyxl. LibreOffice (soffice) and Debian's
// python3 with openpyxl are required (.ci/run installs them): without them this file fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { python } from "./helpers.js";
import { dataset, type OnDisk, writeExport } from "./readers.js";

// a table of each kind of trouble: partial dates of every precision (events), partial dates that
// are all days or all years (operations, checklists), Azerbaijani letters (places), text with
// spaces at either end (claims)
const TABLES = ["events", "operations", "checklists", "places", "claims"];

const reader = `
import datetime, json, sys, openpyxl
out = {}
for name, path in json.load(sys.stdin).items():
    sheet = openpyxl.load_workbook(path).worksheets[0]
    out[name] = [[[c.data_type, c.value.date().isoformat() if isinstance(c.value, datetime.datetime) else c.value] for c in row] for row in sheet.iter_rows()]
json.dump(out, sys.stdout)
`;

type Cell = [type: string, value: string | number | boolean | null];
let disk: OnDisk;
let sheets: Record<string, Cell[][]>;
const partialDates = new Map<string, string[]>();

/** The Text Import settings the README gives, as the CSV filter's options (tokens 1–13). */
function importFilter(table: string): string {
  const names = Object.keys(disk.cells.get(table) ?? {});
  const text = partialDates.get(table) ?? [];
  // column n's format: 2 is Text, 1 Standard (LibreOffice's guess)
  const columns = names.map((n, i) => `${i + 1}/${text.includes(n) ? 2 : 1}`).join("/");
  const separator = disk.format.delimiter.codePointAt(0);
  // separator, ", UTF-8 (76), from line 1, column formats, English, then: quoted as text off,
  // special numbers on, (3 export options), trim spaces off, (1 export option), evaluate formulas off
  return `CSV:${separator},34,76,1,${columns},1033,false,true,false,false,false,false,false`;
}

beforeAll(() => {
  disk = writeExport({}, "aznato-libreoffice-");
  // the README: the data dictionary lists the partial-date columns (type partial-date)
  const dictionary = disk.cells.get("data_dictionary") as Record<string, string[]>;
  dictionary.type?.forEach((type, i) => {
    if (type !== "partial-date") return;
    const table = dictionary.table?.[i] as string;
    partialDates.set(table, [...(partialDates.get(table) ?? []), dictionary.column?.[i] as string]);
  });
  const profile = mkdtempSync(join(tmpdir(), "aznato-lo-profile-"));
  const out = join(disk.dir, "lo");
  for (const table of TABLES) {
    const result = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        `--infilter=${importFilter(table)}`,
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        join(disk.dir, `${table}.csv`),
      ],
      { encoding: "utf8", timeout: 100_000 },
    );
    expect(result.error, "LibreOffice (soffice) must be installed").toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
  }
  rmSync(profile, { recursive: true, force: true });
  sheets = python(
    reader,
    Object.fromEntries(TABLES.map((t) => [t, join(out, `${t}.xlsx`)])),
    "/usr/bin/python3",
  ) as Record<string, Cell[][]>;
});
afterAll(() => rmSync(disk.dir, { recursive: true, force: true }));

describe("LibreOffice opens the CSV files with the README's Text Import settings", () => {
  it.each(TABLES)(
    "%s: partial dates stay text, every text cell as written, numbers as numbers",
    (table) => {
      const cells = disk.cells.get(table) as Record<string, string[]>;
      const resource = disk.descriptor.resources.find((r) => r.name === table);
      const rows = sheets[table] as Cell[][];
      const names = Object.keys(cells);
      expect(rows[0]?.map(([, v]) => v)).toEqual(names);
      expect(rows.length - 1).toBe(cells[names[0] as string]?.length);
      resource?.schema.fields.forEach((field, i) => {
        const column = cells[field.name] as string[];
        const got = rows.slice(1).map((row) => row[i] as Cell);
        const label = `${table}.${field.name}`;
        const filled = column.flatMap((c, r) => (c === "" ? [] : [[c, got[r] as Cell] as const]));
        if (partialDates.get(table)?.includes(field.name) || field.type === "string") {
          expect(
            filled.filter(([c, [type, v]]) => type !== "s" || v !== c),
            label,
          ).toEqual([]);
        } else if (field.type === "integer" || field.type === "number") {
          expect(
            filled.filter(([c, [type, v]]) => type !== "n" || v !== Number(c)),
            label,
          ).toEqual([]);
        } else if (field.type === "date") {
          // a day (checked, <column>_sort) is a date cell, the same day
          expect(
            filled.filter(([c, [type, v]]) => type !== "d" || v !== c),
            label,
          ).toEqual([]);
        }
        // an empty cell stays empty
        expect(
          column.flatMap((c, r) => (c === "" && got[r]?.[1] !== null ? [r] : [])),
          label,
        ).toEqual([]);
      });
    },
  );

  it("keeps Şəki and the spaces around each claim's quote", () => {
    // (and the README's data dictionary did name partial-date columns to set to Text)
    expect([...partialDates.keys()]).toEqual(
      expect.arrayContaining(["events", "operations", "checklists"]),
    );
    const places = sheets.places as Cell[][];
    const header = places[0]?.map(([, v]) => v) ?? [];
    const name = dataset.places?.find((p) => p.id === "sheki")?.name as { az?: string } | undefined;
    const row = places.find((r) => r[header.indexOf("id")]?.[1] === "sheki");
    expect(name?.az).toBe("Şəki");
    expect(row?.[header.indexOf("name_az")]?.[1]).toBe(name?.az);
    const claims = sheets.claims as Cell[][];
    const prefix = claims[0]?.findIndex(([, v]) => v === "statement_selector_prefix") ?? -1;
    expect(claims.slice(1).some((r) => String(r[prefix]?.[1]).endsWith(" "))).toBe(true);
  });
});
