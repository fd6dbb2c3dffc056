// One --format instead of modes chosen by which flags are present; today's flags are shortcuts for
// the same jobs, and contradictions are refused in one line.
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test/captured.js";

describe("--format and its shortcuts", () => {
  it("runs the same job through --format NAME --out PATH as through today's flags", async () => {
    const pairs: [string[], string[]][] = [
      [
        ["--format", "csv", "--out", "out"],
        ["--out-dir", "out"],
      ],
      [
        ["--format", "tsv", "--out", "out"],
        ["--out-dir", "out", "--tsv"],
      ],
      [
        ["--format", "sqlite", "--out", "data/x.db"],
        ["--sqlite", "data/x.db"],
      ],
      [
        ["--out", "data/x.sqlite"],
        ["--sqlite", "data/x.sqlite"],
      ],
      [
        ["--format", "csv", "--out", "out", "--sqlite", "x.db"],
        ["--out-dir", "out", "--sqlite", "x.db"],
      ],
    ];
    for (const [canonical, shortcut] of pairs) {
      const a = await runCaptured(canonical);
      const b = await runCaptured(shortcut);
      expect(a.code, canonical.join(" ")).toBe(0);
      expect(a.exports, canonical.join(" ")).toEqual(b.exports);
      expect(a.exports).toHaveLength(1);
    }
    const tsv = await runCaptured(["areas", "--format", "tsv"]);
    expect(tsv.stdout).toBe((await runCaptured(["areas", "--tsv"])).stdout);
    expect(tsv.stdout.split("\r\n")[0]).toContain("\t");
    // each builds the export, some the database: slow on a shared machine
  }, 300_000);

  it("refuses what a format contradicts or cannot do, in one line with exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [["--format", "xlsy", "--out", "x"], /Unknown --format "xlsy": use one of csv, tsv, sqlite/],
      [["--out", "a", "--out-dir", "b"], /--out and --out-dir both say where to write/],
      [["--format", "csv", "--tsv", "--out", "a"], /--tsv is --format tsv, not --format csv/],
      [
        ["--format", "sqlite", "--out-dir", "a"],
        /--out-dir names a folder, and --format sqlite writes one file/,
      ],
      [["--format", "csv", "--sqlite", "x.db"], /--sqlite writes sqlite, not --format csv/],
      [["--format", "sqlite", "events"], /--format sqlite writes a file, not a table to stdout/],
      [
        ["--format", "sqlite", "--out", "x.db", "--lf"],
        /--lf sets the CSV format, and --format sqlite alone writes no CSV/,
      ],
      [
        ["--format", "sqlite", "--out", "x.csv"],
        /--out needs a database file name ending in \.db, \.sqlite or \.sqlite3/,
      ],
      [["--out", "x.db", "--sqlite", "y.db"], /--sqlite has no folder to join/],
      [
        ["--format", "csv", "--out", "a", "--sqlite", "db/x.db"],
        /With --out, --sqlite names a file inside DIR/,
      ],
    ];
    for (const [argv, message] of cases) {
      const ran = await runCaptured(argv);
      expect([ran.code, ran.stdout, ran.exports], argv.join(" ")).toEqual([2, "", []]);
      expect(ran.stderr, argv.join(" ")).toMatch(/^aznato-csv: [^\n]*\n$/);
      expect(ran.stderr, argv.join(" ")).toMatch(message);
    }
  });
});
