// JSON-LD as linked-data tools read it: jsonld.js expands each block in safe mode (which fails on
// a dropped term) and every IRI of the result must be absolute (safe mode lets a relative IRI
// value through, and an RDF converter then drops its triple).
import jsonld from "jsonld";

/**
 * A stand-in for https://schema.org's JSON-LD context (the tests have no network), written for the
 * terms this site uses as that context defines them: the vocabulary is http://schema.org/, and the
 * properties whose range includes URL take IRIs. The rest resolve through @vocab, as there.
 */
export const SCHEMA_ORG_CONTEXT = {
  "@vocab": "http://schema.org/",
  schema: "http://schema.org/",
  contentUrl: { "@id": "schema:contentUrl", "@type": "@id" },
  inDefinedTermSet: { "@id": "schema:inDefinedTermSet", "@type": "@id" },
  isPartOf: { "@id": "schema:isPartOf", "@type": "@id" },
  license: { "@id": "schema:license", "@type": "@id" },
  sameAs: { "@id": "schema:sameAs", "@type": "@id" },
  url: { "@id": "schema:url", "@type": "@id" },
  dateModified: { "@id": "schema:dateModified", "@type": "Date" },
  datePublished: { "@id": "schema:datePublished", "@type": "Date" },
  dissolutionDate: { "@id": "schema:dissolutionDate", "@type": "Date" },
  endDate: { "@id": "schema:endDate", "@type": "Date" },
  startDate: { "@id": "schema:startDate", "@type": "Date" },
};

const SCHEMA_ORG = new Set(["https://schema.org", "https://schema.org/", "http://schema.org/"]);

const documentLoader = async (url: string) => {
  if (!SCHEMA_ORG.has(url)) throw new Error(`No network in the tests: cannot load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { "@context": SCHEMA_ORG_CONTEXT } };
};

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** Every `@id` and `@type` IRI in an expanded document that is not absolute. */
function relativeIris(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) relativeIris(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "@id" && typeof v === "string" && !ABSOLUTE.test(v)) out.push(v);
      else if (key === "@type" && !("@value" in value)) {
        for (const t of [v].flat()) if (typeof t === "string" && !ABSOLUTE.test(t)) out.push(t);
      } else if (key !== "@value") relativeIris(v, out);
    }
  }
  return out;
}

/**
 * Expands a JSON-LD document against `base` (a page's URL, or `null` for a file read on its own):
 * throws where jsonld.js would drop a term; returns the expanded document and its relative IRIs.
 */
export async function expandStrictly(
  document: unknown,
  base: string | null,
): Promise<{ expanded: unknown[]; relative: string[] }> {
  let expanded: unknown[];
  try {
    const options = { documentLoader, base, safe: true } as jsonld.Options.Expand;
    expanded = (await jsonld.expand(document as jsonld.JsonLdDocument, options)) as unknown[];
  } catch (error) {
    // jsonld.js keeps what went wrong in its details: put it in the message
    const event = (error as { details?: { event?: { message?: string; details?: unknown } } })
      .details?.event;
    throw new Error(
      `${(error as Error).message} ${event?.message ?? ""} ${JSON.stringify(event?.details ?? "")}`,
    );
  }
  return { expanded, relative: relativeIris(expanded) };
}
