// What the writer's modules share: the folder's own dot entries, the file system they call, and
// what counts as a file of an export.
import type * as nodeFs from "node:fs";

export const LOCK = ".aznato-csv.lock";
export const STAGING = ".aznato-csv-staging";
export const PREVIOUS = ".aznato-csv-previous";
export const MANIFEST = ".manifest.json";
/**
 * The files of the folder's export, as this tool wrote them: the manifest of the last run that
 * finished, renamed into DIR. `--force` replaces these and nothing else, whatever datapackage.json
 * (which users may edit) lists.
 */
export const RECORD = ".aznato-csv-files.json";
export const DESCRIPTOR = "datapackage.json";
// datapackage.json's list of the export's files that are not tables (see export.ts)
export const FILES_PROPERTY = "x-aznato-files";
// a lock being written, or a stale one moved aside: left only by a run killed right then
export const LOCK_SIDE = /^\.aznato-csv\.lock\./;
// what datapackage.json says of an export of this tool
export const EXPORT_NAME = "aznato";
// the export's source, as datapackage.json's `sources` and Datasette's `source` name it: the package,
// then its version; its address only where @aznato/data's citation has one, so none answers 404
export const EXPORT_SOURCE = "@aznato/data";
// what exports of 0.3.0 and earlier named as their source (the package's npm page): read, never written
export const LEGACY_EXPORT_SOURCE = "https://www.npmjs.com/package/@aznato/data";

/** Whether a `sources` entry (or Datasette metadata) names @aznato/data, as this tool writes or wrote it. */
export const namesExportSource = (
  s: { title?: unknown; path?: unknown; source?: unknown; source_url?: unknown } | null | undefined,
): boolean =>
  s?.path === LEGACY_EXPORT_SOURCE ||
  s?.source_url === LEGACY_EXPORT_SOURCE ||
  [s?.title, s?.source].some((t) => typeof t === "string" && t.startsWith(`${EXPORT_SOURCE} `));
// a file of an export: a plain name in the folder itself, never a dot file, a path or `..`
export const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

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

export const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

export const exists = (fs: FileSystem, path: string): boolean => {
  try {
    fs.lstatSync(path);
    return true;
  } catch (error) {
    if (codeOf(error) === "ENOENT") return false;
    throw error;
  }
};
