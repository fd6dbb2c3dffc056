// The BUILT binary in odd working folders and with odd names, as a shell runs it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "aznato-csv-cwd-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `sh -c script` in `cwd` with the binary as "$CLI" and the arguments as "$@". */
function sh(cwd: string, script: string, args: string[] = []) {
  return spawnSync("sh", ["-c", script, "sh", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CLI: cli },
  });
}

function expectOneLine(run: ReturnType<typeof sh>, code: number, message: string) {
  expect(run.status, run.stderr).toBe(code);
  expect(run.stderr.trimEnd().split("\n")).toEqual([`aznato-csv: ${message}`]);
}

describe("a deleted current folder", () => {
  it("refuses a relative --out-dir or --sqlite in one line", () => {
    for (const flag of ["--out-dir", "--sqlite"]) {
      const name = flag === "--sqlite" ? "a.db" : "out";
      const run = sh(
        scratch,
        `mkdir -p gone && cd gone && rmdir ../gone && exec node "$CLI" ${flag} ${name}`,
      );
      expectOneLine(
        run,
        1,
        `${flag} ${name} is relative to the current folder, which no longer exists: cd into a folder that exists, or give an absolute path`,
      );
    }
  });

  it("writes to an absolute --out-dir, and a table to stdout", () => {
    const out = join(scratch, "absolute-out");
    const run = sh(
      scratch,
      'mkdir -p gone2 && cd gone2 && rmdir ../gone2 && node "$CLI" --out-dir "$1" --quiet && exec node "$CLI" events --columns id',
      [out],
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split("\r\n")[0]).toBe("id");
    expect(readdirSync(out)).toContain("events.csv");
  });
});

describe("odd names", () => {
  it.each([
    ["spaces", "my export"],
    ["unicode", "çıxış-ə-😀"],
    ["a newline", "line\nbreak"],
    ["255 bytes", "a".repeat(255)],
    ["a leading dash, written with =", "-dash"],
  ])("writes an --out-dir with %s", (_what, name) => {
    const dir = mkdtempSync(join(scratch, "names-"));
    const run = sh(dir, 'exec node "$CLI" "--out-dir=$1" --quiet', [name]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(dir, name))).toContain("datapackage.json");
  });

  it("refuses a name over the file system's limit in one line", () => {
    const run = sh(scratch, 'exec node "$CLI" --out-dir "$1"', ["a".repeat(256)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^aznato-csv: Cannot use --out-dir a+: name too long \(ENAMETOOLONG\)\n$/,
    );
  });

  it("runs in a current folder reached through a symbolic link", () => {
    const real = join(scratch, "real");
    mkdirSync(real);
    symlinkSync(real, join(scratch, "via-link"));
    const run = sh(join(scratch, "via-link"), 'exec node "$CLI" --sqlite aznato.db --quiet');
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(real, "aznato.db"))).toBe(true);
  });
});
