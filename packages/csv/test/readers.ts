// What the R and pandas tests share: a full export on disk, its cells as csv-parse reads them, the
// README's recipes taken from the README itself, and the shape of what each client prints.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import { type ExportOptions, exportFiles } from "../src/index.js";
import { type Format, resolveFormat } from "../src/options.js";
import { type Descriptor, descriptorOf, fileByPath, text } from "./helpers.js";

export type Json = string | number | boolean | null;

/** One table as a client read it: its rows, the type it gave each column, each column's values. */
export interface TableRead {
  rows: number;
  /** Cells the client could not parse as the type it was told (readr's problems()). */
  problems?: number;
  /** The client refused the file (pandas on an empty file without a header). */
  error?: string;
  types: Record<string, string>;
  values: Record<string, Json[]>;
}

/** A read of every table: with the README's one-line call (types guessed) and its typed block. */
export interface Read {
  guessed: Record<string, TableRead>;
  typed: Record<string, TableRead>;
}

export interface OnDisk {
  dir: string;
  format: Format;
  descriptor: Descriptor;
  readme: string;
  /** Each table's cells as csv-parse reads them, by column. */
  cells: Map<string, Record<string, string[]>>;
}

/** The export formats the clients read: CSV, TSV, and a headerless semicolon Excel profile. */
export const readerFormats: [string, ExportOptions][] = [
  ["csv", {}],
  ["tsv", { tsv: true }],
  ["headerless, semicolon-separated Excel", { header: false, delimiter: ";", excel: true }],
];

export const dataset = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@aznato/data/dataset.json"), "utf8"),
) as Record<string, Record<string, unknown>[]>;

export function writeExport(options: ExportOptions, prefix: string): OnDisk {
  const format = resolveFormat(options);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = exportFiles(options);
  for (const file of files) writeFileSync(join(dir, file.path), file.bytes);
  const descriptor = descriptorOf(files);
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
  return { dir, format, descriptor, readme: text(fileByPath(files, "README.md")), cells };
}

/**
 * The README's recipes for a client: the one-line call for events.EXT (`line` captures it) with the
 * path swapped for each table's, and the fenced block in `language` that defines read_table(name).
 */
export function recipes(disk: OnDisk, line: RegExp, language: string) {
  const call = disk.readme.match(line)?.[1];
  const typed = disk.readme.match(
    new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\`$`, "m"),
  )?.[1];
  if (!call || !typed) throw new Error(`the export's README has no ${language} recipe`);
  const path = `"events.${disk.format.extension}"`;
  expect(call).toContain(path);
  return {
    guessed: disk.descriptor.resources.map((r) => ({
      name: r.name,
      call: call.replace(path, JSON.stringify(r.path)),
    })),
    typed,
    names: disk.descriptor.resources.map((r) => r.name),
  };
}

/**
 * A client names the columns of a file without a header by position (R: X1, X2 …; pandas: 0, 1 …):
 * they are the declared fields, in order. An empty file has no columns at all.
 */
export function nameColumns(disk: OnDisk, read: Read, byPosition: (i: number) => string): void {
  if (disk.format.header) return;
  for (const resource of disk.descriptor.resources) {
    const got = read.guessed[resource.name] as TableRead;
    const fields = resource.schema.fields;
    if (got.error !== undefined || got.rows === 0) {
      expect(Object.keys(got.types), resource.name).toEqual([]);
      expect(disk.cells.get(resource.name)?.[fields[0]?.name ?? ""], resource.name).toEqual([]);
      continue;
    }
    expect(Object.keys(got.types), resource.name).toEqual(fields.map((_, i) => byPosition(i)));
    const rename = <T>(byIndex: Record<string, T>) =>
      Object.fromEntries(Object.values(byIndex).map((v, i) => [fields[i]?.name, v]));
    got.types = rename(got.types);
    got.values = rename(got.values);
  }
}

/** What a CSV cell is once read as its declared type (an empty cell is missing). */
export function typedCell(cell: string, type: string): Json {
  if (cell === "") return null;
  if (type === "integer" || type === "number") return Number(cell);
  if (type === "boolean") return cell === "true";
  return cell;
}

/** The text around each claim's quote, as dataset.json gives it, by claim id. */
export function quotePrefixes(): Map<unknown, string | null> {
  return new Map(
    (dataset.claims ?? []).map((claim) => {
      const selectors = (claim.statement as { selector: { type: string; prefix?: string }[] })
        .selector;
      const prefix = selectors.find((s) => s.type === "TextQuoteSelector")?.prefix;
      return [claim.id, prefix === undefined ? null : prefix.normalize("NFC")];
    }),
  );
}
