// --force replaces the files this tool wrote, as its own record says, and never a file that a user
// added to the folder, even one the folder's datapackage.json (which users edit) lists.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asMap, contentsOf, NEW, OLD, scratch } from "../test/write-fixtures.js";
import { writtenNames } from "./formats.js";
import { inspectContents, writeExport } from "./write.js";
import { RECORD } from "./write-fs.js";

/** Adds the user's own table to the folder and to its datapackage.json, a normal Frictionless edit. */
function addUserTable(dir: string): void {
  writeFileSync(join(dir, "my-analysis.csv"), "mine\r\n");
  const path = join(dir, "datapackage.json");
  const descriptor = JSON.parse(readFileSync(path, "utf8"));
  descriptor.resources.push({ name: "my-analysis", path: "my-analysis.csv" });
  writeFileSync(path, JSON.stringify(descriptor));
}

const written = writtenNames([{ name: "a" }, { name: "b" }, { name: "gone" }, { name: "added" }]);

describe("--force and the folder's record of its files", () => {
  it("records the files a folder export wrote, and replaces them with the next", async () => {
    const root = scratch();
    const dir = join(root, "out");
    await writeExport(dir, OLD, { cwd: root });
    const record = JSON.parse(readFileSync(join(dir, RECORD), "utf8"));
    expect(record).toMatchObject({ tool: "aznato-csv", files: OLD.map((f) => f.path) });
    await writeExport(dir, NEW, { cwd: root, force: true });
    expect(JSON.parse(readFileSync(join(dir, RECORD), "utf8")).files).toEqual(
      NEW.map((f) => f.path),
    );
    expect(contentsOf(dir)).toEqual(asMap(NEW));
  });

  it("refuses a user's file that datapackage.json lists, touching nothing", async () => {
    const root = scratch();
    const dir = join(root, "out");
    await writeExport(dir, OLD, { cwd: root });
    addUserTable(dir);
    const before = contentsOf(dir);
    await expect(writeExport(dir, NEW, { cwd: root, force: true, written })).rejects.toThrow(
      /not an earlier aznato-csv export \(it holds "my-analysis\.csv"\)/,
    );
    expect(contentsOf(dir)).toEqual(before);
    expect(readFileSync(join(dir, "my-analysis.csv"), "utf8")).toBe("mine\r\n");
  });

  it("takes an export of 0.2.0 (no record) only where each file is one this tool writes", async () => {
    const legacy = () => {
      const dir = scratch();
      for (const file of OLD) writeFileSync(join(dir, file.path), file.bytes);
      return dir;
    };
    const dir = legacy();
    expect(inspectContents(dir, "out", undefined, written)).toMatchObject({ kind: "export" });
    // without knowing the names this tool writes, nothing is known to be its own
    expect(() => inspectContents(dir, "out")).toThrow(/not an earlier aznato-csv export/);
    const edited = legacy();
    addUserTable(edited);
    expect(() => inspectContents(edited, "out", undefined, written)).toThrow(
      /it holds "my-analysis\.csv"/,
    );
    await writeExport(dir, NEW, { cwd: scratch(), force: true, written });
    expect(contentsOf(dir)).toEqual(asMap(NEW));
    expect(existsSync(join(dir, RECORD))).toBe(true);
  });

  it("knows the names of every format's files, and no other", () => {
    const names = writtenNames([{ name: "events" }]);
    for (const name of ["events.csv", "events.tsv", "data-dictionary.csv", "datapackage.json"]) {
      expect(names(name), name).toBe(true);
    }
    for (const name of ["README.md", "LICENSE-DATA", "x.db", "x.sqlite3", "metadata.json"]) {
      expect(names(name), name).toBe(true);
    }
    for (const name of ["my-analysis.csv", "events.xls", "notes.md", "events"]) {
      expect(names(name), name).toBe(false);
    }
  });
});
