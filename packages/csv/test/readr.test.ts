// R's readr reads every table of a full export (CSV, TSV, headerless) with the calls the export's
// README gives, taken from the README itself: the one-line read_delim() that guesses types, and the
// block that reads every table with the types datapackage.json declares. Rscript with readr and
// jsonlite is required (Debian's r-base-core, r-cran-readr, r-cran-jsonlite; .ci/run installs them):
// without them this file fails, never skips.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExportOptions } from "../src/index.js";
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

/** The class readr gives a column of each Table Schema type it is told. */
const R_CLASSES: Record<string, string> = {
  string: "character",
  integer: "integer",
  number: "numeric",
  boolean: "logical",
  date: "Date",
};
const SCRIPT = fileURLToPath(new URL("./readr.R", import.meta.url));

const exports = new Map<string, OnDisk & { read: Read }>();

function readWithR(options: ExportOptions): OnDisk & { read: Read } {
  const disk = writeExport(options, "aznato-readr-");
  const args = join(disk.dir, "readr-args.json");
  const recipe = recipes(disk, /^- R: events <- (readr::read_delim\(.*?\)), which/m, "r");
  writeFileSync(args, JSON.stringify({ dir: disk.dir, ...recipe }));
  const result = spawnSync("Rscript", ["--vanilla", SCRIPT, args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(
    result.error,
    "Rscript must be installed (Debian: r-base-core r-cran-readr r-cran-jsonlite)",
  ).toBeUndefined();
  expect(result.status, result.stderr).toBe(0);
  const read = JSON.parse(result.stdout) as Read;
  nameColumns(disk, read, (i) => `X${i + 1}`);
  return { ...disk, read };
}

beforeAll(() => {
  for (const [name, options] of readerFormats) exports.set(name, readWithR(options));
});
afterAll(() => {
  for (const { dir } of exports.values()) rmSync(dir, { recursive: true, force: true });
});

const get = (name: string) => exports.get(name) as OnDisk & { read: Read };

describe.each(readerFormats.map(([name]) => name))("readr reads the %s export", (name) => {
  it("with the README's typed block: every column has its declared type and every cell its value", () => {
    const { descriptor, cells, read } = get(name);
    expect(Object.keys(read.typed)).toEqual(descriptor.resources.map((r) => r.name));
    for (const resource of descriptor.resources) {
      const got = read.typed[resource.name] as TableRead;
      const table = cells.get(resource.name) as Record<string, string[]>;
      expect(got.problems, resource.name).toBe(0);
      expect(got.rows, resource.name).toBe(Object.values(table)[0]?.length ?? 0);
      expect(got.types, resource.name).toEqual(
        Object.fromEntries(resource.schema.fields.map((f) => [f.name, R_CLASSES[f.type]])),
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
      expect(got.problems, resource.name).toBe(0);
      expect(got.rows, resource.name).toBe(Object.values(table)[0]?.length ?? 0);
      for (const field of resource.schema.fields) {
        const column = table[field.name] ?? [];
        const label = `${resource.name}.${field.name}`;
        const type = got.types[field.name];
        const values = column.filter((c) => c !== "");
        if (values.length === 0) {
          // nothing to guess from: logical NA, or text in a file with no rows at all; the typed
          // block gives the declared type
          const none = format.header ? "character" : undefined;
          expect([label, type]).toEqual([label, column.length > 0 ? "logical" : none]);
          continue;
        }
        if (type === "character") {
          expect(got.values[field.name], label).toEqual(column.map((c) => (c === "" ? null : c)));
        } else if (field.type === "string") {
          // text whose every value reads as a day or a number: the typed block keeps it text
          const pattern = type === "Date" ? /^\d{4}-\d{2}-\d{2}$/ : /^-?\d+$/;
          expect([label, type, values.filter((v) => !pattern.test(v))]).toEqual([
            label,
            type === "Date" ? "Date" : "numeric",
            [],
          ]);
        } else {
          const guessed =
            { integer: "numeric", number: "numeric" }[field.type] ?? R_CLASSES[field.type];
          expect([label, type]).toEqual([label, guessed]);
          expect(got.values[field.name], label).toEqual(
            column.map((c) => typedCell(c, field.type === "date" ? "string" : field.type)),
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
      // the text around each claim's quote, spaces at either end included
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
      const name = dataset.places?.find((p) => p.id === "sheki")?.name as
        | { az?: string }
        | undefined;
      expect(name?.az).toBe("Şəki");
      expect(places.values.name_az?.[sheki], how).toBe(name?.az);
      const events = tables.events as TableRead;
      expect(events.types.start, how).toBe("character");
      const starts = events.values.start as string[];
      expect(
        starts.some((s) => /^\d{4}$/.test(s)) && starts.some((s) => /^\d{4}-\d{2}$/.test(s)),
        how,
      ).toBe(true);
      expect(starts.sort(), how).toEqual(dataset.events?.map((e) => e.start).sort());
      expect(events.types.start_year, how).toBe(how === "typed" ? "integer" : "numeric");
      expect(events.values.start_year, how).toEqual(starts.map((s) => Number(s.slice(0, 4))));
    }
  });
});
