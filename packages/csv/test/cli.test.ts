// Runs the BUILT binary (turbo builds before testing), as users do.
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@aznato/data";
import { beforeAll, describe, expect, it } from "vitest";
import { type ExportOptions, exportFiles, exportParquet, exportWorkbook } from "../src/index.js";
import { RECORD } from "../src/write-fs.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const scratch = () => mkdtempSync(join(tmpdir(), "aznato-csv-"));

function run(args: string[], cwd = root, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

/** A folder on PATH with `aznato-csv`, so documented commands run exactly as written. */
let binDir = "";
beforeAll(() => {
  expect(existsSync(cli), "build first: dist/cli.js").toBe(true);
  binDir = scratch();
  writeFileSync(
    join(binDir, "aznato-csv"),
    `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`,
  );
  chmodSync(join(binDir, "aznato-csv"), 0o755);
});

function shell(command: string, cwd: string) {
  return spawnSync("sh", ["-c", command], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PATH: `${binDir}:${process.env.PATH}` },
  });
}

function expectUserError(result: SpawnSyncReturns<string>, code: number, message: RegExp) {
  expect(result.status, result.stderr).toBe(code);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
}

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));

/** Every entry of DIR (dot files included) as hex, to compare exports byte for byte. */
const snapshotBytes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString("hex")]),
  );

/** The record a folder export keeps of its files (src/write-fs.ts): the run's manifest. */
const recordOf = (files: readonly { path: string }[]) =>
  `${JSON.stringify({ tool: "aznato-csv", files: files.map((f) => f.path), record: true })}\n`;

/** The files of the export, and the record of them, as snapshotBytes() shows a folder. */
const expectedBytes = (options: ExportOptions) => {
  const files = exportFiles(options);
  return Object.fromEntries(
    [...files, { path: RECORD, bytes: new TextEncoder().encode(recordOf(files)) }]
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((f) => [f.path, Buffer.from(f.bytes).toString("hex")]),
  );
};

describe("aznato-csv, bad input", () => {
  it("exits 2 naming the valid collections for an unknown collection", () => {
    expectUserError(run(["evnts"]), 2, /Unknown table "evnts": use one of .*\bevents\b/);
  });

  it("exits 2 naming the valid columns for an unknown column", () => {
    expectUserError(
      run(["events", "--columns", "id,when"]),
      2,
      /Unknown column "when".*use one of id, title, start/,
    );
    expectUserError(run(["events", "--exclude-columns", "nope"]), 2, /Unknown column "nope"/);
  });

  it("exits 2 naming the valid options for an unknown option or value", () => {
    expectUserError(
      run(["events", "--colums", "id"]),
      2,
      /Unknown option --colums: use one of --out-dir, .*--columns/,
    );
    expectUserError(
      run(["events", "--lang", "ru"]),
      2,
      /Unknown --lang "ru": use one of en, az, all/,
    );
    expectUserError(run(["events", "--from", "May 1994"]), 2, /Invalid --from "May 1994"/);
    expectUserError(run(["areas", "--to", "2000"]), 2, /dated collections only: .*events/);
    expectUserError(run([]), 2, /Name a table .*or give --out-dir DIR or --sqlite FILE/);
  });

  it("exits 1 when DIR is a file, leaving the file alone", () => {
    const dir = scratch();
    const file = join(dir, "export");
    writeFileSync(file, "keep me");
    expectUserError(run(["--out-dir", file]), 1, /--out-dir .*export is a file, not a folder/);
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(readdirSync(dir)).toEqual(["export"]);
  });

  it("exits 1 when DIR holds anything but an earlier export, --force or not, touching nothing", () => {
    const dir = scratch();
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    for (const force of [[], ["--force"]]) {
      expectUserError(
        run(["--out-dir", out, ...force]),
        1,
        /out is not empty and not an earlier aznato-csv export \(it holds "notes.txt"\)/,
      );
    }
    expect(snapshot(out)).toEqual({ "notes.txt": "mine" });
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("refuses the current folder, an empty name, the home folder and the root, --force or not", () => {
    // nested in a scratch folder, so that even a broken refusal could only harm scratch folders
    const project = join(scratch(), "work", "project");
    mkdirSync(join(project, ".git"), { recursive: true });
    writeFileSync(join(project, ".git", "HEAD"), "ref: refs/heads/main\n");
    writeFileSync(join(project, "export.csv"), "mine");
    const home = scratch();
    const env = { HOME: home };
    for (const [outDir, why] of [
      [".", "it is the current folder"],
      ["", "the name is empty"],
      ["..", "it holds the current folder"],
      [home, "it is your home folder"],
      ["/", "it is the root folder"],
    ] as const) {
      expectUserError(
        run(["--out-dir", outDir, "--force"], project, env),
        1,
        new RegExp(`Refusing --out-dir ${outDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: ${why}`),
      );
    }
    expect(readdirSync(project).sort()).toEqual([".git", "export.csv"]);
    expect(readFileSync(join(project, ".git", "HEAD"), "utf8")).toBe("ref: refs/heads/main\n");
    expect(readdirSync(home)).toEqual([]);
  });

  it("exits 1 in one line for a path through a file, a name too long, a link to nothing", () => {
    const dir = scratch();
    writeFileSync(join(dir, "file"), "");
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    expectUserError(
      run(["--out-dir", "file/out"], dir),
      1,
      /Cannot use --out-dir file\/out: a part of the path is a file, not a folder \(ENOTDIR\)/,
    );
    expectUserError(run(["--out-dir", "x".repeat(300)], dir), 1, /name too long \(ENAMETOOLONG\)/);
    expectUserError(
      run(["--out-dir", "dangling"], dir),
      1,
      /--out-dir dangling is a symbolic link to nothing/,
    );
    expect(readdirSync(dir).sort()).toEqual(["dangling", "file"]);
  });

  it("exits 1 when DIR cannot be written", () => {
    // root ignores file modes, so a folder the kernel refuses to create stands in for it
    expectUserError(
      run(["--out-dir", "/proc/aznato-csv-export"]),
      1,
      /Cannot write --out-dir \/proc\/aznato-csv-export/,
    );
    expect(existsSync("/proc/aznato-csv-export")).toBe(false);
    expectUserError(run(["--out-dir", "/proc/self"]), 1, /is not writable/);
    // a parent that refuses new folders: read-only for a user; root ignores modes, but not sysfs
    const dir = scratch();
    const parent = process.getuid?.() === 0 ? "/sys" : join(dir, "locked");
    if (parent !== "/sys") {
      mkdirSync(parent);
      chmodSync(parent, 0o555);
    }
    expectUserError(
      run(["--out-dir", join(parent, "aznato-csv-export")]),
      1,
      /Cannot write --out-dir .*aznato-csv-export: (permission denied|operation not permitted|read-only file system)/,
    );
    expect(existsSync(join(parent, "aznato-csv-export"))).toBe(false);
    if (parent !== "/sys") chmodSync(parent, 0o755);
  });
});

describe("aznato-csv --out-dir", () => {
  it("writes the same files as exportFiles(), byte for byte, and again identically", () => {
    const dir = scratch();
    expect(run(["--out-dir", join(dir, "a")]).status).toBe(0);
    expect(run(["--out-dir", join(dir, "b")]).status).toBe(0);
    const files = exportFiles();
    expect(readdirSync(join(dir, "a")).sort()).toEqual(
      [...files.map((f) => f.path), RECORD].sort(),
    );
    expect(readFileSync(join(dir, "a", RECORD), "utf8")).toBe(recordOf(files));
    for (const file of files) {
      const a = readFileSync(join(dir, "a", file.path));
      expect(a.equals(file.bytes), file.path).toBe(true);
      expect(a.equals(readFileSync(join(dir, "b", file.path))), file.path).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(["a", "b"]);
  });

  it("replaces an earlier export with --force, in place, leaving no temporary files", () => {
    const dir = scratch();
    const out = join(dir, "out");
    expect(run(["--out-dir", out, "--tsv"]).status).toBe(0);
    chmodSync(out, 0o750);
    const before = statSync(out);
    expectUserError(
      run(["--out-dir", out]),
      1,
      /holds an earlier export: add --force to replace it/,
    );
    const result = run(["--out-dir", out, "--force", "--excel"]);
    expect(result.status, result.stderr).toBe(0);
    expect(snapshotBytes(out)).toEqual(expectedBytes({ excel: true }));
    const after = statSync(out);
    expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("writes through a symbolic link to a folder, leaving the link in place", () => {
    const dir = scratch();
    mkdirSync(join(dir, "real"));
    symlinkSync("real", join(dir, "link"));
    expect(run(["--out-dir", "link"], dir).status).toBe(0);
    expect(run(["--out-dir", "link", "--force", "--lf"], dir).status).toBe(0);
    expect(lstatSync(join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(snapshotBytes(join(dir, "real"))).toEqual(expectedBytes({ lf: true }));
  });
});

/** The built CLI, held still by the test pause hook (see PAUSE_VARIABLE in src/main.ts). */
function spawnPaused(args: string[], at: string) {
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, AZNATO_CSV_TEST_PAUSE: at },
  });
  let stderr = "";
  const paused = new Promise<void>((done, fail) => {
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      if (stderr.includes(`aznato-csv: paused at ${at}\n`)) done();
    });
    child.on("exit", () => fail(new Error(`exited before the pause: ${stderr}`)));
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) =>
    child.on("exit", (code, signal) => done({ code, signal })),
  );
  return {
    child,
    paused,
    exited,
    /** stderr after the pause marker */
    stderr: () => stderr.replace(`aznato-csv: paused at ${at}\n`, ""),
  };
}

describe("aznato-csv --out-dir, signals and concurrent runs", () => {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`stops at ${signal} mid-write with exit ${code}, leaving the earlier export and no temporary files`, async () => {
      const dir = scratch();
      const out = join(dir, "out");
      expect(run(["--out-dir", out, "--tsv"]).status).toBe(0);
      const before = snapshotBytes(out);
      const run2 = spawnPaused(["--out-dir", out, "--force"], "staged:5");
      await run2.paused;
      run2.child.kill(signal);
      expect(await run2.exited).toEqual({ code, signal: null });
      expect(run2.stderr()).toMatch(
        new RegExp(
          `^aznato-csv: Interrupted \\(${signal}\\): --out-dir .*out was left as it was\n$`,
        ),
      );
      expect(snapshotBytes(out)).toEqual(before);
      expect(readdirSync(dir)).toEqual(["out"]);
    });
  }

  it("removes the folder it created when stopped before anything was in place", async () => {
    const dir = scratch();
    const paused = spawnPaused(["--out-dir", join(dir, "new", "out")], "staged:1");
    await paused.paused;
    paused.child.kill("SIGINT");
    expect((await paused.exited).code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a second export into the same folder while the first runs", async () => {
    const dir = scratch();
    const out = join(dir, "out");
    const first = spawnPaused(["--out-dir", out], "staged:3");
    await first.paused;
    const second = run(["--out-dir", out, "--force"]);
    expectUserError(
      second,
      1,
      new RegExp(`is being written by another aznato-csv \\(pid ${first.child.pid}\\)`),
    );
    first.child.stdin.end("\n");
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.stderr()).toMatch(/^aznato-csv: wrote \d+ files .* to .*out\n$/);
    expect(snapshotBytes(out)).toEqual(expectedBytes({}));
  });

  it("cleans up after a run killed with SIGKILL while staging: lock and temporary files", async () => {
    const dir = scratch();
    const out = join(dir, "out");
    const killed = spawnPaused(["--out-dir", out], "staged:4");
    await killed.paused;
    killed.child.kill("SIGKILL");
    await killed.exited;
    expect(readdirSync(out).sort()).toEqual([".aznato-csv-staging", ".aznato-csv.lock"]);
    const next = run(["--out-dir", out]);
    expect(next.status, next.stderr).toBe(0);
    expect(snapshotBytes(out)).toEqual(expectedBytes({}));
  });

  it("finishes the switch-over of a run killed with SIGKILL half way through it", async () => {
    const dir = scratch();
    const out = join(dir, "out");
    expect(run(["--out-dir", out, "--tsv"]).status).toBe(0);
    // after every earlier file is aside and half the new ones are in
    const count = exportFiles().length;
    const at = `swapped:${count + Math.floor(count / 2)}`;
    const killed = spawnPaused(["--out-dir", out, "--force", "--lf"], at);
    await killed.paused;
    killed.child.kill("SIGKILL");
    await killed.exited;
    // half of each, and no datapackage.json to describe either
    const names = readdirSync(out);
    expect(names.some((n) => n.endsWith(".csv"))).toBe(true);
    expect(names).not.toContain("datapackage.json");
    // the next run completes the killed run's export, then refuses to replace it without --force
    expectUserError(run(["--out-dir", out]), 1, /holds an earlier export: add --force/);
    expect(snapshotBytes(out)).toEqual(expectedBytes({ lf: true }));
  });
});

describe("aznato-csv TABLE", () => {
  it("writes one table to stdout", () => {
    const result = run(["events"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\r\n");
    expect(lines[0]?.startsWith("id,title,start,start_year,start_sort,end")).toBe(true);
    expect(lines.length - 2).toBe(dataset.events.length);
  });

  it("stops quietly when the reader closes the pipe (| head)", async () => {
    const child = spawn(process.execPath, [cli, "sources", "--no-header"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise((done) => child.on("exit", done));
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const code = await exited;
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const piped = shell("aznato-csv events | head -c 10", root);
    expect(piped.stderr).toBe("");
  });

  it("reports a full disk in one line with exit 1 (> /dev/full)", () => {
    expect(existsSync("/dev/full"), "/dev/full").toBe(true);
    const result = shell("aznato-csv events > /dev/full", root);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "aznato-csv: Cannot write to standard output: no space left on device (ENOSPC)\n",
    );
  });

  it("answers odd arguments in one line, never a stack trace (a few of the in-process fuzz cases)", () => {
    for (const argv of [
      ["--out-dir"],
      ["--delimiter"],
      ["ev\nents"],
      ["--colums\r\nx", "events"],
      ["-Vx"],
      ["events", "--lang", "\u2028"],
      ["--=x"],
      ["-", "--", "--help"],
    ]) {
      const result = run(argv);
      expect([1, 2], JSON.stringify(argv)).toContain(result.status);
      expect(result.stderr).toMatch(/^aznato-csv: [^\n]*\n$/);
      expect(result.stdout).toBe("");
    }
  });

  it("writes the Excel profile with --excel: BOM, CRLF, escaped formulas", () => {
    const result = spawnSync(process.execPath, [cli, "events", "--excel"]);
    expect([...result.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(result.stdout.toString("utf8")).toContain("\r\n");
  });

  it("prints the version with the data's as-of date, and the tables with --list", () => {
    const version = run(["--version"]).stdout;
    expect(version).toContain(dataset.meta.version);
    expect(version).toContain(dataset.meta.asOf);
    const list = run(["--list"]).stdout;
    expect(list).toMatch(/^events: /m);
    expect(list).toMatch(/^ {2}end +Last day, for events that span days\./m);
    expect(list).toMatch(/^event_people: /m);
  });
});

function examples(textBlock: string): string[] {
  return textBlock
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("aznato-csv ") || line.startsWith("aznato-csv\n"));
}

describe("documented commands", () => {
  it("runs every example of --help", () => {
    const help = run(["--help"]).stdout;
    const section = help.slice(help.indexOf("Examples:"));
    const commands = examples(section);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const result = shell(command, scratch());
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
      // files written are reported in one line; a table to stdout says nothing
      expect(result.stderr, command).toMatch(/^(aznato-csv: wrote [^\n]*\n)?$/);
    }
  });

  it("runs every command in README.md, in order, with the exit code its comment names", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    const commands = blocks.flatMap(examples);
    expect(commands.length).toBeGreaterThan(3);
    const cwd = scratch();
    for (const command of commands) {
      // `aznato-csv … # exits 1: why` documents a refusal
      const code = Number(/#\s*exits (\d+)/.exec(command)?.[1] ?? 0);
      const result = shell(command, cwd);
      expect(result.status, `${command}\n${result.stderr}`).toBe(code);
      if (code !== 0) expect(result.stderr).toMatch(/^aznato-csv: [^\n]*\n$/);
    }
  });
});

// a workbook takes seconds to write on a loaded machine, and these tests write several
describe("aznato-csv --xlsx and --parquet", { timeout: 300_000 }, () => {
  it("--xlsx FILE writes the workbook exportWorkbook() makes, and refuses what is not its own", async () => {
    const dir = scratch();
    const result = run(["--xlsx", "aznato.xlsx"], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^aznato-csv: wrote aznato\.xlsx [^\n]*\n$/);
    const written = readFileSync(join(dir, "aznato.xlsx"));
    expect(written.equals(await exportWorkbook())).toBe(true);
    expectUserError(run(["--xlsx", "aznato.xlsx"], dir), 1, /add --force/);
    expect(run(["--xlsx", "aznato.xlsx", "--force", "--lang", "az"], dir).status).toBe(0);
    expect(
      readFileSync(join(dir, "aznato.xlsx")).equals(await exportWorkbook({ lang: "az" })),
    ).toBe(true);
    // a workbook of another program, or any other file: never replaced, --force or not
    writeFileSync(join(dir, "budget.xlsx"), "not a workbook of aznato-csv");
    for (const force of [[], ["--force"]]) {
      expectUserError(run(["--xlsx", "budget.xlsx", ...force], dir), 1, /budget\.xlsx/);
    }
    expect(readFileSync(join(dir, "budget.xlsx"), "utf8")).toBe("not a workbook of aznato-csv");
    expect(readdirSync(dir).sort()).toEqual(["aznato.xlsx", "budget.xlsx"]);
  });

  it("refuses a wrong name or CSV options for --xlsx, and --parquet with another folder, in one line", () => {
    expectUserError(
      run(["--xlsx", "aznato.csv"]),
      2,
      /--xlsx needs a workbook file name ending in \.xlsx/,
    );
    expectUserError(run(["--xlsx", "a.xlsx", "--excel"]), 2, /--excel sets the CSV format/);
    expectUserError(run(["--parquet", "out", "--bom"]), 2, /--bom sets the CSV format/);
    expectUserError(
      run(["--out-dir", "out", "--parquet", "pq"]),
      2,
      /--parquet writes a folder of its own, and --out-dir another: give one of them/,
    );
    expectUserError(run(["--format", "xlsx", "--out-dir", "out"]), 2, /use --out FILE/);
  });

  it("leaves the earlier workbook whole when a write fails or is stopped", async () => {
    const dir = scratch();
    expect(run(["--xlsx", "aznato.xlsx", "--from", "2004", "--to", "2004"], dir).status).toBe(0);
    const before = readFileSync(join(dir, "aznato.xlsx"));
    const stopped = spawnPaused(["--xlsx", join(dir, "aznato.xlsx"), "--force"], "staged:1");
    await stopped.paused;
    stopped.child.kill("SIGTERM");
    expect(await stopped.exited).toEqual({ code: 143, signal: null });
    expect(stopped.stderr()).toMatch(/^aznato-csv: Interrupted \(SIGTERM\): [^\n]*\n$/);
    expect(readFileSync(join(dir, "aznato.xlsx")).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["aznato.xlsx"]);
    // a folder the kernel refuses to write in: one line, nothing made
    expectUserError(run(["--xlsx", "/proc/aznato.xlsx"]), 1, /\/proc\/aznato\.xlsx/);
  });

  it("--parquet DIR writes the Parquet export, replaces only an earlier one, and survives a stop", async () => {
    const dir = scratch();
    const out = join(dir, "pq");
    const result = run(["--parquet", out]);
    expect(result.status, result.stderr).toBe(0);
    const files = await exportParquet();
    // and the record of the files this run wrote, which --force alone may replace
    expect(readdirSync(out).sort()).toEqual([...files.map((f) => f.path), RECORD].sort());
    expect(readFileSync(join(out, RECORD), "utf8")).toBe(recordOf(files));
    for (const file of files) {
      expect(readFileSync(join(out, file.path)).equals(file.bytes), file.path).toBe(true);
    }
    expectUserError(run(["--parquet", out]), 1, /holds an earlier export: add --force/);
    const before = snapshotBytes(out);
    const stopped = spawnPaused(["--parquet", out, "--force", "--lang", "en"], "staged:5");
    await stopped.paused;
    stopped.child.kill("SIGINT");
    expect(await stopped.exited).toEqual({ code: 130, signal: null });
    expect(snapshotBytes(out)).toEqual(before);
    expect(run(["--parquet", out, "--force", "--lang", "en"]).status).toBe(0);
    // --lang en has one name column: the new places.parquet is another file
    expect(readFileSync(join(out, "places.parquet")).toString("hex")).not.toBe(
      before["places.parquet"],
    );
    // a folder with anything else in it is never touched
    const other = join(dir, "mine");
    mkdirSync(other);
    writeFileSync(join(other, "notes.txt"), "mine");
    for (const force of [[], ["--force"]]) {
      expectUserError(run(["--parquet", other, ...force]), 1, /not an earlier aznato-csv export/);
    }
    expect(snapshot(other)).toEqual({ "notes.txt": "mine" });
  });
});
