// R's readr reads every table of a full export (CSV and TSV) with the calls the export's README
// gives, taken from the README itself: the one-line read_delim() that guesses types, and the block
// that reads every table with the types datapackage.json declares. Rscript with readr and jsonlite
// is required (Debian's r-base-core, r-cran-readr, r-cran-jsonlite; .ci/run installs them): without
// them this file fails, never skips.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExportOptions, exportFiles } from "../src/index.js";
import { resolveFormat } from "../src/options.js";
import { type Descriptor, descriptorOf, fileByPath, text } from "./helpers.js";

type Json = string | number | boolean | null;
interface TableRead {
  rows: number;
  problems: number;
  types: Record<string, string>;
  values: Record<string, Json[]>;
}
interface Read {
  guessed: Record<string, TableRead>;
  typed: Record<string, TableRead>;
}

/** The class readr gives a column of each Table Schema type it is told. */
const R_CLASSES: Record<string, string> = {
  string: "character",
  integer: "integer",
  number: "numeric",
  boolean: "logical",
  date: "Date",
};
const SCRIPT = fileURLToPath(new URL("./readr.R", import.meta.url));
const RSCRIPT = "Rscript";
const dataset = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@aznato/data/dataset.json"), "utf8"),
) as Record<string, Record<string, unknown>[]>;

interface Export {
  descriptor: Descriptor;
  /** Each table's cells as csv-parse reads them, by column. */
  cells: Map<string, Record<string, string[]>>;
  read: Read;
  header: boolean;
}
const exports = new Map<string, Export>();
const scratch: string[] = [];

/** The README's calls: the guessing one-liner (for events) and the typed block. */
function recipes(readme: string, extension: string) {
  const line = readme.match(/^- R: events <- (readr::read_delim\(.*?\)), which/m)?.[1];
  const typed = readme.match(/^```r\n([\s\S]*?)\n```$/m)?.[1];
  if (!line || !typed) throw new Error("the export's README has no R recipe");
  const path = `"events.${extension}"`;
  expect(line).toContain(path);
  return { call: (file: string) => line.replace(path, JSON.stringify(file)), typed };
}

function readWithR(options: ExportOptions): Export {
  const format = resolveFormat(options);
  const dir = mkdtempSync(join(tmpdir(), "aznato-readr-"));
  scratch.push(dir);
  const files = exportFiles(options);
  for (const file of files) writeFileSync(join(dir, file.path), file.bytes);
  const descriptor = descriptorOf(files);
  const { call, typed } = recipes(text(fileByPath(files, "README.md")), format.extension);
  const cells = new Map<string, Record<string, string[]>>();
  for (const resource of descriptor.resources) {
    const names = resource.schema.fields.map((f) => f.name);
    const rows: Record<string, string>[] = parse(text(fileByPath(files, resource.path)), {
      bom: true,
      delimiter: format.delimiter,
      columns: format.header ? true : names,
    });
    cells.set(
      resource.name,
      Object.fromEntries(names.map((n) => [n, rows.map((r) => r[n] ?? "")])),
    );
  }
  const args = join(dir, "readr-args.json");
  writeFileSync(
    args,
    JSON.stringify({
      dir,
      guessed: descriptor.resources.map((r) => ({ name: r.name, call: call(r.path) })),
      typed,
      names: descriptor.resources.map((r) => r.name),
    }),
  );
  const result = spawnSync(RSCRIPT, ["--vanilla", SCRIPT, args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(
    result.error,
    "Rscript must be installed (Debian: r-base-core r-cran-readr r-cran-jsonlite)",
  ).toBeUndefined();
  expect(result.status, result.stderr).toBe(0);
  const read = JSON.parse(result.stdout) as Read;
  if (!format.header) {
    // readr names the columns of a file without a header X1, X2 …: they are the declared fields
    for (const resource of descriptor.resources) {
      const got = read.guessed[resource.name] as TableRead;
      if (got.rows === 0) {
        // an empty file (no header, no rows, no BOM) has no columns for readr to name
        expect(Object.keys(got.types), resource.name).toEqual([]);
        got.types = {};
        got.values = {};
        continue;
      }
      const rename = <T>(byIndex: Record<string, T>) =>
        Object.fromEntries(
          Object.values(byIndex).map((v, i) => [resource.schema.fields[i]?.name, v]),
        );
      expect(Object.keys(got.types), resource.name).toEqual(
        resource.schema.fields.map((_, i) => `X${i + 1}`),
      );
      got.types = rename(got.types);
      got.values = rename(got.values);
    }
  }
  return { descriptor, cells, read, header: format.header };
}

/** What a CSV cell is once read as its declared type (an empty cell is missing). */
function typedCell(cell: string, type: string): Json {
  if (cell === "") return null;
  if (type === "integer" || type === "number") return Number(cell);
  if (type === "boolean") return cell === "true";
  return cell;
}

const formats: [string, ExportOptions][] = [
  ["csv", {}],
  ["tsv", { tsv: true }],
  ["headerless, semicolon-separated Excel", { header: false, delimiter: ";", excel: true }],
];

beforeAll(() => {
  for (const [name, options] of formats) exports.set(name, readWithR(options));
});
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const get = (name: string): Export => exports.get(name) as Export;

describe.each(formats.map(([name]) => name))("readr reads the %s export", (name) => {
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
    const { descriptor, cells, read, header } = get(name);
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
          const none = header ? "character" : undefined;
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
      const prefixes = dataset.claims?.map(
        (c) =>
          (
            (c.statement as { selector: { type: string; prefix?: string }[] }).selector.find(
              (s) => s.type === "TextQuoteSelector",
            )?.prefix ?? null
          )?.normalize("NFC") ?? null,
      );
      const ids = claims.values.id as string[];
      const byId = new Map(dataset.claims?.map((c, i) => [c.id, prefixes?.[i]]));
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
