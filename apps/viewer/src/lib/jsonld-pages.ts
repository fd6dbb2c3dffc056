// schema.org JSON-LD of the pages that are not one record: collection indexes and the timeline
// (a CollectionPage whose main entity is the ItemList of its records), the data dictionary (a
// DefinedTermSet of the fields) and the source document (a WebPage about the source).
import {
  type AnyRecord,
  type CollectionName,
  collectionNames,
  dataset,
  timeline,
} from "@aznato/data";
import { dataDictionary } from "@aznato/data/schema";
import {
  CONTEXT,
  type DownloadFile,
  distribution,
  type JsonLdNode,
  nodeId,
  type SiteLocation,
  siteUrl,
} from "./jsonld.ts";
import { collectionTitles, labelOf, recordPath } from "./records.ts";

/** The dataset node of the home page, which every other page is part of. */
const datasetRef = (site: SiteLocation) => ({
  "@type": "Dataset",
  "@id": `${siteUrl("", site)}#dataset`,
});

/** A page's own node: its type, `@id` (the page URL), name, URL and the dataset it is part of. */
const pageNode = (type: string, path: string, name: string, site: SiteLocation): JsonLdNode => ({
  "@context": CONTEXT,
  "@type": type,
  "@id": siteUrl(path, site),
  name,
  url: siteUrl(path, site),
  isPartOf: datasetRef(site),
});

/** An ItemList of records, each by its node id, name and page, in the page's order. */
function itemList(
  collection: CollectionName,
  records: readonly AnyRecord[],
  site: SiteLocation,
): JsonLdNode {
  return {
    "@type": "ItemList",
    numberOfItems: records.length,
    itemListElement: records.map((record, i) => ({
      "@type": "ListItem",
      position: i + 1,
      item: { "@id": nodeId(collection, record.id, site), name: labelOf(record) },
      url: siteUrl(recordPath(collection, record.id), site),
    })),
  };
}

/** A collection's index page: a CollectionPage whose main entity lists every record. */
export function collectionPageJsonLd(collection: CollectionName, site: SiteLocation): JsonLdNode {
  return {
    ...pageNode("CollectionPage", `${collection}/`, collectionTitles[collection], site),
    mainEntity: itemList(collection, dataset[collection] as readonly AnyRecord[], site),
  };
}

/** The timeline: a CollectionPage listing every event, earliest first. */
export function timelinePageJsonLd(site: SiteLocation): JsonLdNode {
  return {
    ...pageNode("CollectionPage", "timeline/", "Timeline", site),
    mainEntity: itemList("events", timeline(), site),
  };
}

/** The coverage page: a CollectionPage listing every checklist. */
export function coveragePageJsonLd(site: SiteLocation): JsonLdNode {
  return {
    ...pageNode("CollectionPage", "coverage/", "Coverage", site),
    mainEntity: itemList("checklists", dataset.checklists, site),
  };
}

/** The downloads page: a WebPage about the dataset whose main entity lists every file. */
export function downloadsPageJsonLd(
  downloads: readonly DownloadFile[],
  site: SiteLocation,
): JsonLdNode {
  return {
    ...pageNode("WebPage", "downloads/", "Downloads", site),
    about: datasetRef(site),
    mainEntity: {
      "@type": "ItemList",
      numberOfItems: downloads.length,
      itemListElement: distribution(downloads, site).map((item, i) => ({
        "@type": "ListItem",
        position: i + 1,
        item,
      })),
    },
  };
}

/** The data dictionary: a DefinedTermSet with a DefinedTerm per field of every collection. */
export function dictionaryPageJsonLd(site: SiteLocation): JsonLdNode {
  const url = siteUrl("dictionary/", site);
  return {
    ...pageNode("DefinedTermSet", "dictionary/", "Data dictionary", site),
    hasDefinedTerm: collectionNames.flatMap((collection) =>
      dataDictionary(collection).map((field) => ({
        "@type": "DefinedTerm",
        // brackets are not allowed in a fragment
        "@id": `${url}#${collection}.${field.path.replaceAll("[", "%5B").replaceAll("]", "%5D")}`,
        name: `${collection}.${field.path}`,
        termCode: field.path,
        ...(field.description ? { description: field.description } : {}),
      })),
    ),
  };
}

/** The source document's page: a WebPage about the source record it shows in full. */
export function sourceDocumentPageJsonLd(site: SiteLocation): JsonLdNode | undefined {
  const document = dataset.sources.find((s) => s.kind === "source-document" && s.text);
  if (!document) return undefined;
  return {
    ...pageNode("WebPage", "source-document/", document.title, site),
    about: {
      "@type": "CreativeWork",
      "@id": nodeId("sources", document.id, site),
      name: document.title,
    },
    inLanguage: document.language,
  };
}
