// The root entry: frozen data and query helpers. It must never import zod at run time.
export { areas } from "./collections/areas.js";
export { claims } from "./collections/claims.js";
export { events } from "./collections/events.js";
export { operations } from "./collections/operations.js";
export { organizations } from "./collections/organizations.js";
export { people } from "./collections/people.js";
export { places } from "./collections/places.js";
export { programmes } from "./collections/programmes.js";
export { sources } from "./collections/sources.js";
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
export { fold } from "./fold.js";
export type { Frozen } from "./freeze.js";
export type * from "./generated/ids.js";
export { type DatasetMeta, datasetMeta } from "./meta.js";
export {
  type AnyRecord,
  citationsFor,
  collectionOf,
  getById,
  type RecordFor,
  type RelatedRecord,
  type ResolvedCitation,
  related,
  type SearchHit,
  search,
  type TimelineOptions,
  timeline,
} from "./query.js";
export {
  type CollectionName,
  collectionNames,
  type Relation,
  recordNames,
  relations,
} from "./relations.js";
export type {
  Alternative,
  Area,
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
  Programme,
  Source,
} from "./schema/records.js";
export { type EventType, eventTypes, type Verdict, verdicts } from "./vocabulary.js";
