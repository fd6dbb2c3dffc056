// Which folders and files a run may write: refusals of the target path, and what an existing folder
// or file holds.
import * as nodeFs from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, parse, relative, resolve } from "node:path";
import { outputError, reason } from "./errors.js";
import type { ExportFile } from "./export.js";
import {
  codeOf,
  DESCRIPTOR,
  EXPORT_NAME,
  FILES_PROPERTY,
  type FileSystem,
  namesExportSource,
  PLAIN_NAME,
  RECORD,
} from "./write-fs.js";

/** Where the export goes, once the path has passed every refusal. */
export interface Target {
  /** The real path of DIR (through any symbolic link), or its absolute path if it does not exist. */
  dir: string;
  exists: boolean;
}

export function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === "" || (!path.startsWith("..") && !isAbsolute(path));
}

/** process.cwd(), or undefined when the folder the command runs in was deleted (ENOENT). */
function currentFolder(): string | undefined {
  try {
    return process.cwd();
  } catch (error) {
    if (codeOf(error) === "ENOENT") return undefined;
    throw outputError(`Cannot read the current folder: ${reason(error)}`);
  }
}

/**
 * Refuses DIRs that must never be written to as a whole: `""`, the current folder or one holding
 * it, the home folder, the root; a file, a link to nothing. Follows a symbolic link to its folder.
 */
export function resolveTarget(
  outDir: string,
  label: string,
  options: { cwd?: string; home?: string; fs?: FileSystem } & { wholeFolder?: boolean } = {},
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
  const current = options.cwd ?? currentFolder();
  if (current === undefined && !isAbsolute(outDir)) {
    throw outputError(
      `${label} is relative to the current folder, which no longer exists: cd into a folder that exists, or give an absolute path`,
    );
  }
  const cwd = current === undefined ? undefined : real(current);
  const home = real(options.home ?? homedir());
  const absolute = resolve(cwd ?? "/", outDir);
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
    if (cwd === undefined) continue;
    if (path === cwd) throw refuse("it is the current folder");
    if (isInside(cwd, path)) throw refuse("it holds the current folder");
  }
  return { dir, exists: stats !== undefined };
}

/** What DIR holds apart from this tool's own dot entries. */
export type Contents = { kind: "empty" } | { kind: "export"; files: string[] };

/** The files the folder's record says this tool wrote (see RECORD), or undefined without one. */
function recordedFiles(dir: string, fs: FileSystem): string[] | undefined {
  try {
    const json = JSON.parse(fs.readFileSync(join(dir, RECORD), "utf8"));
    const files: unknown = json?.files;
    if (
      json?.tool === "aznato-csv" &&
      Array.isArray(files) &&
      files.every((f) => typeof f === "string" && PLAIN_NAME.test(f))
    ) {
      return files as string[];
    }
  } catch {
    // no record, or a damaged one: no file is known to be this tool's
  }
  return undefined;
}

/**
 * An export written before folders had a record (0.2.0): of the files its `datapackage.json` lists,
 * those whose names this tool writes (`written`), never a file a user added to the descriptor.
 */
function legacyFiles(dir: string, fs: FileSystem, written: (name: string) => boolean): string[] {
  try {
    const descriptor = JSON.parse(fs.readFileSync(join(dir, DESCRIPTOR), "utf8"));
    const ours =
      descriptor?.name === EXPORT_NAME &&
      Array.isArray(descriptor.sources) &&
      descriptor.sources.some(namesExportSource) &&
      Array.isArray(descriptor.resources);
    if (!ours) return [];
    // the tables, and the files that are not tables (README.md, LICENSE-DATA, a database)
    const paths: unknown[] = [
      DESCRIPTOR,
      ...descriptor.resources.map((r: { path?: unknown }) => r?.path),
      ...(Array.isArray(descriptor[FILES_PROPERTY]) ? descriptor[FILES_PROPERTY] : []),
    ];
    return paths.filter(
      (p): p is string => typeof p === "string" && PLAIN_NAME.test(p) && written(p),
    );
  } catch {
    return []; // no descriptor, or not JSON: not an export
  }
}

/**
 * Recognises an earlier export of this tool: regular files that the folder's record (written by the
 * run that made them) names, nothing else. A folder without a record is an export of 0.2.0 if its
 * `datapackage.json` names the dataset `aznato` from `@aznato/data`, and then only the files it lists
 * that `written` says this tool writes count as its. Anything else is refused.
 */
export function inspectContents(
  dir: string,
  label: string,
  fs: FileSystem = nodeFs,
  written?: (name: string) => boolean,
): Contents {
  // this tool's own dot entries (the lock, the record; after recover() nothing else) are not contents
  const names = fs.readdirSync(dir).filter((name) => !name.startsWith(".aznato-csv"));
  if (names.length === 0) return { kind: "empty" };
  const listed = new Set(recordedFiles(dir, fs) ?? (written ? legacyFiles(dir, fs, written) : []));
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

/** What a directory entry that is not a regular file is, for messages. */
function kindOf(stats: nodeFs.Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isSymbolicLink()) return "a symbolic link";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  return "a device";
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
    if (!stats.isFile()) {
      // never followed or opened: a link may point anywhere, a FIFO would wait for a writer
      throw outputError(
        `${label}: ${JSON.stringify(name)} is ${kindOf(stats)}, not a file written by aznato-csv; choose another name or folder`,
      );
    }
    if (!own(name, new Uint8Array(fs.readFileSync(path)))) {
      throw outputError(
        `${label}: ${JSON.stringify(name)} is there and was not written by aznato-csv; choose another name or folder`,
      );
    }
    present.push(name);
  }
  return present;
}
