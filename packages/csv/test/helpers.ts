import { spawnSync } from "node:child_process";
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import type { ExportFile } from "../src/export.js";

const decoder = new TextDecoder();

export const text = (file: ExportFile): string => decoder.decode(file.bytes);

/** The rows of a CSV file as objects keyed by header (a leading BOM is dropped). */
export function parseCsv(file: ExportFile | string, delimiter = ","): Record<string, string>[] {
  const source = typeof file === "string" ? file : text(file);
  return parse(source, { columns: true, bom: true, delimiter, relax_column_count: false });
}

export function fileByPath(files: readonly ExportFile[], path: string): ExportFile {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the export`);
  return file;
}

export interface Descriptor {
  resources: {
    name: string;
    path: string;
    title?: string;
    description?: string;
    licenses?: { name?: string; path: string; title?: string }[];
    bytes: number;
    hash: string;
    schema: {
      fields: {
        name: string;
        type: string;
        title?: string;
        description?: string;
        format?: string;
        constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
      }[];
      primaryKey: string[];
      foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
    };
  }[];
  [key: string]: unknown;
}

export const descriptorOf = (files: readonly ExportFile[]): Descriptor =>
  JSON.parse(text(fileByPath(files, "datapackage.json")));

/**
 * Runs a Python script that reads JSON on stdin and writes JSON; fails (not skips) without python3.
 * `interpreter` names another one (Debian's /usr/bin/python3 has openpyxl and pandas).
 */
export function python(script: string, input: unknown, interpreter = "python3"): unknown {
  const result = spawnSync(interpreter, ["-c", script], {
    input: JSON.stringify(input),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(result.error, "python3 must be installed to run this test").toBeUndefined();
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}
