import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringifyRows } from "./csv.js";
import { type ExportOptions, resolveFormat } from "./options.js";
import type { Cell } from "./rows.js";

// the characters that break naive CSV writers, plus Azerbaijani letters and emoji
const pieces = [
  '"',
  ",",
  ";",
  "\t",
  "\r",
  "\n",
  "\r\n",
  "=",
  "+",
  "-",
  "@",
  " ",
  "a",
  "Z",
  "1",
  "ə",
  "Ə",
  "ğ",
  "ı",
  "İ",
  "ş",
  "ç",
  "ö",
  "ü",
  "😀",
  "🇦🇿",
  "'",
];
const tricky = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join("")),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  tricky,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(undefined),
);
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
  );

const asText = (value: Cell): string =>
  value === undefined ? "" : typeof value === "boolean" ? String(value) : String(value);

const formats: ExportOptions[] = [
  {},
  { lf: true },
  { delimiter: ";" },
  { tsv: true },
  { bom: true },
];

function read(csv: string, options: ExportOptions): string[][] {
  const format = resolveFormat(options);
  return parse(csv, {
    delimiter: format.delimiter,
    bom: true,
    relax_quotes: false,
    record_delimiter: format.lineEnding === "\n" ? "\n" : "\r\n",
  });
}

describe("stringifyRows", () => {
  it("round-trips any cells through csv-parse, in every dialect", () => {
    for (const options of formats) {
      fc.assert(
        fc.property(table, (rows) => {
          const header = rows[0]?.map((_, i) => `c${i}`) ?? ["c0"];
          const csv = stringifyRows(header, rows, resolveFormat(options));
          const back = read(csv, options);
          expect(back[0]).toEqual(header);
          expect(back.slice(1)).toEqual(rows.map((row) => row.map(asText)));
        }),
        { numRuns: 200 },
      );
    }
  });

  it("escapes formulas in text with --excel, never in numbers", () => {
    fc.assert(
      fc.property(table, (rows) => {
        const header = rows[0]?.map((_, i) => `c${i}`) ?? ["c0"];
        const csv = stringifyRows(header, rows, resolveFormat({ excel: true }));
        expect(csv.charCodeAt(0)).toBe(0xfeff);
        const back = read(csv, {});
        const expected = rows.map((row) =>
          row.map((value) => {
            const text = asText(value);
            if (typeof value !== "string") return text;
            return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
          }),
        );
        expect(back.slice(1)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("writes true/false for booleans and an empty cell for missing values", () => {
    const csv = stringifyRows(
      ["a", "b", "c", "d"],
      [[true, false, undefined, -1]],
      resolveFormat({}),
    );
    expect(csv).toBe("a,b,c,d\r\ntrue,false,,-1\r\n");
  });

  it("writes the header of a table with no rows, or nothing with --no-header", () => {
    expect(stringifyRows(["a", "b"], [], resolveFormat({}))).toBe("a,b\r\n");
    expect(stringifyRows(["a", "b"], [], resolveFormat({ bom: true }))).toBe("\uFEFFa,b\r\n");
    expect(stringifyRows(["a", "b"], [], resolveFormat({ header: false }))).toBe("");
    expect(stringifyRows(["a"], [["x"]], resolveFormat({ header: false }))).toBe("x\r\n");
  });

  it("rejects a delimiter that cannot work", () => {
    expect(() => resolveFormat({ delimiter: '"' })).toThrow(/Invalid --delimiter/);
    expect(() => resolveFormat({ delimiter: ";;" })).toThrow(/Invalid --delimiter/);
    expect(() => resolveFormat({ excel: true, lf: true })).toThrow(/--excel writes CRLF/);
  });
});
