// The switch-over from the earlier export to the new one, and how the next run finishes or undoes
// one that stopped half way. Where a run stopped can be read from the folder alone:
//
//   staging without a manifest           staging was not finished: delete it (DIR was never touched)
//   manifest, every new file in staging  no new file moved yet: put the earlier files back, delete both
//   manifest, some new file moved        the new export is complete: move the rest in, delete both
//   previous without a manifest          the switch-over had finished: delete the earlier files

import * as nodeFs from "node:fs";
import { dirname, join } from "node:path";
import {
  codeOf,
  DESCRIPTOR,
  exists,
  type FileSystem,
  LOCK_SIDE,
  MANIFEST,
  PLAIN_NAME,
  PREVIOUS,
  RECORD,
  STAGING,
} from "./write-fs.js";

/** datapackage.json first (leaving) or last (arriving), so it never describes files not beside it. */
export const descriptorFirst = (names: readonly string[]) => [
  ...names.filter((n) => n === DESCRIPTOR),
  ...names.filter((n) => n !== DESCRIPTOR),
];
export const descriptorLast = (names: readonly string[]) => [
  ...names.filter((n) => n !== DESCRIPTOR),
  ...names.filter((n) => n === DESCRIPTOR),
];

/** A staged export's manifest: its files, and whether it becomes the folder's record (a folder export). */
interface Manifest {
  files: string[];
  record: boolean;
}

function readManifest(fs: FileSystem, staging: string): Manifest | undefined {
  let text: string;
  try {
    text = fs.readFileSync(join(staging, MANIFEST), "utf8");
  } catch (error) {
    if (codeOf(error) === "ENOENT" || codeOf(error) === "ENOTDIR") return undefined;
    throw error;
  }
  let files: unknown;
  let record = false;
  try {
    const json = JSON.parse(text) as { files?: unknown; record?: unknown };
    files = json.files;
    record = json.record === true;
  } catch {}
  if (!Array.isArray(files) || !files.every((f) => typeof f === "string" && PLAIN_NAME.test(f))) {
    throw new Error(
      `the stopped run's ${join(staging, MANIFEST)} is damaged: move ${staging} and ${join(dirname(staging), PREVIOUS)} out of the way by hand`,
    );
  }
  return { files, record };
}

/** Puts the earlier export back: new files (if any moved) back to staging, earlier files back in. */
export function undoSwitch(fs: FileSystem, dir: string, files: readonly string[]): void {
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

/**
 * Moves the rest of the new files in, makes the manifest the folder's record of its files (a folder
 * export), and deletes the earlier export.
 */
export function finishSwitch(
  fs: FileSystem,
  dir: string,
  files: readonly string[],
  record: boolean,
): void {
  const staging = join(dir, STAGING);
  for (const name of descriptorLast(files)) {
    if (exists(fs, join(staging, name))) fs.renameSync(join(staging, name), join(dir, name));
  }
  // one rename replaces the earlier record: it names the earlier files or the new ones, never a mix
  if (record) fs.renameSync(join(staging, MANIFEST), join(dir, RECORD));
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
  const manifest = readManifest(fs, staging);
  if (manifest) {
    const { files, record } = manifest;
    if (files.every((name) => exists(fs, join(staging, name)))) {
      undoSwitch(fs, dir, files);
      return "undone";
    }
    finishSwitch(fs, dir, files, record);
    return "finished";
  }
  const left = exists(fs, staging) || exists(fs, previous);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(previous, { recursive: true, force: true });
  return left || strays.length > 0 ? "removed" : "none";
}
