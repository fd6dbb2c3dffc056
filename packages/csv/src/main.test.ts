// The command line in-process: fast enough to fuzz. test/cli.test.ts runs a few of these through the
// built binary.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Ran, runCaptured } from "../test/captured.js";

function expectOneLineOrNone(ran: Ran): void {
  expect([0, 1, 2]).toContain(ran.code);
  expect(ran.stderr).not.toMatch(/\n\s+at |Error:/);
  if (ran.code === 0) {
    // a run that wrote files says so in one line; any other success is silent on stderr
    expect(ran.stderr).toMatch(ran.exports.length > 0 ? /^aznato-csv: wrote [^\n]*\n$|^$/ : /^$/);
  } else {
    expect(ran.stderr).toMatch(/^aznato-csv: [^\n]*\n$/);
    expect(ran.stdout).toBe("");
  }
}

const options = [
  "--out-dir",
  "--sqlite",
  "--quiet",
  "--force",
  "--columns",
  "--exclude-columns",
  "--from",
  "--to",
  "--lang",
  "--delimiter",
  "--tsv",
  "--bom",
  "--excel",
  "--lf",
  "--no-header",
  "--list",
  "--version",
  "--help",
  "-V",
  "-h",
  "--",
  "-",
];
const values = [
  "events",
  "people",
  "event_people",
  "areas",
  "evnts",
  "id,date,title",
  "id,when",
  "2000",
  "1994-05",
  "May 1994",
  "en",
  "az",
  "ru",
  ";",
  "\t",
  '"',
  "",
  "out",
  "out/x.db",
  "x.db",
];
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...options) },
  { weight: 4, arbitrary: fc.constantFrom(...values) },
  // `--name=value`, unknown options, bundled short flags
  fc.tuple(fc.constantFrom(...options), fc.constantFrom(...values)).map(([o, v]) => `${o}=${v}`),
  fc.string({ unit: "grapheme", maxLength: 6 }).map((s) => `--${s}`),
  fc.string({ unit: "grapheme", maxLength: 4 }).map((s) => `-${s}`),
  // anything, control characters and line breaks included
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("\n", "a\nb", "--colums\r\nx", "\u2028", "\u0007", "-\u0000"),
);

describe("run (the command line in-process)", () => {
  it("never throws for random arguments: exit 0, 1 or 2, and one line on stderr on failure", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), async (argv) => {
        expectOneLineOrNone(await runCaptured(argv));
      }),
      { numRuns: 400 },
    );
  });

  it("reports an unexpected error in one line with exit 1", async () => {
    const ran = await runCaptured(["--out-dir", "out"], {
      writeExport: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at here");
      },
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(
      "aznato-csv: Cannot read properties of undefined (reading 'x')\\n    at here\n",
    );
    const thrown = await runCaptured(["--out-dir", "out"], {
      writeExport: () => Promise.reject("a string"),
    });
    expect([thrown.code, thrown.stderr]).toEqual([1, "aznato-csv: a string\n"]);
  });

  it("reports a failed write to stdout (a full disk) in one line with exit 1", async () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
    });
    const ran = await runCaptured(["events"], {
      stdout: () => {
        throw full;
      },
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(
      "aznato-csv: Cannot write to standard output: no space left on device (ENOSPC)\n",
    );
  });

  it("ends quietly when the reader closes the pipe", async () => {
    const closed = Object.assign(new Error("EPIPE"), { code: "EPIPE" });
    const ran = await runCaptured(["events"], {
      stdout: () => {
        throw closed;
      },
    });
    expect([ran.code, ran.stderr]).toEqual([0, ""]);
  });

  it("maps an interrupted export to 130 or 143 and releases the signal trap", async () => {
    let released = false;
    const { interruptedError } = await import("./errors.js");
    for (const [signal, code] of [
      ["SIGINT", 130],
      ["SIGTERM", 143],
    ] as const) {
      const ran = await runCaptured(["--out-dir", "out"], {
        trapSignals: () => ({
          signal: new AbortController().signal,
          release: () => {
            released = true;
          },
        }),
        writeExport: async () => {
          throw interruptedError(signal, `Interrupted (${signal})`);
        },
      });
      expect([ran.code, ran.stderr, released]).toEqual([
        code,
        `aznato-csv: Interrupted (${signal})\n`,
        true,
      ]);
    }
  });

  it("passes --out-dir and --force through, and pauses only when the test variable says so", async () => {
    const ran = await runCaptured(["--out-dir", "out", "--force", "--quiet"]);
    expect(ran.exports).toMatchObject([{ dir: "out", force: true, own: false }]);
    expect(ran.stderr).toBe("");
    let waited = 0;
    const paused = await runCaptured(["--out-dir", "out"], {
      env: { AZNATO_CSV_TEST_PAUSE: "staged:2" },
      waitForInput: async () => {
        waited++;
      },
      writeExport: async (_dir, _files, options) => {
        for (let n = 1; n <= 3; n++) await options.pause?.("staged", n);
        await options.pause?.("swapped", 2);
      },
    });
    expect([paused.code, paused.stderr.split("\n")[0], waited]).toEqual([
      0,
      "aznato-csv: paused at staged:2",
      1,
    ]);
  });

  it("reports what it wrote in one line on stderr, and nothing with --quiet", async () => {
    const ran = await runCaptured(["--out-dir", "out"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(
      /^aznato-csv: wrote \d+ files \(\d+ tables, [\d,]+ rows\) to out\n$/,
    );
    const db = await runCaptured(["--sqlite", "data/x.db"]);
    expect(db.stderr).toMatch(
      /^aznato-csv: wrote x\.db \(\d+ tables, [\d,]+ rows, [\d.]+ [kM]B\) and metadata\.json to data\n$/,
    );
    expect(db.exports).toMatchObject([
      { dir: "data", files: ["x.db", "metadata.json"], own: true },
    ]);
    const both = await runCaptured(["--out-dir", "out", "--sqlite", "x.db"]);
    expect(both.stderr).toMatch(
      /^aznato-csv: wrote \d+ files \(\d+ tables, [\d,]+ rows; x\.db, [\d.]+ [kM]B\) to out\n$/,
    );
    expect(both.exports[0]?.files).toEqual(
      expect.arrayContaining(["x.db", "metadata.json", "README.md"]),
    );
    for (const argv of [
      ["--out-dir", "out", "--quiet"],
      ["--sqlite", "x.db", "-q"],
    ]) {
      const quiet = await runCaptured(argv);
      expect([quiet.code, quiet.stderr], argv.join(" ")).toEqual([0, ""]);
    }
    // one table to stdout is its own report
    const table = await runCaptured(["areas"]);
    expect([table.code, table.stderr]).toEqual([0, ""]);
  });

  it("refuses conflicting or meaningless options in one line with exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [
        ["events", "--tsv", "--delimiter", ";"],
        /--tsv sets the delimiter to a tab: leave out --delimiter/,
      ],
      [["--out-dir", "out", "--tsv", "--delimiter", "|"], /--tsv sets the delimiter to a tab/],
      [["events", "--from", "2010", "--to", "2000"], /--from 2010 is after --to 2000/],
      [["--out-dir", "out", "--from", "2010-02", "--to", "2010-01"], /is after --to/],
      [
        ["events", "--force"],
        /--force replaces an earlier export: it applies to --out-dir, --sqlite, --xlsx or --parquet only/,
      ],
      [["--force"], /--force replaces an earlier export/],
      [
        ["--sqlite", "x.db", "--excel"],
        /--excel sets the CSV format, and --sqlite alone writes no CSV/,
      ],
      [["--sqlite", "x.db", "--delimiter", ";"], /--delimiter sets the CSV format/],
      [["--sqlite", "x.db", "events"], /--sqlite writes every table: leave out events/],
      [["--sqlite", "x.db", "--columns", "id"], /apply to one table, not to --sqlite/],
      [
        ["--out-dir", "out", "--sqlite", "db/x.db"],
        /With --out-dir, --sqlite names a file inside DIR/,
      ],
      [["--sqlite", ""], /--sqlite needs a database file name/],
      [["--sqlite", "."], /--sqlite needs a database file name ending in \.db/],
      [["--sqlite", "metadata.json"], /--sqlite needs a database file name/],
    ];
    for (const [argv, message] of cases) {
      const ran = await runCaptured(argv);
      expect([ran.code, ran.stdout, ran.exports], argv.join(" ")).toEqual([2, "", []]);
      expect(ran.stderr, argv.join(" ")).toMatch(/^aznato-csv: [^\n]*\n$/);
      expect(ran.stderr, argv.join(" ")).toMatch(message);
    }
  });
});
