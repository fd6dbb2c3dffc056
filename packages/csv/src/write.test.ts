import * as nodeFs from "node:fs";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asMap, contentsOf, encoder, NEW, OLD, scratch } from "../test/write-fixtures.js";
import { CsvError } from "./errors.js";
import type { ExportFile } from "./export.js";
import {
  acquireLock,
  type FileSystem,
  inspectContents,
  LOCK,
  PREVIOUS,
  recover,
  resolveTarget,
  STAGING,
  writeExport,
} from "./write.js";

const visible = (contents: Record<string, string>) =>
  Object.fromEntries(Object.entries(contents).filter(([name]) => !name.startsWith(".")));

/**
 * The promise made to readers of DIR at every instant: a datapackage.json, when there is one, sits
 * beside exactly the files it describes (those of the same export, byte for byte).
 */
function expectDescriptorTruthful(dir: string): void {
  const shown = visible(contentsOf(dir));
  const descriptor = shown["datapackage.json"];
  if (descriptor === undefined) return;
  const tag = JSON.parse(descriptor).tag as string;
  expect(shown).toEqual(asMap(tag === "old" ? OLD : NEW));
}

const MUTATING = new Set([
  "closeSync",
  "linkSync",
  "mkdirSync",
  "openSync",
  "renameSync",
  "rmdirSync",
  "rmSync",
  "unlinkSync",
  "writeFileSync",
  "writeSync",
]);

const killed = new Error("killed");

/**
 * node:fs, except that the `at`-th call that changes something fails: once with `code` (the run
 * goes on and must clean up), or, with `code` "KILL", for good (the process is dead: every later
 * call fails too, like a SIGKILL or a crash). `after` runs after each change that succeeded.
 */
function faultyFs(at: number, code: string, after?: () => void): FileSystem & { hit(): boolean } {
  let calls = 0;
  let dead = false;
  const fs: Record<string, unknown> = { ...nodeFs };
  for (const [name, real] of Object.entries(nodeFs)) {
    if (typeof real !== "function") continue;
    fs[name] = (...args: unknown[]) => {
      if (dead) throw killed;
      if (MUTATING.has(name)) {
        if (calls++ === at) {
          if (code === "KILL") {
            dead = true;
            throw killed;
          }
          throw Object.assign(new Error(`${code}: injected, ${name}`), { code });
        }
        const result = (real as (...a: unknown[]) => unknown)(...args);
        after?.();
        return result;
      }
      return (real as (...a: unknown[]) => unknown)(...args);
    };
  }
  return Object.assign(fs as unknown as FileSystem, { hit: () => calls > at });
}

async function withOldExport(): Promise<{ root: string; dir: string }> {
  const root = scratch();
  const dir = join(root, "out");
  await writeExport(dir, OLD, { cwd: root });
  expect(contentsOf(dir)).toEqual(asMap(OLD));
  return { root, dir };
}

async function failure(promise: Promise<void>): Promise<CsvError | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error === killed) return undefined;
    expect(error).toBeInstanceOf(CsvError);
    return error as CsvError;
  }
}

describe("resolveTarget: folders never written as a whole", () => {
  const root = scratch();
  const cwd = join(root, "project");
  const home = join(root, "home");
  mkdirSync(join(cwd, ".git"), { recursive: true });
  mkdirSync(home);
  symlinkSync(home, join(cwd, "home-link"));
  symlinkSync(join(root, "nowhere"), join(cwd, "dangling"));
  writeFileSync(join(cwd, "notes.txt"), "");
  const options = { cwd, home };

  it.each([
    ["", /Refusing --out-dir : the name is empty/],
    ["  ", /the name is empty/],
    [".", /it is the current folder/],
    ["./", /it is the current folder/],
    [cwd, /it is the current folder/],
    ["..", /it holds the current folder/],
    [home, /it is your home folder/],
    ["home-link", /it is your home folder/],
    ["/", /it is the root folder/],
    ["/..", /it is the root folder/],
    ["notes.txt", /is a file, not a folder/],
    ["dangling", /is a symbolic link to nothing/],
    ["notes.txt/out", /a part of the path is a file, not a folder \(ENOTDIR\)/],
    [`${"x".repeat(300)}`, /name too long \(ENAMETOOLONG\)/],
  ])("refuses %j", (outDir, message) => {
    expect(() => resolveTarget(outDir, `--out-dir ${outDir}`, options)).toThrow(message);
  });

  it("follows a symbolic link to a folder, and takes a new or sub folder as it is", () => {
    const real = join(root, "real");
    mkdirSync(real);
    symlinkSync(real, join(cwd, "link"));
    expect(resolveTarget("link", "link", options)).toEqual({ dir: real, exists: true });
    expect(resolveTarget("new/out", "new/out", options)).toEqual({
      dir: join(cwd, "new/out"),
      exists: false,
    });
  });
});

describe("inspectContents: what --force may replace", () => {
  it("recognises an earlier export by its datapackage.json, and nothing else", async () => {
    const { dir } = await withOldExport();
    expect(inspectContents(dir, "out")).toEqual({
      kind: "export",
      files: ["a.csv", "b.csv", "datapackage.json", "gone.csv"],
    });
    writeFileSync(join(dir, "notes.txt"), "mine");
    expect(() => inspectContents(dir, "out")).toThrow(
      /out is not empty and not an earlier aznato-csv export \(it holds "notes.txt"\)/,
    );
  });

  it("refuses a folder whose datapackage.json is another dataset's, or lists paths outside it", () => {
    const dir = scratch();
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify({ name: "other", resources: [] }));
    expect(() => inspectContents(dir, "d")).toThrow(/not an earlier aznato-csv export/);
    const sneaky = {
      name: "aznato",
      sources: [{ path: "https://www.npmjs.com/package/@aznato/data" }],
      resources: [{ path: "../x.csv" }, { path: "sub" }],
    };
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify(sneaky));
    mkdirSync(join(dir, "sub"));
    // even where every name it lists is one this tool writes (an export of 0.2.0)
    expect(() => inspectContents(dir, "d", undefined, () => true)).toThrow(/it holds "sub"/);
  });
});

describe("writeExport", () => {
  it("writes a new folder, and refuses to replace an export without --force", async () => {
    const { root, dir } = await withOldExport();
    await expect(writeExport(dir, NEW, { cwd: root })).rejects.toThrow(
      /holds an earlier export: add --force/,
    );
    expect(contentsOf(dir)).toEqual(asMap(OLD));
  });

  it("replaces an earlier export with --force, keeping the folder, its inode and mode", async () => {
    const { root, dir } = await withOldExport();
    chmodSync(dir, 0o751);
    const before = statSync(dir);
    await writeExport(dir, NEW, { cwd: root, force: true });
    expect(contentsOf(dir)).toEqual(asMap(NEW));
    const after = statSync(dir);
    expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
    expect(readdirSync(root)).toEqual(["out"]);
  });

  it("writes through a symbolic link, leaving the link a link", async () => {
    const { root, dir } = await withOldExport();
    symlinkSync(dir, join(root, "link"));
    await writeExport(join(root, "link"), NEW, { cwd: root, force: true });
    expect(lstatSync(join(root, "link")).isSymbolicLink()).toBe(true);
    expect(contentsOf(dir)).toEqual(asMap(NEW));
  });

  it("refuses a folder with anything else in it, --force or not, touching nothing", async () => {
    const { root, dir } = await withOldExport();
    writeFileSync(join(dir, "notes.txt"), "mine");
    for (const force of [false, true]) {
      await expect(writeExport(dir, NEW, { cwd: root, force })).rejects.toThrow(
        /not an earlier aznato-csv export \(it holds "notes.txt"\)/,
      );
    }
    expect(contentsOf(dir)).toEqual({ ...asMap(OLD), "notes.txt": "mine" });
  });

  it("keeps datapackage.json truthful at every step of a switch-over", async () => {
    const { root, dir } = await withOldExport();
    const fs = faultyFs(Number.POSITIVE_INFINITY, "", () => expectDescriptorTruthful(dir));
    await writeExport(dir, NEW, { cwd: root, force: true, fs });
    expect(contentsOf(dir)).toEqual(asMap(NEW));
  });

  for (const code of ["ENOSPC", "EBUSY", "EROFS", "EACCES", "EIO"]) {
    it(`fails with one line and leaves the earlier export or the new one when any step fails with ${code}`, async () => {
      for (let at = 0; ; at++) {
        const { root, dir } = await withOldExport();
        const fs = faultyFs(at, code);
        const error = await failure(writeExport(dir, NEW, { cwd: root, force: true, fs }));
        if (!fs.hit()) {
          expect(at, "every step was tried").toBeGreaterThan(10);
          break;
        }
        const left = contentsOf(dir);
        if (error) {
          expect(error.kind).toBe("output");
          expect(error.message).toContain(code);
          expect(error.message).not.toMatch(/\n/);
          expect([asMap(OLD), asMap(NEW)]).toContainEqual(visible(left));
        } else {
          // only releasing the lock failed: the export is complete
          expect(visible(left)).toEqual(asMap(NEW));
        }
        // a failure in the last clean-up leaves dot entries the next run deletes
        await writeExport(dir, NEW, { cwd: root, force: true, isRunning: () => false });
        expect(contentsOf(dir), `step ${at}`).toEqual(asMap(NEW));
        expect(readdirSync(root)).toEqual(["out"]);
      }
    });
  }

  it("leaves a state the next run finishes or undoes, wherever the process is killed", async () => {
    const outcomes = new Set<string>();
    for (let at = 0; ; at++) {
      const { root, dir } = await withOldExport();
      const fs = faultyFs(at, "KILL", () => expectDescriptorTruthful(dir));
      await failure(writeExport(dir, NEW, { cwd: root, force: true, fs }));
      if (!fs.hit()) break;
      expectDescriptorTruthful(dir);
      // the next run, which takes over the dead run's lock
      acquireLock(dir, "out", nodeFs, () => false).release();
      outcomes.add(recover(dir));
      const left = contentsOf(dir);
      expect(Object.keys(left).filter((n) => n.startsWith(".") && n !== LOCK)).toEqual([]);
      expect([asMap(OLD), asMap(NEW)], `killed at step ${at}`).toContainEqual(visible(left));
    }
    expect([...outcomes].sort()).toEqual(["finished", "none", "removed", "undone"]);
  });

  it("removes a folder it created when it fails before writing anything", async () => {
    const root = scratch();
    // the disk fills up with the first staged file
    const fs: FileSystem = {
      ...nodeFs,
      writeFileSync: (...args: Parameters<typeof nodeFs.writeFileSync>) => {
        if (String(args[0]).includes(STAGING)) {
          throw Object.assign(new Error("ENOSPC: injected"), { code: "ENOSPC" });
        }
        nodeFs.writeFileSync(...args);
      },
    };
    await expect(writeExport(join(root, "a", "b"), NEW, { cwd: root, fs })).rejects.toThrow(
      /no space left on device \(ENOSPC\)/,
    );
    expect(readdirSync(root)).toEqual([]);
  });
});

describe("writeExport and signals", () => {
  const interrupted = async (at: "staged" | "swapped", signal: "SIGINT" | "SIGTERM") => {
    const { root, dir } = await withOldExport();
    const controller = new AbortController();
    const error = await failure(
      writeExport(dir, NEW, {
        cwd: root,
        force: true,
        signal: controller.signal,
        pause: (point, count) => {
          if (point === at && count === 2) controller.abort(signal);
        },
      }),
    );
    return { dir, error, left: contentsOf(dir) };
  };

  it("stops before the switch-over, leaving the earlier export and no staging folder", async () => {
    const { error, left } = await interrupted("staged", "SIGTERM");
    expect(error?.exitCode).toBe(143);
    expect(error?.message).toMatch(/Interrupted \(SIGTERM\): --out-dir .* was left as it was/);
    expect(left).toEqual(asMap(OLD));
  });

  it("finishes a switch-over it has begun, then reports the signal", async () => {
    const { error, left } = await interrupted("swapped", "SIGINT");
    expect(error?.exitCode).toBe(130);
    expect(error?.message).toMatch(/holds the new export/);
    expect(left).toEqual(asMap(NEW));
  });
});

describe("the lock", () => {
  it("refuses a second writer while the first one runs, which then finishes", async () => {
    const root = scratch();
    const dir = join(root, "out");
    let resume = () => {};
    let paused = () => {};
    const pausedAt = new Promise<void>((done) => {
      paused = done;
    });
    const first = writeExport(dir, OLD, {
      cwd: root,
      pause: (point, count) => {
        if (point !== "staged" || count !== 1) return;
        paused();
        return new Promise<void>((done) => {
          resume = done;
        });
      },
    });
    await pausedAt;
    await expect(writeExport(dir, NEW, { cwd: root, force: true })).rejects.toThrow(
      new RegExp(`being written by another aznato-csv \\(pid ${process.pid}\\)`),
    );
    resume();
    await first;
    expect(contentsOf(dir)).toEqual(asMap(OLD));
  });

  it("takes over the lock of a writer that is gone, and reports one that runs", async () => {
    const { root, dir } = await withOldExport();
    writeFileSync(join(dir, LOCK), `${process.ppid}\nx\n`);
    await expect(writeExport(dir, NEW, { cwd: root, force: true })).rejects.toThrow(
      new RegExp(`pid ${process.ppid}\\): wait for it, or delete .*${LOCK} if it is not running`),
    );
    await writeExport(dir, NEW, { cwd: root, force: true, isRunning: () => false });
    expect(contentsOf(dir)).toEqual(asMap(NEW));
    writeFileSync(join(dir, LOCK), "");
    await expect(writeExport(dir, OLD, { cwd: root, force: true })).rejects.toThrow(
      /another aznato-csv \(pid unknown\)/,
    );
  });

  it("leaves no staging or previous folder from a killed run behind", async () => {
    const { root, dir } = await withOldExport();
    mkdirSync(join(dir, STAGING));
    writeFileSync(join(dir, STAGING, "a.csv"), "half");
    mkdirSync(join(dir, PREVIOUS));
    writeFileSync(join(dir, `${LOCK}.stale-1`), "1\n");
    await writeExport(dir, NEW, { cwd: root, force: true });
    expect(contentsOf(dir)).toEqual(asMap(NEW));
  });
});

describe("writeExport, unforeseen failures", () => {
  it("reports a folder it cannot list, or a lock that is a folder, in one line", async () => {
    const root = scratch();
    const dir = join(root, "out");
    mkdirSync(join(dir, LOCK), { recursive: true });
    await expect(writeExport(dir, NEW, { cwd: root })).rejects.toThrow(
      /^Cannot write --out-dir .*out: is a folder, not a file \(EISDIR\)$/,
    );
    const unreadable: FileSystem = {
      ...nodeFs,
      readdirSync: (() => {
        throw Object.assign(new Error("EACCES: injected"), { code: "EACCES" });
      }) as typeof nodeFs.readdirSync,
    };
    await expect(
      writeExport(join(root, "other"), NEW, { cwd: root, fs: unreadable }),
    ).rejects.toThrow(/^Cannot write --out-dir .*other: permission denied \(EACCES\)$/);
  });
});

describe("recover", () => {
  it("names a damaged manifest instead of guessing", async () => {
    const { root, dir } = await withOldExport();
    mkdirSync(join(dir, STAGING));
    writeFileSync(join(dir, STAGING, ".manifest.json"), "{");
    await expect(writeExport(dir, NEW, { cwd: root, force: true })).rejects.toThrow(
      /^Cannot write --out-dir .*out: the stopped run's .*\.manifest\.json is damaged: move .*\.aznato-csv-staging and .*\.aznato-csv-previous out of the way by hand$/,
    );
    expect(visible(contentsOf(dir))).toEqual(asMap(OLD));
  });
});

describe("writeExport of named files (--sqlite)", () => {
  const db = (tag: string) => encoder.encode(`OURS ${tag}`);
  const own = (_name: string, bytes: Uint8Array) =>
    new TextDecoder().decode(bytes).startsWith("OURS");
  const files = (tag: string): ExportFile[] => [
    { path: "x.db", bytes: db(tag) },
    { path: "metadata.json", bytes: db(`${tag} metadata`) },
  ];

  it("writes only its files into any folder, the current one included, leaving the rest alone", async () => {
    const root = scratch();
    writeFileSync(join(root, "notes.txt"), "mine");
    await writeExport(root, files("one"), { own, cwd: root, home: scratch() });
    expect(contentsOf(root)).toEqual({
      "notes.txt": "mine",
      "x.db": "OURS one",
      "metadata.json": "OURS one metadata",
    });
  });

  it("replaces its own earlier files only with --force, and never anything else of that name", async () => {
    const root = scratch();
    await writeExport(root, files("one"), { own, cwd: scratch() });
    await expect(writeExport(root, files("two"), { own, cwd: scratch() })).rejects.toThrow(
      /would replace an earlier x\.db and metadata\.json: add --force/,
    );
    await writeExport(root, files("two"), { own, force: true, cwd: scratch() });
    expect(contentsOf(root)["x.db"]).toBe("OURS two");
    writeFileSync(join(root, "metadata.json"), "{}");
    await expect(
      writeExport(root, files("three"), { own, force: true, cwd: scratch(), label: "out/x.db" }),
    ).rejects.toThrow(
      /^--sqlite out\/x\.db: "metadata\.json" is there and was not written by aznato-csv/,
    );
    expect(contentsOf(root)).toEqual({ "x.db": "OURS two", "metadata.json": "{}" });
  });
});

describe("inspectContents: the export's files that are not tables", () => {
  it("recognises README.md, LICENSE-DATA and a database listed in x-aznato-files", () => {
    const dir = scratch();
    const descriptor = {
      name: "aznato",
      sources: [{ path: "https://www.npmjs.com/package/@aznato/data" }],
      resources: [{ path: "a.csv" }],
      "x-aznato-files": ["README.md", "LICENSE-DATA", "x.db", "../escape"],
    };
    writeFileSync(join(dir, "datapackage.json"), JSON.stringify(descriptor));
    for (const name of ["a.csv", "README.md", "LICENSE-DATA", "x.db"]) {
      writeFileSync(join(dir, name), "");
    }
    // an export of 0.2.0 (no record of its files): the names this tool writes count
    const written = (name: string) => name !== "notes.md";
    expect(inspectContents(dir, "d", undefined, written).kind).toBe("export");
    writeFileSync(join(dir, "notes.md"), "");
    expect(() => inspectContents(dir, "d", undefined, written)).toThrow(/it holds "notes.md"/);
  });
});
