import type { CollectionName } from "../registry.js";
import { collectionNames, collections } from "../registry.js";
import { jsonSchema, type SchemaNode } from "./json-schema.js";

/** The type of a field's values, as tables and dictionaries show it. */
export type FieldType =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "partial-date"
  | "date"
  | "id"
  | "url"
  | "object";

/** One field of a collection's records, as the data dictionary, the CSV schema and the viewer show it. */
export interface FieldDescription {
  /** Dotted path; `[]` marks the items of a list, e.g. `citations[].quote`. */
  path: string;
  /** The type of the value (of each item, for a list). */
  type: FieldType;
  /** Whether the value is a list of `type`. */
  list: boolean;
  /** Whether every record (or every item of the enclosing list) has it. */
  required: boolean;
  /** A short name for the field, where the schema gives one. */
  title?: string;
  /** What the field holds. */
  description?: string;
  /** The allowed values of a closed vocabulary. */
  values?: readonly string[];
  /** The collection an id in this field must be in (`any` for any record). */
  references?: CollectionName | "any";
}

/** One collection as the data dictionary describes it. */
export interface CollectionDescription {
  /** The collection's name. */
  name: CollectionName;
  /** The record type's name (`Event`). */
  record: string;
  /** A title for people. */
  title: string;
  /** What one record is, from the schema. */
  description: string;
  /** Every field, nested ones included. */
  fields: FieldDescription[];
}

const KIND_TYPES: Record<string, FieldType> = {
  id: "id",
  reference: "id",
  "partial-date": "partial-date",
  date: "date",
  url: "url",
};

function typeOf(node: SchemaNode): FieldType {
  const kind = node["x-kind"] && KIND_TYPES[node["x-kind"]];
  if (kind) return kind;
  const variants = node.anyOf ?? node.oneOf;
  if (variants) {
    if (variants.every((n) => n.type === "number")) return "number";
    return variants.some((n) => n.type === "object") ? "object" : "string";
  }
  switch (node.type) {
    case "integer":
    case "number":
    case "boolean":
    case "object":
      return node.type;
    default:
      return "string";
  }
}

function walk(node: SchemaNode, prefix: string, required: boolean, out: FieldDescription[]): void {
  const list = node.type === "array";
  const item = list && node.items ? node.items : node;
  const path = `${prefix}${list ? "[]" : ""}`;
  const type = typeOf(item);
  const field: FieldDescription = { path: prefix, type, list, required };
  const title = node.title ?? item.title;
  const description = node.description ?? item.description;
  if (title) field.title = title;
  if (description) field.description = description;
  if (item.enum) field.values = item.enum;
  if (item["x-references"]) field.references = item["x-references"];
  out.push(field);
  if (type === "object" && item.properties) {
    const childRequired = new Set(item.required ?? []);
    for (const [key, child] of Object.entries(item.properties)) {
      walk(child, `${path}.${key}`, childRequired.has(key), out);
    }
  }
}

/**
 * Every field of a collection, nested fields included, with type, requiredness, description,
 * allowed values and references: generated from the zod schemas, so it cannot drift from them.
 */
export function dataDictionary(collection: CollectionName): FieldDescription[] {
  const root = (jsonSchema(collection) as SchemaNode).items as SchemaNode;
  const required = new Set(root.required ?? []);
  const out: FieldDescription[] = [];
  for (const [key, child] of Object.entries(root.properties ?? {})) {
    walk(child, key, required.has(key), out);
  }
  return out;
}

/** The whole data dictionary: every collection with its description and fields (`dictionary.json`). */
export function dictionary(): CollectionDescription[] {
  return collectionNames.map((name) => {
    const info = collections.find((c) => c.name === name);
    const root = (jsonSchema(name) as SchemaNode).items as SchemaNode;
    return {
      name,
      record: info?.record ?? name,
      title: info?.title ?? name,
      description: root.description ?? "",
      fields: dataDictionary(name),
    };
  });
}
