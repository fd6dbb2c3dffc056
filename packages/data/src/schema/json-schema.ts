import { z } from "zod";
import { type CollectionName, collectionNames } from "../registry.js";
import { DatasetSchema } from "./dataset-schema.js";
import { collectionSchemas } from "./records.js";

/** The parts of a JSON Schema node that the dictionary and the generators read. */
export interface SchemaNode {
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  enum?: string[];
  const?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  /** What a string holds (`id`, `reference`, `partial-date`, `date`, `url`, `text` …). */
  "x-kind"?: string;
  /** The collection an id must be in, or `any`. */
  "x-references"?: CollectionName | "any";
}

/**
 * The schemas' own keywords, as ajv keyword definitions: annotations that never fail a value.
 * ajv's default strict mode refuses a keyword it does not know, so declare them first:
 * `jsonSchemaKeywords.forEach((k) => ajv.addKeyword(k))` (or `ajv.addVocabulary(["x-kind", "x-references"])`).
 */
export const jsonSchemaKeywords = [
  {
    keyword: "x-kind",
    schemaType: "string",
    metaSchema: { type: "string", description: "What a string holds." },
  },
  {
    keyword: "x-references",
    schemaType: "string",
    metaSchema: { enum: [...collectionNames, "any"], description: "The collection an id is in." },
  },
] as const;

const KEYWORDS_NOTE =
  "x-kind (what a string holds) and x-references (the collection an id is in) are annotations of @aznato/data. A strict validator must be told of them: with ajv, ajv.addVocabulary(['x-kind', 'x-references']) or the package's jsonSchemaKeywords.";

/** JSON Schema (draft 2020-12) of one collection (an array of its records), or of the whole dataset. */
export function jsonSchema(name: CollectionName | "dataset"): Record<string, unknown> {
  const schema = name === "dataset" ? DatasetSchema : z.array(collectionSchemas[name]);
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return { $schema, $comment: KEYWORDS_NOTE, ...rest };
}

/** Every JSON Schema the package ships, by file name. */
export const jsonSchemaFiles = (): Record<string, Record<string, unknown>> =>
  Object.fromEntries(
    (["dataset", ...collectionNames] as const).map((name) => [
      `${name}.schema.json`,
      jsonSchema(name),
    ]),
  );
