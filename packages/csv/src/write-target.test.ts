// resolveTarget when the folder the command runs in is gone (deleted, or its parent moved away).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CsvError } from "./errors.js";
import { resolveTarget } from "./write-target.js";

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
