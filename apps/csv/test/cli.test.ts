// Runs the BUILT binary (turbo builds before testing), as users do.
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset } from "@aznato/data";
import { beforeAll, describe, expect, it } from "vitest";
import { exportFiles } from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const scratch = () => mkdtempSync(join(tmpdir(), "aznato-csv-"));

function run(args: string[], cwd = root): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
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

describe("aznato-csv, bad input", () => {
  it("exits 2 naming the valid collections for an unknown collection", () => {
    expectUserError(run(["evnts"]), 2, /Unknown collection "evnts": use one of .*\bevents\b/);
  });

  it("exits 2 naming the valid columns for an unknown column", () => {
    expectUserError(
      run(["events", "--columns", "id,when"]),
      2,
      /Unknown column "when".*use one of id, title, date/,
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
    expectUserError(run([]), 2, /Name a table .*or give --out-dir/);
  });

  it("exits 1 when DIR is a file, leaving the file alone", () => {
    const dir = scratch();
    const file = join(dir, "export");
    writeFileSync(file, "keep me");
    expectUserError(run(["--out-dir", file]), 1, /--out-dir .*export is a file, not a folder/);
    expect(readFileSync(file, "utf8")).toBe("keep me");
    expect(readdirSync(dir)).toEqual(["export"]);
  });

  it("exits 1 when DIR is not empty and --force is missing, touching nothing", () => {
    const dir = scratch();
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    expectUserError(run(["--out-dir", out]), 1, /is not empty: add --force/);
    expect(snapshot(out)).toEqual({ "notes.txt": "mine" });
    expect(readdirSync(dir)).toEqual(["out"]);
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
    if (process.getuid?.() !== 0) {
      const dir = scratch();
      const locked = join(dir, "locked");
      mkdirSync(locked);
      chmodSync(dir, 0o555);
      expectUserError(run(["--out-dir", join(locked, "out")]), 1, /Cannot write --out-dir/);
      chmodSync(dir, 0o755);
    }
  });
});

describe("aznato-csv --out-dir", () => {
  it("writes the same files as exportFiles(), byte for byte, and again identically", () => {
    const dir = scratch();
    expect(run(["--out-dir", join(dir, "a")]).status).toBe(0);
    expect(run(["--out-dir", join(dir, "b")]).status).toBe(0);
    const files = exportFiles();
    expect(readdirSync(join(dir, "a")).sort()).toEqual(files.map((f) => f.path).sort());
    for (const file of files) {
      const a = readFileSync(join(dir, "a", file.path));
      expect(a.equals(file.bytes), file.path).toBe(true);
      expect(a.equals(readFileSync(join(dir, "b", file.path))), file.path).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(["a", "b"]);
  });

  it("replaces a previous export with --force, leaving no temporary folders", () => {
    const dir = scratch();
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "stale.csv"), "old");
    const result = run(["--out-dir", out, "--force", "--excel"]);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(out, "stale.csv"))).toBe(false);
    expect([...readFileSync(join(out, "events.csv")).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  it("leaves either the previous export or the new one when interrupted, never a mix", async () => {
    const dir = scratch();
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "previous.csv"), "old");
    const expected = exportFiles()
      .map((f) => f.path)
      .sort();
    for (const delay of [20, 60, 100, 140, 180, 220, 260, 300]) {
      const child = spawn(process.execPath, [cli, "--out-dir", out, "--force"], {
        stdio: "ignore",
      });
      const exited = new Promise((done) => child.on("exit", done));
      await new Promise((done) => setTimeout(done, delay));
      child.kill("SIGINT");
      await exited;
      const names = readdirSync(out).sort();
      expect([["previous.csv"], expected]).toContainEqual(names);
      expect(readdirSync(dir)).toEqual(["out"]);
    }
  });
});

describe("aznato-csv TABLE", () => {
  it("writes one table to stdout", () => {
    const result = run(["events"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\r\n");
    expect(lines[0]?.startsWith("id,title,date")).toBe(true);
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
    expect(list).toMatch(/^ {2}end_date +Last day, for events that span days\./m);
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
      expect(result.stderr, command).toBe("");
    }
  });

  it("runs every command in README.md", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    const commands = blocks.flatMap(examples);
    expect(commands.length).toBeGreaterThan(3);
    const cwd = scratch();
    for (const command of commands) {
      const result = shell(command, cwd);
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
    }
  });
});
