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

/** Moves the rest of the new files in and deletes the earlier export. */
export function finishSwitch(fs: FileSystem, dir: string, files: readonly string[]): void {
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
