// How the database's files are named and recognised: light enough for the CLI to load at start-up
// (the SQLite module itself loads only when a database is written).
import { namesExportSource } from "./write-fs.js";

/** `PRAGMA application_id` of a database this tool wrote ("azna"), by which --force knows it. */
export const APPLICATION_ID = 0x617a6e61;
export const DEFAULT_DATABASE = "aznato.db";
export const DATASETTE_METADATA = "metadata.json";

/** Whether `bytes` are a SQLite database this tool wrote (its header's application id). */
export function isOwnDatabase(bytes: Uint8Array): boolean {
  if (bytes.length < 100) return false;
  const header = new TextDecoder().decode(bytes.subarray(0, 16));
  if (header !== "SQLite format 3\u0000") return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(68) === APPLICATION_ID;
}

/** Whether `bytes` are a Datasette metadata.json this tool wrote. */
export function isOwnMetadata(bytes: Uint8Array): boolean {
  try {
    const json = JSON.parse(new TextDecoder().decode(bytes));
    return namesExportSource(json) && typeof json.databases === "object";
  } catch {
    return false;
  }
}
