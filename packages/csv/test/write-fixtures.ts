// Small exports for the writer's tests, and what a folder holds.
import { lstatSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExportFile } from "../src/export.js";
import { RECORD } from "../src/write-fs.js";

export const encoder = new TextEncoder();
export const scratch = () => mkdtempSync(join(tmpdir(), "aznato-csv-write-"));

/** A small export: a few tables and a datapackage.json that names the dataset as the real one does. */
export function fakeExport(tag: string, tables: string[]): ExportFile[] {
  const descriptor = {
    name: "aznato",
    sources: [{ title: "@aznato/data 0.0.0", version: "0.0.0" }],
    resources: tables.map((path) => ({ name: path.split(".")[0], path })),
    tag,
  };
  return [
    ...tables.map((path) => ({ path, bytes: encoder.encode(`${tag} ${path}\r\n`) })),
    { path: "datapackage.json", bytes: encoder.encode(JSON.stringify(descriptor)) },
  ];
}

// the new export keeps a table, drops one, adds one and changes format of none: every case of a name
export const OLD = fakeExport("old", ["a.csv", "b.csv", "gone.csv"]);
export const NEW = fakeExport("new", ["a.csv", "b.csv", "added.csv"]);

export const asMap = (files: readonly ExportFile[]) =>
  Object.fromEntries(files.map((f) => [f.path, new TextDecoder().decode(f.bytes)]));

/** Every entry of DIR with its text, folders as `<folder>`; the record of its files left out. */
export function contentsOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name !== RECORD)
      .map((name) => {
        const path = join(dir, name);
        return [name, lstatSync(path).isDirectory() ? "<folder>" : readFileSync(path, "utf8")];
      }),
  );
}
