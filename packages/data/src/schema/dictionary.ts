import { PARTIAL_DATE } from "../dates.js";
import { type CollectionName, relations } from "../relations.js";
import { jsonSchema } from "./json-schema.js";

/** The type of a field's values, as tables and dictionaries show it. */
export type FieldType =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "partial-date"
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
  /** The collection an id in this field must be in. */
  references?: CollectionName | "any";
}

type Node = {
  type?: string;
  format?: string;
  pattern?: string;
  title?: string;
  description?: string;
  enum?: string[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  allOf?: Node[];
};

const ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

function typeOf(node: Node): FieldType {
  if (node.pattern === PARTIAL_DATE.source) return "partial-date";
  if (node.pattern === ID_PATTERN) return "id";
  if (node.format === "uri") return "url";
  if (node.anyOf) return node.anyOf.every((n) => n.type === "number") ? "number" : "string";
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

function walk(node: Node, prefix: string, required: boolean, out: FieldDescription[]): void {
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
  out.push(field);
  if (type === "object" && item.properties) {
    const childRequired = new Set(item.required ?? []);
    for (const [key, child] of Object.entries(item.properties)) {
      walk(child, `${path}.${key}`, childRequired.has(key), out);
    }
  }
}

/**
 * Every field of a collection, nested fields included, with type, requiredness, description and
 * allowed values: generated from the zod schemas, so it cannot drift from them.
 */
export function dataDictionary(collection: CollectionName): FieldDescription[] {
  const root = (jsonSchema(collection) as Node).items as Node;
  const required = new Set(root.required ?? []);
  const out: FieldDescription[] = [];
  for (const [key, child] of Object.entries(root.properties ?? {})) {
    walk(child, key, required.has(key), out);
  }
  for (const field of out) {
    const path = `${field.path}${field.list ? "[]" : ""}`;
    const relation = relations.find((r) => r.from === collection && r.path === path);
    if (relation) field.references = relation.to;
  }
  return out;
}
