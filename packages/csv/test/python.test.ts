// A second, independent reader: Python's csv module, as pandas users and data portals read the files.
// python3 is required (it is on every CI image): a missing python3 fails this file, never skips it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringifyRows } from "../src/csv.js";
import { exportFiles } from "../src/index.js";
import { type ExportOptions, resolveFormat } from "../src/options.js";
import type { Cell } from "../src/rows.js";
import { asText, cell, excelText, formats, readStrictly, tricky } from "./cells.js";
import { python } from "./helpers.js";

const reader = `
import csv, json, sys
out = []
for path, delimiter in json.load(sys.stdin):
    # newline="" hands line breaks to the csv module; utf-8-sig drops a leading BOM
    with open(path, encoding="utf-8-sig", newline="") as f:
        out.append(list(csv.reader(f, delimiter=delimiter, strict=True)))
json.dump(out, sys.stdout)
`;

/** Every file read by Python's csv module: one list of rows per file. */
const readWithPython = (files: [path: string, delimiter: string][]) =>
  python(reader, files) as string[][][];

const encoder = new TextEncoder();
const allFormats: ExportOptions[] = [...formats, { excel: true }];

// rows a reader must not split, join or shorten: every kind of line break alone, at either end and
// next to quotes and delimiters; a leading BOM; one-column rows that are empty
const handPicked: Cell[][] = [
  ["\n", "\r", "\r\n"],
  ["a\nb", "c\rd", "e\r\nf"],
  ['"\n"', "\r,", ";\n"],
  ["\n\r", "x\t\ny", "|\r|"],
  ["\uFEFFbom", "\uFEFF", "z"],
  ["=1+1", "-2", -2],
  ["\uD83D", "😀\uDE00", "🇦🇿"],
  [undefined, "", undefined],
];

describe("Python's csv module", () => {
  it("reads back every cell of a fixture in every format, line breaks included", () => {
    const dir = mkdtempSync(join(tmpdir(), "aznato-csv-python-"));
    const sampled = fc.sample(fc.array(cell, { minLength: 3, maxLength: 3 }), {
      seed: 20240611,
      numRuns: 300,
    });
    const oneColumn = [
      [undefined],
      [""],
      ...fc.sample(tricky, { seed: 7, numRuns: 100 }).map((t) => [t]),
    ];
    const fixtures: { path: string; delimiter: string; expected: string[][] }[] = [];
    allFormats.forEach((options, i) => {
      const format = resolveFormat(options);
      const text = options.excel ? excelText : asText;
      for (const [kind, rows] of [
        ["wide", [...handPicked, ...sampled]],
        ["narrow", oneColumn],
      ] as const) {
        const header = (rows[0] as Cell[]).map((_, c) => `c${c}`);
        const path = join(dir, `${i}-${kind}.${format.extension}`);
        writeFileSync(path, encoder.encode(stringifyRows(header, rows, format)));
        const body = rows.map((row) => row.map(text));
        fixtures.push({
          path,
          delimiter: format.delimiter,
          expected: format.header ? [header, ...body] : body,
        });
      }
    });
    const read = readWithPython(fixtures.map((f) => [f.path, f.delimiter]));
    fixtures.forEach((fixture, i) => {
      expect(read[i], fixture.path).toEqual(fixture.expected);
    });
  });

  it("reads every file of the export as csv-parse does, in every format", () => {
    const dir = mkdtempSync(join(tmpdir(), "aznato-csv-python-"));
    const fixtures: { path: string; delimiter: string; expected: string[][] }[] = [];
    allFormats.forEach((options, i) => {
      const format = resolveFormat(options);
      for (const file of exportFiles(options)) {
        if (!file.path.endsWith(`.${format.extension}`)) continue;
        const path = join(dir, `${i}-${file.path}`);
        writeFileSync(path, file.bytes);
        const expected = readStrictly(new TextDecoder().decode(file.bytes), options);
        fixtures.push({ path, delimiter: format.delimiter, expected });
      }
    });
    const read = readWithPython(fixtures.map((f) => [f.path, f.delimiter]));
    fixtures.forEach((fixture, i) => {
      expect(read[i], fixture.path).toEqual(fixture.expected);
    });
  });
});
