// Options that would silently write the wrong thing are refused in one line with exit 2: a repeated
// option (not last-wins), a column named twice, a delimiter that can occur in an unquoted number.
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test/captured.js";
import { parseCsv } from "../test/helpers.js";

const expectRefused = async (argv: string[], message: RegExp) => {
  const ran = await runCaptured(argv);
  expect([ran.code, ran.stdout, ran.exports], argv.join(" ")).toEqual([2, "", []]);
  expect(ran.stderr, argv.join(" ")).toMatch(/^aznato-csv: [^\n]*\n$/);
  expect(ran.stderr, argv.join(" ")).toMatch(message);
};

describe("refused options", () => {
  it("refuses an option with a value given twice instead of taking the last", async () => {
    const cases: [string[], RegExp][] = [
      [["--out-dir", "a", "--out-dir", "b"], /--out-dir is given twice \("a", then "b"\)/],
      [["--sqlite", "a.db", "--sqlite", "b.db"], /--sqlite is given twice/],
      [["events", "--lang", "en", "--lang", "az"], /--lang is given twice/],
      [
        ["events", "--delimiter", ";", "--delimiter=|"],
        /--delimiter is given twice \(";", then "\|"\)/,
      ],
      [["events", "--from", "2000", "--from", "2001"], /--from is given twice/],
      [["--format", "csv", "--format", "sqlite", "--out", "x"], /--format is given twice/],
    ];
    for (const [argv, message] of cases) await expectRefused(argv, message);
    // a flag twice means what it means once
    const twice = await runCaptured(["--out-dir", "a", "--force", "--force", "-q"]);
    expect([twice.code, twice.exports[0]?.force]).toEqual([0, true]);
  });

  it("refuses --columns naming a column twice", async () => {
    await expectRefused(["events", "--columns", "id,id"], /--columns names id twice/);
    await expectRefused(["events", "--columns", "id,start, id"], /--columns names id twice/);
  });

  it("refuses a delimiter that can occur in a number or a boolean, which are never quoted", async () => {
    for (const delimiter of [".", "-", "+", "e", "E", "1", "0", "t", "a", "ş"]) {
      await expectRefused(
        ["operations", "--delimiter", delimiter],
        /numbers and booleans are written unquoted/,
      );
    }
    // what is allowed keeps every row as wide as the header, numbers included
    for (const delimiter of [";", "|", " ", "#"]) {
      const ran = await runCaptured(["operations", "--delimiter", delimiter]);
      expect(ran.code).toBe(0);
      const rows = parseCsv(ran.stdout, delimiter);
      expect(rows.length).toBeGreaterThan(0);
    }
  });
});
