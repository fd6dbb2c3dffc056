/// <reference types="astro/client" />
// Build-time only: everything the pages read from @aznato/data and @aznato/csv, computed once.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type DownloadFile, exportBundled, exportDownloads } from "@aznato/csv";
import { type AnyRecord, type CollectionName, collectionNames, datasetMeta } from "@aznato/data";
import {
  bundleFolder,
  bundleName,
  bundleReadme,
  coverageStatement,
  type FileNote,
  zipBundle,
} from "./bundle.ts";
import type { Download } from "./downloads.ts";
import { claimReviewFeed, type SiteLocation, siteUrl } from "./jsonld.ts";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("@aznato/data/package.json"));

/** Where the site is served: Astro's base path, and its origin when `site` (SITE_URL) is set. */
export const siteLocation = (): SiteLocation => ({
  base: import.meta.env.BASE_URL ?? "/",
  origin: import.meta.env.SITE || undefined,
});

/** A file the data package ships next to its code: README.md, LICENSE, LICENSE-DATA, CITATION.cff. */
export const packageFile = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(packageDir, name)));

/** The data package's npm keywords. */
export const packageKeywords = (): string[] =>
  JSON.parse(new TextDecoder().decode(packageFile("package.json"))).keywords ?? [];

let datasetCache: { bytes: Uint8Array; data: Record<CollectionName, AnyRecord[]> } | undefined;

/** The package's `dataset.json`: its bytes, and its records (citations carry their selectors). */
export function datasetJson(): { bytes: Uint8Array; data: Record<CollectionName, AnyRecord[]> } {
  if (!datasetCache) {
    const bytes = new Uint8Array(readFileSync(require.resolve("@aznato/data/dataset.json")));
    datasetCache = { bytes, data: JSON.parse(new TextDecoder().decode(bytes)) };
  }
  return datasetCache;
}

/** A collection's records as `dataset.json` has them. */
export function datasetRecords(collection: CollectionName): AnyRecord[] {
  const records = datasetJson().data[collection];
  if (!Array.isArray(records)) throw new Error(`dataset.json has no collection ${collection}`);
  return records;
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

let dataCache: Download[] | undefined;

// The exporter's files in every format the formats registry offers for download (CSV, the SQLite
// database and its Datasette metadata.json …), each with what it is; made once per build (SQLite
// loads asynchronously, hence here rather than in dataFiles()).
const exported: DownloadFile[] = await exportDownloads();
// formats only in the zip of everything, each in a folder of its name (parquet/events.parquet …)
const bundled: DownloadFile[] = await exportBundled();

/** The data files: `dataset.json`, `claimreview.json`, then the exporter's files in each format. */
export function dataFiles(): Download[] {
  dataCache ??= [
    { path: "dataset.json", bytes: datasetJson().bytes },
    { path: "claimreview.json", bytes: json(claimReviewFeed(siteLocation())) },
    // the bundle has its own README.md and the package's LICENSE-DATA (the export's is the same file)
    ...exported
      .filter((f) => f.path !== "README.md" && f.path !== "LICENSE-DATA")
      .map((f) => ({ path: f.path, bytes: f.bytes })),
  ];
  return dataCache;
}

/** What the bundle's README says of each file: the exporter's own description of each of its files. */
function fileNotes(files: readonly Download[]): FileNote[] {
  const fixed: Record<string, string> = {
    "README.md": "This file.",
    "dataset.json": `The whole dataset as one JSON file: ${collectionNames.join(", ")} and the metadata; every citation has W3C Web Annotation selectors.`,
    "claimreview.json":
      "Each checked claim of the source document as a schema.org ClaimReview, in a schema.org DataFeed (JSON-LD).",
    "CITATION.cff": "How to cite this version, in the Citation File Format.",
    LICENSE: "The MIT licence of the code.",
    "LICENSE-DATA": "The data licence (CC BY 4.0) and what it does not cover.",
    SHA256SUMS: "SHA-256 of every other file.",
  };
  return [...files.map((f) => f.path), "SHA256SUMS"].sort().map((path) => {
    const description =
      fixed[path] ?? [...exported, ...bundled].find((f) => f.path === path)?.description;
    if (!description) throw new Error(`The bundle's README has no description of ${path}`);
    return { path, description };
  });
}

let bundleCache: Download | undefined;

/**
 * The zip of everything: the data files, a README (contents, loading, coverage from the data
 * package's README, citations, licences), the licence files and CITATION.cff, with SHA256SUMS.
 */
export function bundle(): Download {
  if (bundleCache) return bundleCache;
  const data = dataFiles();
  const readmePath = join(packageDir, "README.md");
  const coverage = coverageStatement(readFileSync(readmePath, "utf8"), readmePath);
  const extra = ["LICENSE", "LICENSE-DATA", "CITATION.cff"].map((path) => ({
    path,
    bytes: packageFile(path),
  }));
  const sampleCsv = data.find((f) => f.path.endsWith(".csv"));
  if (!sampleCsv) throw new Error("The CSV export has no CSV file");
  const withoutReadme = [
    ...data,
    ...extra,
    ...bundled.map((f) => ({ path: f.path, bytes: f.bytes })),
  ];
  const site = siteLocation();
  const readme = bundleReadme({
    files: fileNotes([...withoutReadme, { path: "README.md", bytes: new Uint8Array() }]),
    coverage,
    sampleCsv: sampleCsv.bytes,
    home: site.origin ? siteUrl("", site) : undefined,
  });
  const files = [...withoutReadme, { path: "README.md", bytes: new TextEncoder().encode(readme) }];
  bundleCache = {
    path: bundleName(datasetMeta),
    bytes: zipBundle(files, bundleFolder(datasetMeta), datasetMeta.asOf),
  };
  return bundleCache;
}

/** The files offered for download: the bundle of everything first, then each file on its own. */
export function downloads(): Download[] {
  return [bundle(), ...dataFiles()];
}
