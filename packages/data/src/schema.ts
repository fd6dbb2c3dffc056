// The `@aznato/data/schema` entry: zod schemas, inferred types, validation and JSON Schemas.
export {
  type CollectionName,
  collectionNames,
  collections,
  recordNames,
} from "./registry.js";
export { relations } from "./relations.js";
export * from "./schema/dataset-schema.js";
export * from "./schema/dictionary.js";
export * from "./schema/json-schema.js";
export { INPUT_LIMITS, type InputLimits } from "./schema/plain.js";
export * from "./schema/records.js";
export * from "./schema/validate.js";
