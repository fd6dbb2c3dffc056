// The JSON twins of the pages (a static, read-only API in the manner of Datasette's .json URLs):
// every record page and collection page has a JSON file next to it with the same data.
import {
  type AnyRecord,
  type CollectionName,
  citationsFor,
  collections,
  type DatasetMeta,
  datasetMeta,
  related,
  releaseIri,
} from "@aznato/data";
import { apaCitation, cslJsonItems } from "./cite.ts";
import { licenceTerms, type SiteLocation, siteUrl } from "./jsonld.ts";
import { recordPath } from "./records.ts";

/** The site path of a record's JSON twin: `events/<id>.json`, next to the page `events/<id>/`. */
export const recordJsonPath = (collection: CollectionName, id: string): string =>
  `${collection}/${encodeURIComponent(id)}.json`;

/** The site path of a collection's JSON twin: `events.json`, next to the page `events/`. */
export const collectionJsonPath = (collection: CollectionName): string => `${collection}.json`;

/** The site path of the API's root document, the twin of the home page. */
export const indexJsonPath = "index.json";

/** What every twin says about the data it comes from, so a saved file names its version. */
export function datasetHeader(site: SiteLocation, meta: DatasetMeta = datasetMeta) {
  return {
    name: meta.name,
    title: meta.title,
    version: meta.version,
    asOf: meta.asOf,
    licenses: licenceTerms(meta).map(({ name, url, scope, covers }) => ({
      name,
      url,
      scope,
      covers,
    })),
    home: siteUrl("", site),
    // the release's identifier (a package URL); its registry page once the registry has it
    release: releaseIri(meta),
    ...(meta.home.registry ? { registry: meta.home.registry } : {}),
    citation: apaCitation(meta),
  };
}

/**
 * A record's twin: the record as `dataset.json` has it (its citations carry their W3C selectors),
 * every citation with its source resolved and its selectors, and the ids of related records.
 */
export function recordTwin(
  collection: CollectionName,
  record: AnyRecord,
  site: SiteLocation,
  meta: DatasetMeta = datasetMeta,
) {
  return {
    dataset: datasetHeader(site, meta),
    collection,
    id: record.id,
    url: siteUrl(recordPath(collection, record.id), site),
    record,
    citations: citationsFor(record.id).map(({ citation, source, path, selectors }) => ({
      path,
      source: {
        id: source.id,
        title: source.title,
        kind: source.kind,
        publisher: source.publisher,
        language: source.language,
        ...(source.url ? { url: source.url } : {}),
        ...(source.published ? { published: source.published } : {}),
        textShips: source.text !== undefined,
        json: siteUrl(recordJsonPath("sources", source.id), site),
      },
      quote: citation.quote,
      ...(citation.locator ? { locator: citation.locator } : {}),
      ...(citation.note ? { note: citation.note } : {}),
      selector: selectors,
    })),
    related: related(record.id).map((r) => ({
      id: r.id,
      collection: r.collection,
      direction: r.direction,
      field: r.field,
      url: siteUrl(recordPath(r.collection, r.id), site),
      json: siteUrl(recordJsonPath(r.collection, r.id), site),
    })),
  };
}

/** A collection's twin: its title and description and all its records, as `dataset.json` has them. */
export function collectionTwin(
  collection: CollectionName,
  records: readonly AnyRecord[],
  site: SiteLocation,
  meta: DatasetMeta = datasetMeta,
) {
  const info = collections.find((c) => c.name === collection);
  return {
    dataset: datasetHeader(site, meta),
    collection,
    title: info?.title ?? collection,
    url: siteUrl(`${collection}/`, site),
    csv: siteUrl(`downloads/${collection}.csv`, site),
    count: records.length,
    records: records.map((record) => ({
      url: siteUrl(recordPath(collection, record.id), site),
      json: siteUrl(recordJsonPath(collection, record.id), site),
      record,
    })),
  };
}

/** The twin of the home page: what the API offers, with counts, downloads and citations. */
export function indexTwin(
  counts: Readonly<Record<CollectionName, number>>,
  downloads: readonly { path: string; bytes: Uint8Array }[],
  site: SiteLocation,
  meta: DatasetMeta = datasetMeta,
) {
  return {
    dataset: { ...datasetHeader(site, meta), description: meta.description },
    cite: { csl: cslJsonItems(meta) },
    collections: collections.map((c) => ({
      name: c.name,
      title: c.title,
      count: counts[c.name],
      url: siteUrl(`${c.name}/`, site),
      json: siteUrl(collectionJsonPath(c.name), site),
      // a URI template (RFC 6570): the record twins sit in the collection's folder
      record: `${siteUrl(`${c.name}/`, site)}{id}.json`,
    })),
    downloads: downloads.map((f) => ({
      path: f.path,
      url: siteUrl(`downloads/${f.path}`, site),
      bytes: f.bytes.length,
    })),
  };
}
