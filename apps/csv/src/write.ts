import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { outputError } from "./errors.js";
import type { ExportFile } from "./export.js";

const reason = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  return e.code === "EACCES" || e.code === "EPERM" || e.code === "EROFS"
    ? "permission denied"
    : e.code === "ENOENT"
      ? "no such folder"
      : (e.code ?? e.message);
};

/** Checks DIR before anything is written: a folder (or nothing yet), writable, empty unless `force`. */
export function checkOutDir(dir: string, force: boolean, label = dir): void {
  let stats: ReturnType<typeof statSync> | undefined;
  try {
    stats = statSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      throw outputError(`Cannot use --out-dir ${label}: ${reason(error)}`);
    }
  }
  if (!stats) return;
  if (!stats.isDirectory()) throw outputError(`--out-dir ${label} is a file, not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw outputError(`--out-dir ${label} is not writable`);
  }
  if (!force && readdirSync(dir).length > 0) {
    throw outputError(`--out-dir ${label} is not empty: add --force to replace its contents`);
  }
}

/**
 * Writes the export atomically: into a temporary folder beside DIR, renamed into place at the end,
 * so a failure or Ctrl-C leaves the previous export as it was and no partial files.
 */
export function writeExport(outDir: string, files: readonly ExportFile[], force: boolean): void {
  const dir = resolve(outDir);
  checkOutDir(dir, force, outDir);
  const parent = dirname(dir);
  let temp: string | undefined;
  let old: string | undefined;
  const cleanUp = () => {
    // the previous export goes back if the new one is not in place yet
    if (old && !existsSync(dir)) renameSync(old, dir);
    if (temp) rmSync(temp, { recursive: true, force: true });
    if (old) rmSync(old, { recursive: true, force: true });
  };
  // JS signal handlers run between synchronous steps, so a Ctrl-C lands before or after the swap
  const interrupted = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    mkdirSync(parent, { recursive: true });
    temp = mkdtempSync(join(parent, `.${basename(dir)}.tmp-`));
  } catch (error) {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    throw outputError(`Cannot write --out-dir ${outDir}: ${reason(error)}`);
  }
  try {
    for (const file of files) writeFileSync(join(temp, file.path), file.bytes);
    const ready = temp;
    try {
      statSync(dir);
      old = `${temp}.old`;
      renameSync(dir, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    try {
      renameSync(ready, dir);
      temp = undefined;
    } catch (error) {
      if (old) renameSync(old, dir);
      old = undefined;
      throw error;
    }
    if (old) rmSync(old, { recursive: true, force: true });
    old = undefined;
  } catch (error) {
    cleanUp();
    throw outputError(`Cannot write --out-dir ${outDir}: ${reason(error)}`);
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
}
