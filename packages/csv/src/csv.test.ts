import { type Options, stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asText, excelText, formats, readStrictly as read, table } from "../test/cells.js";
import { stringifyRows } from "./csv.js";
import { type ExportOptions, type Format, resolveFormat } from "./options.js";
import type { Cell } from "./rows.js";

/** The export's CSV as csv-stringify writes it: the oracle the hand-written writer is held to. */
function csvStringify(header: readonly string[], rows: readonly Cell[][], format: Format): string {
  const options: Options = {
    delimiter: format.delimiter,
    record_delimiter: format.lineEnding === "\n" ? "unix" : "windows",
    quote_record_delimiter: true,
    quoted_match: /^\uFEFF/,
    quoted_empty: header.length === 1,
    bom: format.bom,
    escape_formulas: format.escapeFormulas,
    cast: { boolean: (value) => (value ? "true" : "false") },
  };
  const text = stringify(rows as Cell[][], {
    ...options,
    header: format.header,
    columns: [...header],
  });
  // (the exporter's choice: no BOM alone in an empty file, which readr reads as a row)
  if (!format.header && rows.length === 0) return "";
  if (format.header && rows.length === 0 && text.replace(/^\uFEFF/, "") === "") {
    return stringify([[...header]], options);
  }
  return text;
}

describe("stringifyRows", () => {
  it("round-trips any cells through csv-parse, in every dialect", () => {
    for (const options of formats) {
      fc.assert(
        fc.property(table, (rows) => {
          const header = rows[0]?.map((_, i) => `c${i}`) ?? ["c0"];
          const format = resolveFormat(options);
          const csv = stringifyRows(header, rows, format);
          const back = read(csv, options);
          const body = rows.map((row) => row.map(asText));
          expect(back).toEqual(format.header ? [header, ...body] : body);
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
        expect(back[0]).toEqual(header);
        expect(back.slice(1)).toEqual(rows.map((row) => row.map(excelText)));
      }),
      { numRuns: 300 },
    );
  });

  it("quotes every cell holding CR or LF, in every format, whatever the row ending", () => {
    const cases: [options: ExportOptions, expected: string][] = [
      [{}, 'a,b\r\n"x\ny","z\r"\r\n'],
      [{ lf: true }, 'a,b\n"x\ny","z\r"\n'],
      [{ tsv: true }, 'a\tb\r\n"x\ny"\t"z\r"\r\n'],
      [{ excel: true }, '\uFEFFa,b\r\n"x\ny","z\r"\r\n'],
    ];
    for (const [options, expected] of cases) {
      expect(stringifyRows(["a", "b"], [["x\ny", "z\r"]], resolveFormat(options))).toBe(expected);
    }
    // a formula-escaped cell that starts with CR is quoted too
    expect(stringifyRows(["a"], [["\r=1"]], resolveFormat({ excel: true }))).toBe(
      '\uFEFFa\r\n"\'\r=1"\r\n',
    );
  });

  it("quotes a leading byte order mark and the empty cell of a one-column row", () => {
    const noHeader = resolveFormat({ header: false });
    expect(stringifyRows(["a"], [["\uFEFFx"], [undefined], [""]], noHeader)).toBe(
      '"\uFEFFx"\r\n""\r\n""\r\n',
    );
    expect(stringifyRows(["a", "b"], [[undefined, ""]], noHeader)).toBe(",\r\n");
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
    expect(stringifyRows(["a", "b"], [], resolveFormat({ header: false, excel: true }))).toBe("");
    expect(stringifyRows(["a"], [["x"]], resolveFormat({ header: false }))).toBe("x\r\n");
  });

  it("rejects a delimiter that cannot work", () => {
    expect(() => resolveFormat({ delimiter: '"' })).toThrow(/Invalid --delimiter/);
    expect(() => resolveFormat({ delimiter: ";;" })).toThrow(/Invalid --delimiter/);
    // readers drop a leading BOM; half a surrogate pair is not a character in UTF-8
    expect(() => resolveFormat({ delimiter: "\uFEFF" })).toThrow(/Invalid --delimiter/);
    expect(() => resolveFormat({ delimiter: "\uD83D" })).toThrow(/Invalid --delimiter/);
    expect(resolveFormat({ delimiter: "😀" }).delimiter).toBe("😀");
    expect(() => resolveFormat({ excel: true, lf: true })).toThrow(/--excel writes CRLF/);
  });
});

describe("stringifyRows against csv-stringify", () => {
  it("writes the bytes csv-stringify writes, for any cells in every dialect", () => {
    const dialects: ExportOptions[] = [...formats, { excel: true }, { escapeFormulas: true }];
    for (const options of dialects) {
      fc.assert(
        fc.property(table, (rows) => {
          const header = rows[0]?.map((_, i) => `c${i}`) ?? ["c0"];
          const format = resolveFormat(options);
          expect(stringifyRows(header, rows, format)).toBe(csvStringify(header, rows, format));
        }),
        { numRuns: 300 },
      );
    }
  });
});
