// schema.org JSON-LD for search engines, reference managers and fact-check pipelines, built from
// the package's data and metadata only: nothing here restates a fact by hand.
// Split by page kind: jsonld-core (shared), jsonld-dataset, jsonld-claims, jsonld-records.

export {
  claimReviewFeed,
  claimReviewJsonLd,
  claimReviews,
  ratingScale,
  UNRATED_VERDICTS,
  verdictMeanings,
  verdictRating,
} from "./jsonld-claims.ts";
export {
  CONTEXT,
  type JsonLdNode,
  nodeId,
  organizationType,
  placeType,
  type SiteLocation,
  siteUrl,
  wikidataUri,
} from "./jsonld-core.ts";
export {
  type DownloadFile,
  datasetJsonLd,
  distribution,
  encodingFormat,
  licenceTerms,
  shippedTexts,
  temporalCoverage,
} from "./jsonld-dataset.ts";
export { recordJsonLd } from "./jsonld-records.ts";

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
