import { formatOfPath } from "@aznato/csv/formats";
import { collectionNames } from "@aznato/data";

export interface Download {
  path: string;
  bytes: Uint8Array;
  /** What the file is, one line (the export's own description for a table). */
  description?: string;
}

export type GroupKey = "bundle" | "described" | "collections" | "links";

export interface DownloadGroup {
  key: GroupKey;
  title: string;
  files: Download[];
}

const size = (n: number) =>
  n < 1024
    ? `${n} B`
    : n < 1024 * 1024
      ? `${(n / 1024).toFixed(1)} kB`
      : `${(n / 1048576).toFixed(1)} MB`;

/** "12.3 kB": a file size for people. */
export const formatBytes = size;

/**
 * What one row of a table is, from its description ("… One row per event."): the sentence
 * that starts "One row per", else the whole description.
 */
export function rowOf(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const at = description.indexOf("One row per");
  return at < 0 ? description : description.slice(at).trim();
}

/** What a description says before its "One row per" sentence. */
export function aboutOf(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const at = description.indexOf("One row per");
  return (at < 0 ? description : description.slice(0, at)).trim() || undefined;
}

/**
 * Sorts the downloads into four groups: the zip of everything; the whole dataset and its
 * descriptors (JSON, the database, the data dictionary); one CSV per collection; the link and
 * item tables. Groups with no file are left out; the key, not the order, names a group.
 */
export function groupDownloads(files: readonly Download[]): DownloadGroup[] {
  const main = new Set<string>(collectionNames.map((c) => `${c}.csv`));
  // a table: a file of the CSV format (the formats registry says which extension that is)
  const isCsv = (f: Download) =>
    formatOfPath(f.path)?.name === "csv" && f.path !== "data-dictionary.csv";
  const groups: DownloadGroup[] = [
    {
      key: "bundle",
      title: "Everything in one file",
      files: files.filter((f) => f.path.endsWith(".zip")),
    },
    {
      key: "described",
      title: "Whole dataset and descriptors",
      files: files.filter((f) => !isCsv(f) && !f.path.endsWith(".zip")),
    },
    {
      key: "collections",
      title: "One CSV per collection",
      files: files.filter((f) => main.has(f.path)),
    },
    {
      key: "links",
      title: "Link and item tables",
      files: files.filter((f) => isCsv(f) && !main.has(f.path)),
    },
  ];
  return groups.filter((g) => g.files.length > 0);
}

/** The group with `key`, or an empty one. */
export const groupOf = (groups: readonly DownloadGroup[], key: GroupKey): Download[] =>
  groups.find((g) => g.key === key)?.files ?? [];
