// pandas reads every table of a full export (CSV, TSV, headerless) with the calls the export's
// README gives, taken from the README itself: the one-line read_csv() that guesses types, and the
// block that reads every table with the types datapackage.json declares. Debian's python3 with
// pandas is required (.ci/run installs python3-pandas): without it this file fails, never skips.
import { readFileSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExportOptions } from "../src/index.js";
import { python } from "./helpers.js";
import {
  dataset,
  nameColumns,
  type OnDisk,
  quotePrefixes,
  type Read,
  readerFormats,
  recipes,
  type TableRead,
  typedCell,
  writeExport,
} from "./readers.js";

/** The dtype pandas gives a column of each Table Schema type the README's block tells it. */
const DTYPES: Record<string, string> = {
  string: "string",
  integer: "Int64",
  number: "float64",
  boolean: "boolean",
  date: "datetime64[ns]",
};
const SCRIPT = readFileSync(new URL("./pandas.py", import.meta.url), "utf8");
const DEBIAN_PYTHON = "/usr/bin/python3";

const exports = new Map<string, OnDisk & { read: Read }>();

function readWithPandas(options: ExportOptions): OnDisk & { read: Read } {
  const disk = writeExport(options, "aznato-pandas-");
  const recipe = recipes(disk, /^- pandas: events = (pandas\.read_csv\(.*?\)), which/m, "python");
  const read = python(SCRIPT, { dir: disk.dir, ...recipe }, DEBIAN_PYTHON) as Read;
  nameColumns(disk, read, (i) => String(i));
  return { ...disk, read };
}

beforeAll(() => {
  for (const [name, options] of readerFormats) exports.set(name, readWithPandas(options));
});
afterAll(() => {
  for (const { dir } of exports.values()) rmSync(dir, { recursive: true, force: true });
});

const get = (name: string) => exports.get(name) as OnDisk & { read: Read };

describe.each(readerFormats.map(([name]) => name))("pandas reads the %s export", (name) => {
  it("with the README's typed block: every column has its declared type and every cell its value", () => {
    const { descriptor, cells, read } = get(name);
    expect(Object.keys(read.typed)).toEqual(descriptor.resources.map((r) => r.name));
    for (const resource of descriptor.resources) {
      const got = read.typed[resource.name] as TableRead;
      const table = cells.get(resource.name) as Record<string, string[]>;
      expect(got.rows, resource.name).toBe(Object.values(table)[0]?.length ?? 0);
      expect(got.types, resource.name).toEqual(
        Object.fromEntries(resource.schema.fields.map((f) => [f.name, DTYPES[f.type]])),
      );
      for (const field of resource.schema.fields) {
        const expected = (table[field.name] ?? []).map((c) => typedCell(c, field.type));
        expect(got.values[field.name], `${resource.name}.${field.name}`).toEqual(expected);
      }
    }
  });

  it("with the README's one-line call: the rows, every text cell as written, numbers as numbers", () => {
    const { descriptor, cells, read, format } = get(name);
    for (const resource of descriptor.resources) {
      const got = read.guessed[resource.name] as TableRead;
      const table = cells.get(resource.name) as Record<string, string[]>;
      const rows = Object.values(table)[0]?.length ?? 0;
      // an empty file without a header: pandas has no column to read, and says so
      expect(got.error, resource.name).toBe(
        rows === 0 && !format.header ? "No columns to parse from file" : undefined,
      );
      expect(got.rows, resource.name).toBe(rows);
      if (got.error) continue;
      for (const field of resource.schema.fields) {
        const column = table[field.name] ?? [];
        const label = `${resource.name}.${field.name}`;
        const type = got.types[field.name] as string;
        const values = column.filter((c) => c !== "");
        if (values.length === 0) {
          // nothing to guess from: NaN (float64), or text in a file with no rows at all; the
          // typed block gives the declared type
          expect([label, type]).toEqual([label, rows > 0 ? "float64" : "object"]);
          continue;
        }
        if (type === "object") {
          // text, or a column of another type with a gap (booleans with a missing value)
          const asRead = field.type === "boolean" ? field.type : "string";
          expect(got.values[field.name], label).toEqual(column.map((c) => typedCell(c, asRead)));
        } else if (field.type === "string" || field.type === "date") {
          // text whose every value reads as a number: the typed block keeps it text
          expect([label, type, values.filter((v) => !/^-?\d+$/.test(v))]).toEqual([
            label,
            values.length === column.length ? "int64" : "float64",
            [],
          ]);
        } else {
          // whole numbers are int64, or float64 where one is missing (NaN is a float)
          const expected =
            field.type === "boolean"
              ? "bool"
              : field.type === "number" || values.length < column.length
                ? "float64"
                : "int64";
          expect([label, type]).toEqual([label, expected]);
          expect(got.values[field.name], label).toEqual(
            column.map((c) => typedCell(c, field.type)),
          );
        }
      }
    }
  });

  it("keeps the values that matter: spaces around quotes, Azerbaijani letters, partial dates, integers", () => {
    const { read } = get(name);
    for (const how of ["guessed", "typed"] as const) {
      const tables = read[how];
      const claims = tables.claims as TableRead;
      const byId = quotePrefixes();
      const ids = claims.values.id as string[];
      expect(claims.values.statement_selector_prefix, how).toEqual(ids.map((id) => byId.get(id)));
      expect(
        (claims.values.statement_selector_prefix as (string | null)[]).some((p) =>
          p?.endsWith(" "),
        ),
        how,
      ).toBe(true);
      const places = tables.places as TableRead;
      const sheki = (places.values.id as string[]).indexOf("sheki");
      const place = dataset.places?.find((p) => p.id === "sheki")?.name as { az?: string };
      expect(place?.az).toBe("Şəki");
      expect(places.values.name_az?.[sheki], how).toBe(place?.az);
      const events = tables.events as TableRead;
      expect(events.types.start, how).toBe(how === "typed" ? "string" : "object");
      const starts = events.values.start as string[];
      expect(
        starts.some((s) => /^\d{4}$/.test(s)),
        how,
      ).toBe(true);
      expect([...starts].sort(), how).toEqual(dataset.events?.map((e) => e.start).sort());
      expect(events.types.start_year, how).toBe(how === "typed" ? "Int64" : "int64");
      expect(events.values.start_year, how).toEqual(starts.map((s) => Number(s.slice(0, 4))));
    }
  });
});
