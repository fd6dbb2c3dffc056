// resolveTarget when the folder the command runs in is gone (deleted, or its parent moved away);
// inspectNames when a one-file target's name is taken by something that is not a file.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { CsvError } from "./errors.js";
import { inspectNames, resolveTarget } from "./write-target.js";

/** process.cwd() as Node fails it in a deleted folder. */
const cwdGone = () =>
  vi.spyOn(process, "cwd").mockImplementation(() => {
    throw Object.assign(new Error("ENOENT: no such file or directory, uv_cwd"), {
      code: "ENOENT",
      syscall: "uv_cwd",
    });
  });

describe("resolveTarget in a deleted current folder", () => {
  afterEach(() => vi.restoreAllMocks());

  it("refuses a relative DIR in one line that says what to do", () => {
    cwdGone();
    const refuse = () => resolveTarget("out", "--out-dir out", { home: tmpdir() });
    expect(refuse).toThrow(CsvError);
    expect(refuse).toThrow(
      "--out-dir out is relative to the current folder, which no longer exists: cd into a folder that exists, or give an absolute path",
    );
  });

  it("still writes to an absolute DIR, and still refuses the root there", () => {
    const root = mkdtempSync(join(tmpdir(), "aznato-csv-gone-"));
    try {
      cwdGone();
      const dir = join(root, "out");
      expect(resolveTarget(dir, `--out-dir ${dir}`, { home: tmpdir() })).toEqual({
        dir,
        exists: false,
      });
      expect(() => resolveTarget("/", "--out-dir /", { home: tmpdir() })).toThrow(
        /it is the root folder/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("inspectNames with a name taken by something else", () => {
  const dir = mkdtempSync(join(tmpdir(), "aznato-csv-names-"));
  mkdirSync(join(dir, "folder.db"));
  symlinkSync(join(dir, "nowhere.db"), join(dir, "dangling.db"));
  writeFileSync(join(dir, "real.db"), "own");
  symlinkSync(join(dir, "real.db"), join(dir, "link.db"));
  execFileSync("mkfifo", [join(dir, "fifo.db")]);
  const own = () => true;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["folder.db", "a folder"],
    ["dangling.db", "a symbolic link"],
    ["link.db", "a symbolic link"],
    ["fifo.db", "a named pipe (FIFO)"],
  ])("refuses %s, saying it is %s, without opening it", (name, kind) => {
    const files = [{ path: name, bytes: new Uint8Array() }];
    expect(() => inspectNames(dir, `--sqlite ${name}`, files, own)).toThrow(
      `--sqlite ${name}: "${name}" is ${kind}, not a file written by aznato-csv; choose another name or folder`,
    );
  });

  it("takes a regular file its owner check recognises", () => {
    const files = [{ path: "real.db", bytes: new Uint8Array() }];
    expect(inspectNames(dir, "--sqlite real.db", files, own)).toEqual(["real.db"]);
  });
});
