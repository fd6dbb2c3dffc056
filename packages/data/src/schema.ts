// The `@aznato/data/schema` entry: zod schemas, inferred types, validation and JSON Schemas.
import { z } from "zod";
import { type CollectionName, collectionNames } from "./relations.js";
import { collectionSchemas } from "./schema/records.js";
import { DatasetSchema } from "./schema/validate.js";

export { type CollectionName, collectionNames, relations } from "./relations.js";
export * from "./schema/records.js";
export * from "./schema/validate.js";

/** JSON Schema (draft 2020-12) of one collection's records, or of the whole dataset. */
export function jsonSchema(name: CollectionName | "dataset"): Record<string, unknown> {
  const schema = name === "dataset" ? DatasetSchema : z.array(collectionSchemas[name]);
  return z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}

/** Every JSON Schema the package ships, by file name. */
export const jsonSchemaFiles = (): Record<string, Record<string, unknown>> =>
  Object.fromEntries(
    (["dataset", ...collectionNames] as const).map((name) => [
      `${name}.schema.json`,
      jsonSchema(name),
    ]),
  );
