import {
  type AnyRecord,
  type Checklist,
  type Claim,
  type CollectionName,
  collectionOf,
  collections,
  type Event,
  type Names,
  type Operation,
  type Organization,
  type Person,
  type Place,
  type Programme,
  type Source,
} from "@aznato/data";
import { claimReviewJsonLd, creativeWork } from "./jsonld-claims.ts";
import {
  alternateNames,
  CONTEXT,
  type JsonLdNode,
  nodeId,
  nonEmpty,
  organizationType,
  pageOf,
  placeNode,
  reference,
  references,
  type SiteLocation,
  sameAs,
  siteUrl,
} from "./jsonld-core.ts";

// JSON-LD of the record pages.

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
