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
//   DIR/.aznato-csv-files.json           the record of the files of the export in DIR: the manifest of
//                                        the run that wrote them, which --force alone may replace
//
// The switch-over moves the earlier export's files aside (datapackage.json first), then the new files
// in (datapackage.json last), then deletes both dot folders (the manifest goes before the earlier
// files). So whenever DIR/datapackage.json exists, the files beside it are the ones it describes.
// How the next run (holding the lock) finishes or undoes a run that was killed (SIGKILL, a crash) or
// failed half way is in write-swap.ts; the refusals of a target in write-target.ts; the lock in
// write-lock.ts.

import * as nodeFs from "node:fs";
import { dirname, join } from "node:path";
import { CsvError, interruptedError, oneLine, outputError, reason } from "./errors.js";
import type { ExportFile } from "./export.js";
import type { ExportFormat } from "./formats.js";
import { exists, type FileSystem, MANIFEST, PLAIN_NAME, PREVIOUS, STAGING } from "./write-fs.js";
import { acquireLock, type Lock } from "./write-lock.js";
import {
  descriptorFirst,
  descriptorLast,
  finishSwitch,
  recover,
  undoSwitch,
} from "./write-swap.js";
import { inspectContents, inspectNames, isInside, resolveTarget } from "./write-target.js";

export { type FileSystem, LOCK, MANIFEST, PREVIOUS, STAGING } from "./write-fs.js";
export { acquireLock, type Lock } from "./write-lock.js";
export { recover } from "./write-swap.js";
export { type Contents, inspectContents, inspectNames, resolveTarget } from "./write-target.js";

/** Points where a test can hold the writer still: after each staged file, after each rename. */
export type PausePoint = "staged" | "swapped";

export interface WriteOptions {
  /**
   * The format written, from the registry: a `file` format writes its named files only (as `own`
   * below, with the format's `owns`); a `folder` format takes DIR as its own.
   */
  format?: ExportFormat;
  /** The option that named the target, for messages (default `--out-dir`, or `--sqlite` with `own`). */
  flag?: string;
  /** Replace an earlier export of this tool (anything else in DIR is refused all the same). */
  force?: boolean;
  /**
   * Write only these files into the folder, leaving everything else in it alone (the database and
   * its metadata, `--sqlite`): a file of the same name is replaced only with `force`, and only if
   * `own(name, bytes)` recognises it as this tool's. Without it, DIR is the export's own folder.
   */
  own?: (name: string, bytes: Uint8Array) => boolean;
  /**
   * For an export of 0.2.0, whose folder has no record of its files: the names this tool writes, of
   * which --force may replace those its datapackage.json lists. Without it, such a folder is refused.
   */
  written?: (name: string) => boolean;
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

const yieldToSignals = () => new Promise<void>((done) => setImmediate(done));

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
  const own = options.own ?? (options.format?.output === "file" ? options.format.owns : undefined);
  if (options.format?.output === "file" && !own) {
    throw new Error(`The format ${options.format.name} cannot tell its own files: it needs owns()`);
  }
  const flag = options.flag ?? (own ? `--${options.format?.flag ?? "sqlite"}` : "--out-dir");
  const label = `${flag} ${oneLine(options.label ?? outDir)}`;
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
      const contents = inspectContents(dir, label, fs, options.written);
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
      // a folder export's manifest becomes the folder's record of its files (see write-fs.ts)
      const manifest = `${JSON.stringify({ tool: "aznato-csv", files: files.map((f) => f.path), record: !own })}\n`;
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
      finishSwitch(fs, dir, names, !own);
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
