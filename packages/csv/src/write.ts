// Writes the export into a folder without ever destroying anything that is not an earlier export,
// without leaving half an export behind, and with one writer at a time. The folder itself is kept
// (its inode, mode and owner); files are staged and then swapped in with single renames.
//
// The folder's own entries, all starting with a dot so that no table can collide with them:
//
//   DIR/.aznato-csv.lock                 the writer's pid, created exclusively and whole (see acquireLock)
//                                        and removed at the end; a dead writer's lock is taken over
//   DIR/.aznato-csv-staging/             the new files, written here first
//   DIR/.aznato-csv-staging/.manifest.json
//                                        written (atomically) once every new file is staged: from then
//                                        on the new export is complete and the switch-over may begin
//   DIR/.aznato-csv-previous/            the earlier export's files, moved aside during the switch-over
//
// The switch-over moves the earlier export's files aside (datapackage.json first), then the new files
// in (datapackage.json last), then deletes both dot folders (the manifest goes before the earlier
// files). So whenever DIR/datapackage.json exists, the files beside it are the ones it describes.
// Where a run stopped can be read from the folder alone, which is how the next run (holding the lock)
// finishes or undoes a run that was killed (SIGKILL, a crash) or failed half way:
//
//   staging without a manifest           staging was not finished: delete it (DIR was never touched)
//   manifest, every new file in staging  no new file moved yet: put the earlier files back, delete both
//   manifest, some new file moved        the new export is complete: move the rest in, delete both
//   previous without a manifest          the switch-over had finished: delete the earlier files

import * as nodeFs from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, parse, relative, resolve } from "node:path";
import { CsvError, interruptedError, oneLine, outputError, reason } from "./errors.js";
import type { ExportFile } from "./export.js";

export const LOCK = ".aznato-csv.lock";
export const STAGING = ".aznato-csv-staging";
export const PREVIOUS = ".aznato-csv-previous";
export const MANIFEST = ".manifest.json";
const DESCRIPTOR = "datapackage.json";
// datapackage.json's list of the export's files that are not tables (see export.ts)
const FILES_PROPERTY = "x-aznato-files";
// a lock being written, or a stale one moved aside: left only by a run killed right then
const LOCK_SIDE = /^\.aznato-csv\.lock\./;
// what datapackage.json says of an export of this tool
const EXPORT_NAME = "aznato";
const EXPORT_SOURCE = "https://www.npmjs.com/package/@aznato/data";
// a file of an export: a plain name in the folder itself, never a dot file, a path or `..`
const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** The synchronous `node:fs` calls the writer makes; tests pass a copy that fails on cue. */
export type FileSystem = Pick<
  typeof nodeFs,
  | "accessSync"
  | "closeSync"
  | "linkSync"
  | "lstatSync"
  | "mkdirSync"
  | "openSync"
  | "readdirSync"
  | "readFileSync"
  | "realpathSync"
  | "renameSync"
  | "rmdirSync"
  | "rmSync"
  | "unlinkSync"
  | "writeFileSync"
  | "writeSync"
>;

/** Points where a test can hold the writer still: after each staged file, after each rename. */
export type PausePoint = "staged" | "swapped";

export interface WriteOptions {
  /** Replace an earlier export of this tool (anything else in DIR is refused all the same). */
  force?: boolean;
  /**
   * Write only these files into the folder, leaving everything else in it alone (the database and
   * its metadata, `--sqlite`): a file of the same name is replaced only with `force`, and only if
   * `own(name, bytes)` recognises it as this tool's. Without it, DIR is the export's own folder.
   */
  own?: (name: string, bytes: Uint8Array) => boolean;
  /** How messages name the target (default: the path given). */
  label?: string;

  /** Aborted (with the signal's name as reason) on SIGINT or SIGTERM: the export stops and undoes itself. */
  signal?: AbortSignal;
  /** Called at each pause point with the count so far; tests only (see AZNATO_CSV_TEST_PAUSE). */
  pause?: (point: PausePoint, count: number) => Promise<void> | void;
  fs?: FileSystem;
  /** The folders that are never written to as a whole: default `process.cwd()` and `os.homedir()`. */
  cwd?: string;
  home?: string;
  /** Whether a process runs, for stale locks; default `process.kill(pid, 0)`. */
  isRunning?: (pid: number) => boolean;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;
const yieldToSignals = () => new Promise<void>((done) => setImmediate(done));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user
    return codeOf(error) === "EPERM";
  }
}

/** Where the export goes, once the path has passed every refusal. */
interface Target {
  /** The real path of DIR (through any symbolic link), or its absolute path if it does not exist. */
  dir: string;
  exists: boolean;
}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
}

/**
 * Refuses DIRs that must never be written to as a whole: `""`, the current folder or one holding
 * it, the home folder, the root; a file, a link to nothing. Follows a symbolic link to its folder.
 */
export function resolveTarget(
  outDir: string,
  label: string,
  options: Pick<WriteOptions, "cwd" | "home" | "fs"> & { wholeFolder?: boolean } = {},
): Target {
  const fs = options.fs ?? nodeFs;
  const refuse = (why: string) =>
    outputError(`Refusing ${label}: ${why}; name a folder of its own, e.g. aznato-data`);
  if (outDir.trim() === "") throw refuse("the name is empty");
  const real = (path: string) => {
    try {
      return fs.realpathSync(path);
    } catch {
      return path;
    }
  };
  const cwd = real(options.cwd ?? process.cwd());
  const home = real(options.home ?? homedir());
  const absolute = resolve(cwd, outDir);
  let stats: nodeFs.Stats | undefined;
  try {
    stats = fs.lstatSync(absolute);
  } catch (error) {
    if (codeOf(error) !== "ENOENT") throw outputError(`Cannot use ${label}: ${reason(error)}`);
  }
  let dir = absolute;
  if (stats?.isSymbolicLink()) {
    try {
      dir = fs.realpathSync(absolute);
      stats = fs.lstatSync(dir);
    } catch (error) {
      throw outputError(
        codeOf(error) === "ENOENT"
          ? `${label} is a symbolic link to nothing: create the folder it points to, or name another`
          : `Cannot use ${label}: ${reason(error)}`,
      );
    }
  }
  if (stats && !stats.isDirectory()) throw outputError(`${label} is a file, not a folder`);
  // a folder that only receives named files (--sqlite) is not taken over: any folder will do
  if (options.wholeFolder === false) return { dir, exists: stats !== undefined };
  for (const path of new Set([absolute, dir])) {
    if (parse(path).root === path) throw refuse("it is the root folder");
    if (path === home) throw refuse("it is your home folder");
    if (path === cwd) throw refuse("it is the current folder");
    if (isInside(cwd, path)) throw refuse("it holds the current folder");
  }
  return { dir, exists: stats !== undefined };
}

/** What DIR holds apart from this tool's own dot entries. */
export type Contents = { kind: "empty" } | { kind: "export"; files: string[] };

/**
 * Recognises an earlier export of this tool: a `datapackage.json` naming the dataset `aznato` from
 * `@aznato/data`, and regular files it lists, nothing else. Anything else is refused.
 */
export function inspectContents(dir: string, label: string, fs: FileSystem = nodeFs): Contents {
  // this tool's own dot entries (the lock; after recover() nothing else) are not contents
  const names = fs.readdirSync(dir).filter((name) => !name.startsWith(".aznato-csv"));
  if (names.length === 0) return { kind: "empty" };
  const listed = new Set<string>();
  try {
    const descriptor = JSON.parse(fs.readFileSync(join(dir, DESCRIPTOR), "utf8"));
    const ours =
      descriptor?.name === EXPORT_NAME &&
      Array.isArray(descriptor.sources) &&
      descriptor.sources.some((s: { path?: unknown }) => s?.path === EXPORT_SOURCE) &&
      Array.isArray(descriptor.resources);
    if (ours) {
      listed.add(DESCRIPTOR);
      // the tables, and the files that are not tables (README.md, LICENSE-DATA, a database)
      const paths = [
        ...descriptor.resources.map((r: { path?: unknown }) => r?.path),
        ...(Array.isArray(descriptor[FILES_PROPERTY]) ? descriptor[FILES_PROPERTY] : []),
      ];
      for (const path of paths) {
        if (typeof path === "string" && PLAIN_NAME.test(path)) listed.add(path);
      }
    }
  } catch {
    // no descriptor, or not JSON: not an export
  }
  const foreign = names.filter((name) => {
    if (!listed.has(name)) return true;
    try {
      return !fs.lstatSync(join(dir, name)).isFile();
    } catch {
      return true;
    }
  });
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).map((name) => JSON.stringify(name));
    if (foreign.length > 3) shown.push(`${foreign.length - 3} more`);
    throw outputError(
      `${label} is not empty and not an earlier aznato-csv export (it holds ${shown.join(", ")}): choose an empty or new folder`,
    );
  }
  return { kind: "export", files: names };
}

/**
 * For a write of named files only: which of them DIR already holds, each of which must be a regular
 * file that `own` recognises as this tool's. Anything else of that name is refused.
 */
export function inspectNames(
  dir: string,
  label: string,
  files: readonly ExportFile[],
  own: (name: string, bytes: Uint8Array) => boolean,
  fs: FileSystem = nodeFs,
): string[] {
  const present: string[] = [];
  for (const { path: name } of files) {
    const path = join(dir, name);
    let stats: nodeFs.Stats;
    try {
      stats = fs.lstatSync(path);
    } catch (error) {
      if (codeOf(error) === "ENOENT") continue;
      throw error;
    }
    if (!stats.isFile() || !own(name, new Uint8Array(fs.readFileSync(path)))) {
      throw outputError(
        `${label}: ${JSON.stringify(name)} is there and was not written by aznato-csv; choose another name or folder`,
      );
    }
    present.push(name);
  }
  return present;
}

/** Holds DIR for one writer: a lock file with the pid, taken over when its writer is gone. */
export interface Lock {
  /** Throws if the lock file is no longer this writer's (someone broke it). */
  check(): void;
  release(): void;
}

// the locks this process holds, so that a lock with this pid is known to be stale (a reused pid)
const held = new Set<string>();
const LINK_UNSUPPORTED = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/**
 * Takes DIR's lock: the lock file appears whole or not at all (written beside it, then hard-linked
 * into place, which fails if it exists; O_EXCL "wx" where hard links are not supported). A lock
 * whose pid no longer runs is stale: it is moved aside (checking it was that one that moved) and
 * taken. A live one, or one without a pid, is reported.
 */
export function acquireLock(
  dir: string,
  label: string,
  fs: FileSystem = nodeFs,
  running: (pid: number) => boolean = isRunning,
): Lock {
  const path = join(dir, LOCK);
  const mine = `${process.pid}\n${Math.random().toString(36).slice(2)}\n`;
  const failed = (error: unknown) => outputError(`Cannot write ${label}: ${reason(error)}`);
  const busy = (text: string) =>
    outputError(
      `${label} is being written by another aznato-csv (pid ${text.split("\n")[0] || "unknown"}): wait for it, or delete ${path} if it is not running`,
    );
  const create = (): boolean => {
    const candidate = `${path}.${process.pid}-${mine.split("\n")[1]}`;
    try {
      fs.writeFileSync(candidate, mine, { flag: "wx" });
      try {
        fs.linkSync(candidate, path);
        return true;
      } catch (error) {
        if (codeOf(error) === "EEXIST") return false;
        if (!LINK_UNSUPPORTED.has(codeOf(error) ?? "")) throw error;
      }
      const fd = fs.openSync(path, "wx");
      try {
        fs.writeSync(fd, mine);
      } catch (error) {
        fs.closeSync(fd);
        fs.unlinkSync(path);
        throw error;
      }
      fs.closeSync(fd);
      return true;
    } catch (error) {
      if (codeOf(error) === "EEXIST") return false;
      throw failed(error);
    } finally {
      try {
        fs.rmSync(candidate, { force: true });
      } catch {} // the next run's recover() deletes it
    }
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create()) {
      held.add(mine);
      return {
        check() {
          let text = "";
          try {
            text = fs.readFileSync(path, "utf8");
          } catch {}
          if (text !== mine) throw busy(text);
        },
        release() {
          held.delete(mine);
          try {
            if (fs.readFileSync(path, "utf8") === mine) fs.unlinkSync(path);
          } catch {} // a lock left behind is stale: the next run takes it over
        },
      };
    }
    let text: string;
    try {
      text = fs.readFileSync(path, "utf8");
    } catch (error) {
      if (codeOf(error) === "ENOENT") continue; // released meanwhile
      throw failed(error);
    }
    const owner = text.split("\n")[0] ?? "";
    const pid = /^[1-9][0-9]*$/.test(owner) ? Number(owner) : undefined;
    const live = pid === undefined || held.has(text) || (pid !== process.pid && running(pid));
    if (live) throw busy(text);
    // stale: move it aside, and make sure it was the stale one that moved
    const aside = `${path}.stale-${process.pid}`;
    try {
      fs.renameSync(path, aside);
    } catch (error) {
      if (codeOf(error) === "ENOENT") continue;
      throw failed(error);
    }
    let moved = "";
    try {
      moved = fs.readFileSync(aside, "utf8");
    } catch {}
    if (moved !== text) {
      // a new writer took the lock in between: give it back
      try {
        fs.linkSync(aside, path);
      } catch {}
      fs.rmSync(aside, { force: true });
      throw busy(moved);
    }
    try {
      fs.rmSync(aside, { force: true });
    } catch {} // the next run's recover() deletes it
  }
  throw busy("");
}

const exists = (fs: FileSystem, path: string): boolean => {
  try {
    fs.lstatSync(path);
    return true;
  } catch (error) {
    if (codeOf(error) === "ENOENT") return false;
    throw error;
  }
};

/** datapackage.json first (leaving) or last (arriving), so it never describes files not beside it. */
const descriptorFirst = (names: readonly string[]) => [
  ...names.filter((n) => n === DESCRIPTOR),
  ...names.filter((n) => n !== DESCRIPTOR),
];
const descriptorLast = (names: readonly string[]) => [
  ...names.filter((n) => n !== DESCRIPTOR),
  ...names.filter((n) => n === DESCRIPTOR),
];

function readManifest(fs: FileSystem, staging: string): string[] | undefined {
  let text: string;
  try {
    text = fs.readFileSync(join(staging, MANIFEST), "utf8");
  } catch (error) {
    if (codeOf(error) === "ENOENT" || codeOf(error) === "ENOTDIR") return undefined;
    throw error;
  }
  let files: unknown;
  try {
    files = (JSON.parse(text) as { files?: unknown }).files;
  } catch {}
  if (!Array.isArray(files) || !files.every((f) => typeof f === "string" && PLAIN_NAME.test(f))) {
    throw new Error(
      `the stopped run's ${join(staging, MANIFEST)} is damaged: move ${staging} and ${join(dirname(staging), PREVIOUS)} out of the way by hand`,
    );
  }
  return files;
}

/** Puts the earlier export back: new files (if any moved) back to staging, earlier files back in. */
function undoSwitch(fs: FileSystem, dir: string, files: readonly string[]): void {
  const staging = join(dir, STAGING);
  const previous = join(dir, PREVIOUS);
  for (const name of descriptorFirst(files)) {
    if (!exists(fs, join(staging, name)) && exists(fs, join(dir, name))) {
      fs.renameSync(join(dir, name), join(staging, name));
    }
  }
  if (exists(fs, previous)) {
    for (const name of descriptorLast(fs.readdirSync(previous))) {
      fs.renameSync(join(previous, name), join(dir, name));
    }
  }
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(previous, { recursive: true, force: true });
}

/** Moves the rest of the new files in and deletes the earlier export. */
function finishSwitch(fs: FileSystem, dir: string, files: readonly string[]): void {
  const staging = join(dir, STAGING);
  for (const name of descriptorLast(files)) {
    if (exists(fs, join(staging, name))) fs.renameSync(join(staging, name), join(dir, name));
  }
  // the manifest goes before the earlier files: "previous without a manifest" means finished
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(join(dir, PREVIOUS), { recursive: true, force: true });
}

/**
 * Finishes or undoes what an earlier run left in DIR (see the top of this file). Call it holding the
 * lock. Returns what it did, for tests: `none`, `removed` (staging or leftovers), `undone`, `finished`.
 */
export function recover(
  dir: string,
  fs: FileSystem = nodeFs,
): "none" | "removed" | "undone" | "finished" {
  const staging = join(dir, STAGING);
  const previous = join(dir, PREVIOUS);
  const strays = fs.readdirSync(dir).filter((name) => LOCK_SIDE.test(name));
  for (const name of strays) fs.rmSync(join(dir, name), { force: true });
  const files = readManifest(fs, staging);
  if (files) {
    if (files.every((name) => exists(fs, join(staging, name)))) {
      undoSwitch(fs, dir, files);
      return "undone";
    }
    finishSwitch(fs, dir, files);
    return "finished";
  }
  const left = exists(fs, staging) || exists(fs, previous);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(previous, { recursive: true, force: true });
  return left || strays.length > 0 ? "removed" : "none";
}

/**
 * Writes the export into DIR: an empty or new folder, or (with `force`) one holding an earlier
 * export of this tool, whose files it replaces. Anything else is refused before anything is written.
 *
 * The guarantee: DIR holds the earlier export or the new one, never a mix, with this exception:
 * while the switch-over runs (renames only) and after a run is killed during it, DIR holds some of
 * both, but its datapackage.json is either absent or describes exactly the files beside it, and the
 * next run finishes the switch-over before anything else. A failure or a signal before the
 * switch-over leaves DIR as it was; a failure during it puts the earlier export back.
 */
export async function writeExport(
  outDir: string,
  files: readonly ExportFile[],
  options: WriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const own = options.own;
  const label = `${own ? "--sqlite" : "--out-dir"} ${oneLine(options.label ?? outDir)}`;
  const failed = (error: unknown) => outputError(`Cannot write ${label}: ${reason(error)}`);
  for (const file of files) {
    if (!PLAIN_NAME.test(file.path)) throw new Error(`Not a plain file name: ${file.path}`);
  }
  const stopIfInterrupted = (when: string) => {
    const signal = options.signal;
    if (signal?.aborted) {
      const name = signal.reason === "SIGTERM" ? "SIGTERM" : "SIGINT";
      throw interruptedError(name, `Interrupted (${name}): ${label} ${when}`);
    }
  };

  const target = resolveTarget(outDir, label, { ...options, fs, wholeFolder: !own });
  const dir = target.dir;
  let created: string | undefined;
  if (!target.exists) {
    try {
      created = makeFolders(fs, dir);
    } catch (error) {
      throw failed(error);
    }
  }
  let lock: Lock | undefined;
  let staged = false;
  let switching = false;
  try {
    try {
      fs.accessSync(dir, nodeFs.constants.W_OK);
    } catch {
      throw outputError(`${label} is not writable`);
    }
    lock = acquireLock(dir, label, fs, options.isRunning);
    recover(dir, fs);
    let previousFiles: string[];
    if (own) {
      previousFiles = inspectNames(dir, label, files, own, fs);
      if (previousFiles.length > 0 && !options.force) {
        throw outputError(
          `${label} would replace an earlier ${previousFiles.join(" and ")}: add --force to replace it`,
        );
      }
    } else {
      const contents = inspectContents(dir, label, fs);
      if (contents.kind === "export" && !options.force) {
        throw outputError(`${label} holds an earlier export: add --force to replace it`);
      }
      previousFiles = contents.kind === "export" ? contents.files : [];
    }

    // 1. stage every new file, then the manifest that says the new export is complete
    const staging = join(dir, STAGING);
    staged = true;
    try {
      fs.mkdirSync(staging);
      let count = 0;
      for (const file of files) {
        // the staging folder is this run's own (mkdirSync above fails on one that exists), so a
        // plain create will do: an exclusive one (O_EXCL) costs twice as much per file here
        fs.writeFileSync(join(staging, file.path), file.bytes);
        await options.pause?.("staged", ++count);
        await yieldToSignals();
        stopIfInterrupted("was left as it was");
      }
      const manifest = `${JSON.stringify({ files: files.map((f) => f.path) })}\n`;
      fs.writeFileSync(join(staging, `${MANIFEST}.tmp`), manifest, { flag: "wx" });
      fs.renameSync(join(staging, `${MANIFEST}.tmp`), join(staging, MANIFEST));
    } catch (error) {
      if (error instanceof CsvError) throw error;
      throw failed(error);
    }
    stopIfInterrupted("was left as it was");
    try {
      lock.check();
    } catch (error) {
      staged = false; // the staging folder may be the new lock holder's by now
      throw error;
    }

    // 2. the switch-over: earlier files aside (descriptor first), new files in (descriptor last)
    switching = true;
    const names = files.map((f) => f.path);
    try {
      let count = 0;
      if (previousFiles.length > 0) {
        fs.mkdirSync(join(dir, PREVIOUS));
        for (const name of descriptorFirst(previousFiles)) {
          fs.renameSync(join(dir, name), join(dir, PREVIOUS, name));
          await options.pause?.("swapped", ++count);
        }
      }
      for (const name of descriptorLast(names)) {
        fs.renameSync(join(staging, name), join(dir, name));
        await options.pause?.("swapped", ++count);
      }
    } catch (error) {
      try {
        undoSwitch(fs, dir, names);
      } catch (undoError) {
        throw outputError(
          `Cannot write ${label}: ${reason(error)}, nor put the earlier export back: ${reason(undoError)}; the next run finishes the switch-over`,
        );
      }
      switching = false;
      staged = false;
      throw failed(error);
    }
    switching = false;
    staged = false;
    try {
      finishSwitch(fs, dir, names);
    } catch (error) {
      throw outputError(
        `Wrote ${label}, but cannot delete the earlier export's files in ${join(dir, PREVIOUS)}: ${reason(error)}; the next run deletes them`,
      );
    }
    // a signal during the switch-over waited for it: the new export is complete
    stopIfInterrupted("holds the new export, which was already being put in place");
  } catch (error) {
    if (staged && !switching) {
      // stopped or failed before the switch-over: DIR was never touched
      try {
        fs.rmSync(join(dir, STAGING), { recursive: true, force: true });
      } catch {}
    }
    // anything unforeseen (an unreadable DIR, a lock file that is a folder) is still one line
    throw error instanceof CsvError ? error : failed(error);
  } finally {
    lock?.release();
    if (created) removeCreated(fs, dir, created);
  }
}

/**
 * `mkdir -p`, returning the first folder it created. Not `mkdirSync(…, { recursive: true })`: on
 * Node 20 that loops forever where the kernel answers ENOENT for an existing parent (`/proc/x`).
 */
function makeFolders(fs: FileSystem, dir: string): string | undefined {
  const missing: string[] = [];
  for (let path = dir; !exists(fs, path); path = dirname(path)) {
    missing.unshift(path);
    if (dirname(path) === path) break;
  }
  for (const path of missing) fs.mkdirSync(path);
  return missing[0];
}

/** Removes the folders this run created (DIR and missing parents) if they are still empty. */
function removeCreated(fs: FileSystem, dir: string, created: string): void {
  for (let path = dir; isInside(path, created); path = dirname(path)) {
    try {
      fs.rmdirSync(path);
    } catch {
      return; // not empty: something was written
    }
    if (path === created) return;
  }
}
