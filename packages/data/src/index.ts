// The root entry: frozen data and query helpers. It must never import zod at run time.
export {
  apa,
  bibtex,
  type CitationData,
  type CitedMeta,
  cff,
  citationData,
  cslItem,
  noHomeNotice,
  releaseIri,
  zenodo,
} from "./citation.js";
export { type Collections, dataset } from "./dataset.js";
export {
  compareDates,
  type DatePrecision,
  datePrecision,
  earliestDay,
  formatDate,
  formatRange,
  isPartialDate,
  latestDay,
  type PartialDate,
} from "./dates.js";
export { fold, looseKey } from "./fold.js";
export type { Frozen } from "./freeze.js";
export {
  areas,
  checklists,
  claims,
  events,
  operations,
  organizations,
  people,
  places,
  programmes,
  sources,
} from "./generated/data.js";
export type * from "./generated/ids.js";
export { type DatasetMeta, datasetMeta } from "./meta.js";
export {
  type AnyRecord,
  type CollectionOf,
  citationsFor,
  collectionOf,
  getById,
  type RecordFor,
  type RecordOf,
  type RelatedRecord,
  type ResolvedCitation,
  related,
  type TimelineOptions,
  timeline,
} from "./query.js";
export {
  type CollectionInfo,
  type CollectionName,
  collectionNames,
  collections,
  isCollectionName,
  type RecordName,
  recordNames,
} from "./registry.js";
export { type Relation, relations } from "./relations.js";
export type {
  Alternative,
  Area,
  Checklist,
  ChecklistItem,
  Citation,
  Claim,
  Contribution,
  Event,
  Meta,
  Names,
  Operation,
  Organization,
  Person,
  Place,
  Position,
  Programme,
  Source,
  Status,
} from "./schema/records.js";
export { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "./search/bounds.js";
export {
  createSearchIndex,
  type IndexHit,
  loadSearchIndex,
  type SearchDoc,
  type SearchIndex,
  type SearchOptions,
  type SearchPage,
  type SerializedSearchIndex,
} from "./search/engine.js";
export {
  type SearchField,
  type SearchFields,
  searchFieldNames,
  searchFields,
} from "./search/fields.js";
export { type SearchHit, search, searchIndexJSON, searchPage } from "./search/search.js";
export type { Snippet } from "./search/snippet.js";
export {
  resolveQuoteSelector,
  type Selector,
  selectorsFor,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "./selectors.js";
export { MAX_ID, MAX_TEXT, textProblem } from "./text-rules.js";
export {
  type ChecklistAnswer,
  checklistAnswers,
  type EventType,
  eventTypes,
  type StatusValue,
  statusValues,
  type Verdict,
  verdicts,
} from "./vocabulary.js";
