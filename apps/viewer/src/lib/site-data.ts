// Build-time only: everything the pages read from @aznato/data and @aznato/csv, computed once.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { exportFiles } from "@aznato/csv";
import type { Download } from "./downloads.ts";

let cached: Download[] | undefined;

/** The files offered for download: the CSV exporter's output plus the package's `dataset.json`. */
export function downloads(): Download[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const datasetJson = readFileSync(require.resolve("@aznato/data/dataset.json"));
  cached = [
    { path: "dataset.json", bytes: new Uint8Array(datasetJson) },
    ...exportFiles().map((f) => ({ path: f.path, bytes: f.bytes })),
  ];
  return cached;
}
