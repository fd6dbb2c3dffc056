import {
  type Claim,
  citationData,
  type DatasetMeta,
  dataset,
  datasetMeta,
  getById,
  releaseIri,
  type Source,
  type Verdict,
  verdicts,
} from "@aznato/data";
import {
  CONTEXT,
  hasPages,
  type JsonLdNode,
  nodeId,
  type SiteLocation,
  siteLink,
  siteUrl,
} from "./jsonld-core.ts";
import { licenceTerms } from "./jsonld-dataset.ts";
import { recordPath } from "./records.ts";

// JSON-LD of the fact check: a ClaimReview per claim, and the claimreview.json feed.

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

export function creativeWork(source: Source): JsonLdNode {
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
