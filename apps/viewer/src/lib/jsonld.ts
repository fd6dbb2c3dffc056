// schema.org JSON-LD for search engines, reference managers and fact-check pipelines, built from
// the package's data and metadata only: nothing here restates a fact by hand.
import {
  type AnyRecord,
  type Checklist,
  type Claim,
  type CollectionName,
  citationData,
  collectionOf,
  collections,
  type DatasetMeta,
  dataset,
  datasetMeta,
  type Event,
  formatDate,
  getById,
  type Names,
  type Operation,
  type Organization,
  type Person,
  type Place,
  type Programme,
  releaseIri,
  type Source,
  timeline,
  type Verdict,
  verdicts,
} from "@aznato/data";
import { apaCitation } from "./cite.ts";
import { recordPath, url } from "./records.ts";

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
const hasPages = (site: SiteLocation) => Boolean(site.origin) || !site.standalone;

/** `{ [key]: url of path }`, or nothing where the site's address is unknown to a standalone file. */
const siteLink = (key: string, path: string, site: SiteLocation) =>
  hasPages(site) ? { [key]: siteUrl(path, site) } : {};

/** The page of a record and the node id of the thing it describes. */
const pageOf = (collection: CollectionName, id: string, site: SiteLocation) =>
  siteUrl(recordPath(collection, id), site);
/** The node id of the thing a record describes: `…/events/<id>/#record`. */
export const nodeId = (collection: CollectionName, id: string, site: SiteLocation): string =>
  hasPages(site)
    ? `${pageOf(collection, id, site)}#record`
    : `${releaseIri(datasetMeta)}#${collection}/${id}`;

const sameAs = (record: { wikidata?: string | undefined }) =>
  record.wikidata ? { sameAs: wikidataUri(record.wikidata) } : {};

/** Other names: the Azerbaijani name, then alternatives and acronyms, without repeats. */
function alternateNames(
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
function reference(id: string, site: SiteLocation): JsonLdNode | undefined {
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

const references = (ids: readonly string[], site: SiteLocation): JsonLdNode[] =>
  ids.map((id) => reference(id, site)).filter((n): n is JsonLdNode => n !== undefined);

const nonEmpty = <K extends string>(key: K, list: readonly unknown[]) =>
  list.length > 0 ? ({ [key]: list } as Record<K, unknown[]>) : {};

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

function placeNode(place: Place, site: SiteLocation): JsonLdNode {
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

// --- the fact check ----------------------------------------------------------------------------

/** Verdicts that judge no truth: no other source was found, so they have no place on the scale. */
export const UNRATED_VERDICTS: readonly Verdict[] = ["unverified"];

/** The verdicts on the numeric scale, best first, in the vocabulary's order. */
const rated = () => verdicts.filter((v) => !UNRATED_VERDICTS.includes(v));

/**
 * The rating of a verdict. The verdict itself is the rating's `alternateName` (the textual rating
 * aggregators show). Verdicts that judge the claim's truth also have a place on a numeric scale,
 * in the vocabulary's order from the last (1, worst) to the first (best); `unverified` has none,
 * so that no aggregator reads "no other source found" as a low truth score.
 */
export function verdictRating(verdict: Verdict): {
  "@type": "Rating";
  alternateName: Verdict;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
} {
  if (!verdicts.includes(verdict))
    throw new RangeError(`Unknown verdict ${JSON.stringify(verdict)}`);
  const scale = rated();
  const index = scale.indexOf(verdict);
  if (index === -1) return { "@type": "Rating", alternateName: verdict };
  return {
    "@type": "Rating",
    alternateName: verdict,
    ratingValue: scale.length - index,
    bestRating: scale.length,
    worstRating: 1,
  };
}

/**
 * What each verdict means, from the schema's description of the field
 * (`confirmed: other sources agree; imprecise: …`).
 */
export function verdictMeanings(description: string): Partial<Record<Verdict, string>> {
  const meanings: Partial<Record<Verdict, string>> = {};
  for (const part of description.split(/;\s*/)) {
    const m = /^([a-z-]+):\s*(.+?)\.?$/.exec(part.trim());
    if (m && (verdicts as readonly string[]).includes(m[1] as string)) {
      meanings[m[1] as Verdict] = m[2] as string;
    }
  }
  return meanings;
}

/** The scale, best first, for the documentation. */
export const ratingScale = (): ReturnType<typeof verdictRating>[] => verdicts.map(verdictRating);

function creativeWork(source: Source): JsonLdNode {
  return {
    "@type": "CreativeWork",
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    publisher: { "@type": "Organization", name: source.publisher },
    ...(source.published ? { datePublished: source.published } : {}),
    ...(source.author ? { author: source.author } : {}),
    inLanguage: source.language,
  };
}

/** schema.org `ClaimReview` of one claim, with the page of the claim as its URL. */
export function claimReviewJsonLd(
  claim: Claim,
  site: SiteLocation,
  meta: DatasetMeta = datasetMeta,
): JsonLdNode {
  const source = getById(claim.statement.source) as Source | undefined;
  if (!source)
    throw new Error(`Claim ${claim.id} cites an unknown source ${claim.statement.source}`);
  const appearance = creativeWork(source);
  return {
    "@context": CONTEXT,
    "@type": "ClaimReview",
    "@id": nodeId("claims", claim.id, site),
    ...siteLink("url", recordPath("claims", claim.id), site),
    claimReviewed: claim.statement.quote,
    itemReviewed: {
      "@type": "Claim",
      author: appearance.publisher,
      ...(source.published ? { datePublished: source.published } : {}),
      appearance,
      firstAppearance: appearance,
    },
    reviewRating: { ...verdictRating(claim.verdict), ratingExplanation: claim.explanation },
    author: {
      "@type": "Organization",
      name: citationData(meta).author,
      ...siteLink("url", "", site),
    },
    datePublished: claim.checked,
    inLanguage: "en",
  };
}

/** Every claim's `ClaimReview`, in the order of the fact-check page (the order in the source). */
export function claimReviews(site: SiteLocation, meta: DatasetMeta = datasetMeta): JsonLdNode[] {
  return [...dataset.claims]
    .sort((a, b) => (a.statement.start ?? 0) - (b.statement.start ?? 0) || a.id.localeCompare(b.id))
    .map((c) => claimReviewJsonLd(c, site, meta));
}

/**
 * `claimreview.json`: the same ClaimReviews as a schema.org `DataFeed`, the shape fact-check
 * aggregators ingest. It is read away from the site, so every IRI in it is absolute: the site's
 * where its address is known (SITE_URL), else ids under the release's IRI (`releaseIri`).
 */
export function claimReviewFeed(at: SiteLocation, meta: DatasetMeta = datasetMeta): JsonLdNode {
  const site = { ...at, standalone: true };
  const data = licenceTerms(meta).find((l) => l.scope === "data");
  return {
    "@context": CONTEXT,
    "@type": "DataFeed",
    "@id": hasPages(site)
      ? siteUrl("downloads/claimreview.json", site)
      : `${releaseIri(meta)}#claimreview`,
    name: `${meta.title}: fact check`,
    description: `Each checked claim of the source document as a schema.org ClaimReview. Version ${meta.version}, data as of ${meta.asOf}.`,
    ...siteLink("url", "fact-check/", site),
    version: meta.version,
    dateModified: meta.asOf,
    ...(data ? { license: data.url } : {}),
    dataFeedElement: claimReviews(site, meta).map(({ "@context": _, ...review }) => review),
  };
}

// --- record pages ------------------------------------------------------------------------------

function eventNode(event: Event, site: SiteLocation): JsonLdNode {
  return {
    "@type": "Event",
    name: event.title,
    description: event.summary,
    startDate: event.start,
    ...(event.end ? { endDate: event.end } : {}),
    ...nonEmpty("location", references(event.places, site)),
    ...nonEmpty("attendee", references([...event.people, ...event.organizations], site)),
    ...nonEmpty("superEvent", references(event.operations, site)),
  };
}

function operationNode(op: Operation, site: SiteLocation): JsonLdNode {
  return {
    "@type": "Event",
    name: op.name.en,
    ...alternateNames(op.name, op.acronym),
    description: op.description,
    startDate: op.start,
    ...(op.end ? { endDate: op.end } : {}),
    ...nonEmpty("location", references(op.places, site)),
    ...nonEmpty("organizer", references(op.organizations, site)),
  };
}

/**
 * A programme as a schema.org `Project` ("an enterprise … planned to achieve a particular aim", an
 * Organization): its dates as founding and dissolution, its organisations as members.
 */
function programmeNode(programme: Programme, site: SiteLocation): JsonLdNode {
  return {
    "@type": "Project",
    name: programme.name.en,
    ...alternateNames(programme.name, programme.acronym),
    description: programme.description,
    ...(programme.start ? { foundingDate: programme.start } : {}),
    ...(programme.end ? { dissolutionDate: programme.end } : {}),
    ...nonEmpty("member", references(programme.organizations ?? [], site)),
  };
}

/** A checklist as a schema.org `ItemList`: each item of its universe with its answer. */
function checklistNode(checklist: Checklist, site: SiteLocation): JsonLdNode {
  return {
    "@type": "ItemList",
    name: checklist.title,
    description: checklist.description,
    numberOfItems: checklist.items.length,
    itemListElement: checklist.items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.label,
      description: `${item.answer}${item.detail ? `: ${item.detail}` : ""}`,
      // the records that answer it, by node id
      ...nonEmpty(
        "item",
        (item.records ?? []).flatMap((id) => {
          const collection = collectionOf(id);
          return collection ? [{ "@id": nodeId(collection, id, site) }] : [];
        }),
      ),
    })),
  };
}

function personNode(person: Person): JsonLdNode {
  return {
    "@type": "Person",
    name: person.name.en,
    ...alternateNames(person.name),
    description: person.description,
    ...sameAs(person),
  };
}

function placeRecordNode(place: Place, site: SiteLocation): JsonLdNode {
  const country = place.country ? reference(place.country, site) : undefined;
  const codes = [
    place.iso3166 && { name: "ISO 3166-1 alpha-2", value: place.iso3166.alpha2 },
    place.iso3166?.alpha3 && { name: "ISO 3166-1 alpha-3", value: place.iso3166.alpha3 },
    place.subdivision && { name: "ISO 3166-2", value: place.subdivision },
  ]
    .filter((c): c is { name: string; value: string } => Boolean(c))
    .map((c) => ({ "@type": "PropertyValue", propertyID: c.name, value: c.value }));
  const { "@id": _, ...node } = placeNode(place, site);
  return {
    ...node,
    ...alternateNames(place.name),
    ...(country ? { containedInPlace: country } : {}),
    ...nonEmpty("identifier", codes),
  };
}

function organizationNode(org: Organization, site: SiteLocation): JsonLdNode {
  const parent = org.parent ? reference(org.parent, site) : undefined;
  const country = org.country ? reference(org.country, site) : undefined;
  return {
    "@type": organizationType(org),
    name: org.name.en,
    ...alternateNames(org.name, org.acronym),
    ...(org.description ? { description: org.description } : {}),
    ...(parent ? { parentOrganization: parent } : {}),
    ...(country ? { location: country } : {}),
    ...sameAs(org),
  };
}

/**
 * The JSON-LD of a record page: Event (events and operations), Person, Place (Country, City or
 * AdministrativeArea), Organization or GovernmentOrganization, Project (programmes), CreativeWork
 * (sources), DefinedTerm (areas) and ClaimReview (claims); `sameAs` the Wikidata entity where the
 * record has a QID. A collection without a fitting type gets none (`undefined`).
 */
export function recordJsonLd(
  collection: CollectionName,
  record: AnyRecord,
  site: SiteLocation,
): JsonLdNode | undefined {
  if (collection === "claims") return claimReviewJsonLd(record as Claim, site);
  const page = pageOf(collection, record.id, site);
  let node: JsonLdNode;
  switch (collection) {
    case "events":
      node = eventNode(record as Event, site);
      break;
    case "operations":
      node = operationNode(record as Operation, site);
      break;
    case "people":
      node = personNode(record as Person);
      break;
    case "programmes":
      node = programmeNode(record as Programme, site);
      break;
    case "checklists":
      node = checklistNode(record as Checklist, site);
      break;
    case "places":
      node = placeRecordNode(record as Place, site);
      break;
    case "organizations":
      node = organizationNode(record as Organization, site);
      break;
    case "sources": {
      // the work itself lives at its own URL; this site's page describes it
      const { url: original, ...work } = creativeWork(record as Source);
      node = { ...work, ...(original ? { sameAs: original } : {}) };
      break;
    }
    case "areas": {
      const title = collections.find((c) => c.name === "areas")?.title ?? "areas";
      node = {
        "@type": "DefinedTerm",
        name: (record as { name: Names }).name.en,
        description: (record as { description: string }).description,
        termCode: record.id,
        inDefinedTermSet: { "@type": "DefinedTermSet", name: title, url: siteUrl("areas/", site) },
      };
      break;
    }
    default:
      return undefined;
  }
  return {
    "@context": CONTEXT,
    ...node,
    "@id": nodeId(collection, record.id, site),
    url: page,
    // the record's id first, then any codes the node has (a place's ISO 3166 codes)
    identifier: Array.isArray(node.identifier) ? [record.id, ...node.identifier] : record.id,
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: characters that could end the script or
 * start markup are written as JSON escapes, so the block can never break out into HTML.
 */
export const scriptJson = (data: unknown): string =>
  JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
