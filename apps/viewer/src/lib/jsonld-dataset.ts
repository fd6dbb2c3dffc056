import {
  citationData,
  type DatasetMeta,
  dataset,
  datasetMeta,
  formatDate,
  type Source,
  timeline,
} from "@aznato/data";
import { apaCitation } from "./cite.ts";
import { CONTEXT, type JsonLdNode, placeNode, type SiteLocation, siteUrl } from "./jsonld-core.ts";

// JSON-LD of the licences and of the dataset (the home page and its downloads).

// --- licences ----------------------------------------------------------------------------------

/** Sources whose full text ships in the dataset (the 2016 article): CC BY does not cover them. */
export const shippedTexts = (): Source[] => dataset.sources.filter((s) => s.text !== undefined);

const describeSource = (s: Source) =>
  `“${s.title}” (${s.publisher}${s.published ? `, ${formatDate(s.published)}` : ""})`;

/**
 * What each licence covers, in words, from the metadata's licence scopes and the sources whose
 * text ships: the data licence does not cover those texts (see LICENSE-DATA).
 */
export function licenceTerms(meta: DatasetMeta = datasetMeta): {
  name: string;
  title: string;
  url: string;
  scope: "code" | "data";
  covers: string;
}[] {
  const texts = shippedTexts();
  return meta.licenses.map((l) => {
    if (l.scope === "code") {
      return {
        name: l.name,
        title: l.title,
        url: l.path,
        scope: l.scope,
        covers: "The code: the packages' and apps' sources, scripts and tests.",
      };
    }
    const exception =
      texts.length === 0
        ? ""
        : ` It does not cover the full text of ${texts.map(describeSource).join(" and ")}, which ships as the object of the fact check and remains the work of its publisher; quotations from sources are short excerpts reproduced for citation.`;
    return {
      name: l.name,
      title: l.title,
      url: l.path,
      scope: l.scope,
      covers: `The data: the records, dataset.json, the CSV files, datapackage.json, the data dictionary and the ClaimReview feed.${exception}`,
    };
  });
}

// --- the dataset (home page) -------------------------------------------------------------------

/** A file offered for download. */
export interface DownloadFile {
  path: string;
  bytes: Uint8Array;
}

/** The IANA media type of a download, from its extension. */
export function encodingFormat(path: string): string {
  if (path === "claimreview.json") return "application/ld+json";
  if (path.endsWith(".xlsx"))
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (path.endsWith(".parquet")) return "application/vnd.apache.parquet";
  if (path.endsWith(".csv")) return "text/csv";
  if (path.endsWith(".json")) return "application/json";
  if (path.endsWith(".zip")) return "application/zip";
  if (path.endsWith(".tsv")) return "text/tab-separated-values";
  if (path.endsWith(".db")) return "application/vnd.sqlite3";
  throw new Error(`No media type known for the download ${path}`);
}

/** The dataset's temporal coverage: from its first event to the as-of date (ISO 8601 interval). */
export function temporalCoverage(meta: DatasetMeta = datasetMeta): string {
  const first = timeline()[0]?.start;
  return first ? `${first}/${meta.asOf}` : meta.asOf;
}

/** schema.org `Dataset` for the home page: metadata, licences, coverage and every download. */
export function datasetJsonLd(options: {
  downloads: readonly DownloadFile[];
  keywords: readonly string[];
  site: SiteLocation;
  meta?: DatasetMeta;
}): JsonLdNode {
  const { downloads, keywords, site } = options;
  const meta = options.meta ?? datasetMeta;
  const home = siteUrl("", site);
  const author = { "@type": "Organization", name: citationData(meta).author, url: home };
  return {
    "@context": CONTEXT,
    "@type": "Dataset",
    "@id": `${home}#dataset`,
    name: meta.title,
    description: meta.description,
    url: home,
    // the registry's page only once the registry has this version
    ...(meta.home.registry ? { sameAs: meta.home.registry } : {}),
    identifier: `${meta.name}@${meta.version}`,
    version: meta.version,
    dateModified: meta.asOf,
    creator: author,
    publisher: author,
    license: licenceTerms(meta).map((l) => ({
      "@type": "CreativeWork",
      name: l.title,
      identifier: l.name,
      url: l.url,
      description: l.covers,
    })),
    isAccessibleForFree: true,
    temporalCoverage: temporalCoverage(meta),
    spatialCoverage: dataset.places.map((p) => placeNode(p, site)),
    keywords: [...new Set([...keywords, ...dataset.areas.map((a) => a.name.en)])],
    citation: apaCitation(meta),
    distribution: distribution(downloads, site),
  };
}

/** The files of the dataset as schema.org DataDownloads, in the order given. */
export function distribution(downloads: readonly DownloadFile[], site: SiteLocation): JsonLdNode[] {
  return downloads.map((f) => ({
    "@type": "DataDownload",
    name: f.path,
    encodingFormat: encodingFormat(f.path),
    contentUrl: siteUrl(`downloads/${f.path}`, site),
    contentSize: `${f.bytes.length} B`,
  }));
}
