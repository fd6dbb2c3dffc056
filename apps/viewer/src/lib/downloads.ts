import { formatOfPath } from "@aznato/csv/formats";
import { collectionNames } from "@aznato/data";

export interface Download {
  path: string;
  bytes: Uint8Array;
}

export interface DownloadGroup {
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
 * Sorts the downloads for the home page: the zip of everything, the descriptors and full JSON,
 * then one CSV per collection, then the link and item tables.
 */
export function groupDownloads(files: readonly Download[]): DownloadGroup[] {
  const main = new Set<string>(collectionNames.map((c) => `${c}.csv`));
  // a table: a file of the CSV format (the formats registry says which extension that is)
  const table = (f: Download) =>
    formatOfPath(f.path)?.name === "csv" && f.path !== "data-dictionary.csv";
  const bundles = files.filter((f) => f.path.endsWith(".zip"));
  const described = files.filter((f) => !table(f) && !f.path.endsWith(".zip"));
  const collections = files.filter((f) => main.has(f.path));
  const links = files.filter((f) => table(f) && !main.has(f.path));
  return [
    { title: "Everything in one file", files: bundles },
    { title: "Whole dataset and descriptors", files: described },
    { title: "One CSV per collection", files: collections },
    { title: "Link and item tables", files: links },
  ].filter((g) => g.files.length > 0);
}
