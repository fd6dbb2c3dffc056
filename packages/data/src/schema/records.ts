import type { z } from "zod";
import type { CollectionName } from "../registry.js";
import { EventSchema, OperationSchema, ProgrammeSchema } from "./activities.js";
import { ChecklistSchema, ClaimSchema } from "./checks.js";
import {
  AreaSchema,
  OrganizationSchema,
  PersonSchema,
  PlaceSchema,
  SourceSchema,
} from "./entities.js";

// The record schemas, split by group (fields, evidence, entities, activities, checks, meta-schema)
// and gathered here: import them from this file.

export {
  ContributionSchema,
  EventSchema,
  OperationSchema,
  ProgrammeSchema,
} from "./activities.js";
export {
  ChecklistAnswerSchema,
  ChecklistItemSchema,
  ChecklistSchema,
  ClaimSchema,
} from "./checks.js";
export {
  AreaSchema,
  OrganizationSchema,
  PersonSchema,
  PlaceSchema,
  PositionSchema,
  RoleSchema,
  SourceSchema,
} from "./entities.js";
export {
  AlternativeSchema,
  CertaintySchema,
  CitationSchema,
  SelectorSchema,
  StatusSchema,
} from "./evidence.js";
export {
  DaySchema,
  IdSchema,
  LanguageSchema,
  NamesSchema,
  PartialDateSchema,
  TextSchema,
  UrlSchema,
} from "./fields.js";
export { MetaSchema } from "./meta-schema.js";

/** The record schema of each collection, by collection name. */
export const collectionSchemas = {
  sources: SourceSchema,
  areas: AreaSchema,
  places: PlaceSchema,
  organizations: OrganizationSchema,
  people: PersonSchema,
  programmes: ProgrammeSchema,
  operations: OperationSchema,
  events: EventSchema,
  claims: ClaimSchema,
  checklists: ChecklistSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

// The record types are generated from these schemas with their field descriptions (see
// scripts/record-types.ts); src/index.test-d.ts proves each equals the type zod infers, frozen.
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
  Role,
  Selector,
  Source,
  Status,
} from "../generated/records.js";
export type { ChecklistAnswer, EventType, StatusValue, Verdict } from "../vocabulary.js";
