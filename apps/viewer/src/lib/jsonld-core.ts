import {
  type CollectionName,
  collectionOf,
  datasetMeta,
  getById,
  type Names,
  type Operation,
  type Organization,
  type Person,
  type Place,
  releaseIri,
} from "@aznato/data";
import { recordPath, url } from "./records.ts";

// The shared parts of the JSON-LD: site URLs, node ids, names and references to records.

/** A JSON-LD node: a plain JSON object. */
export type JsonLdNode = { [key: string]: unknown };

/** Where the site lives: Astro's `base`, and its origin when `site` is configured. */
export interface SiteLocation {
  base: string;
  /** e.g. `https://aznato.example/`; without it, URLs are root-relative (JSON-LD resolves them against the page). */
  origin?: string | URL | undefined;
  /**
   * For a file read away from the site (`claimreview.json`, the zip): with no origin there is no
   * page to resolve against, so node ids are absolute under the release's IRI (its package URL,
   * no web page) and page URLs are left out, rather than written as relative IRIs that
   * linked-data tools drop.
   */
  standalone?: boolean;
}

/** The URL of a site path: absolute when the site's origin is known, else root-relative. */
export function siteUrl(path: string, site: SiteLocation): string {
  const relative = url(path, site.base);
  return site.origin ? new URL(relative, site.origin).href : relative;
}

export const CONTEXT = "https://schema.org";

/** The Wikidata entity URI of a QID, the form linked-data tools match on. */
export const wikidataUri = (qid: string): string => `http://www.wikidata.org/entity/${qid}`;

/** Whether the site's URLs can be written: on a page, or anywhere once the origin is known. */
export const hasPages = (site: SiteLocation) => Boolean(site.origin) || !site.standalone;

/** `{ [key]: url of path }`, or nothing where the site's address is unknown to a standalone file. */
export const siteLink = (key: string, path: string, site: SiteLocation) =>
  hasPages(site) ? { [key]: siteUrl(path, site) } : {};

/** The page of a record and the node id of the thing it describes. */
export const pageOf = (collection: CollectionName, id: string, site: SiteLocation) =>
  siteUrl(recordPath(collection, id), site);
/** The node id of the thing a record describes: `…/events/<id>/#record`. */
export const nodeId = (collection: CollectionName, id: string, site: SiteLocation): string =>
  hasPages(site)
    ? `${pageOf(collection, id, site)}#record`
    : `${releaseIri(datasetMeta)}#${collection}/${id}`;

export const sameAs = (record: { wikidata?: string | undefined }) =>
  record.wikidata ? { sameAs: wikidataUri(record.wikidata) } : {};

/** Other names: the Azerbaijani name, then alternatives and acronyms, without repeats. */
export function alternateNames(
  names: Names,
  ...more: (string | undefined)[]
): { alternateName?: string[] } {
  const list = [names.az, ...(names.alternatives ?? []).map((a) => a.name), ...more].filter(
    (n): n is string => typeof n === "string" && n !== names.en,
  );
  const unique = [...new Set(list)];
  return unique.length > 0 ? { alternateName: unique } : {};
}

// --- types of things ---------------------------------------------------------------------------

/** The schema.org type of a place record. */
export const placeType = (place: Place): "Country" | "City" | "AdministrativeArea" =>
  place.kind === "country" ? "Country" : place.kind === "city" ? "City" : "AdministrativeArea";

/** The schema.org type of an organisation record: state bodies are GovernmentOrganization. */
export const organizationType = (org: Organization): "GovernmentOrganization" | "Organization" =>
  ["government", "embassy", "parliament"].includes(org.kind)
    ? "GovernmentOrganization"
    : "Organization";

/** A short reference to another record: its type, node id, name and Wikidata link. */
export function reference(id: string, site: SiteLocation): JsonLdNode | undefined {
  const collection = collectionOf(id);
  const record = getById(id);
  if (!collection || !record) return undefined;
  const node = (type: string, name: string) => ({
    "@type": type,
    "@id": nodeId(collection, id, site),
    name,
    ...sameAs(record as { wikidata?: string }),
  });
  switch (collection) {
    case "places":
      return node(placeType(record as Place), (record as Place).name.en);
    case "organizations":
      return node(organizationType(record as Organization), (record as Organization).name.en);
    case "people":
      return node("Person", (record as Person).name.en);
    case "operations":
      return node("Event", (record as Operation).name.en);
    default:
      return undefined;
  }
}

export const references = (ids: readonly string[], site: SiteLocation): JsonLdNode[] =>
  ids.map((id) => reference(id, site)).filter((n): n is JsonLdNode => n !== undefined);

export const nonEmpty = <K extends string>(key: K, list: readonly unknown[]) =>
  list.length > 0 ? ({ [key]: list } as Record<K, unknown[]>) : {};

export function placeNode(place: Place, site: SiteLocation): JsonLdNode {
  return {
    "@type": placeType(place),
    "@id": nodeId("places", place.id, site),
    name: place.name.en,
    ...sameAs(place),
    ...(place.coordinates
      ? {
          geo: {
            "@type": "GeoCoordinates",
            latitude: place.coordinates.lat,
            longitude: place.coordinates.lon,
          },
        }
      : {}),
  };
}
