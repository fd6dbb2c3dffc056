// Renders the record types as TypeScript interfaces with the schemas' field descriptions, so the
// API reference and editors show every field. src/index.test-d.ts proves each one equals the type
// inferred from its zod schema, so they cannot drift.
import { collectionNames, recordNames } from "../src/registry.js";
import { jsonSchema, type SchemaNode } from "../src/schema/json-schema.js";

// schemas that several records share get a name of their own (by their `.meta({ title })`)
const NAMED: Record<string, string> = {
  Names: "Names",
  Citation: "Citation",
  "Alternative value": "Alternative",
  Status: "Status",
  Role: "Role",
  Position: "Position",
  Contribution: "Contribution",
  Selector: "Selector",
  "Checklist item": "ChecklistItem",
};

const doc = (text: string | undefined, indent: string): string[] =>
  text ? [`${indent}/** ${text.replace(/\*\//g, "*\\/")} */`] : [];

class Renderer {
  readonly named = new Map<string, string>();

  type(node: SchemaNode, indent: string, own?: string): string {
    const name = node.title ? NAMED[node.title] : undefined;
    if (name && name !== own) {
      if (!this.named.has(name)) {
        this.named.set(name, ""); // reserve: a schema may contain itself
        this.named.set(name, this.declaration(name, node));
      }
      return name;
    }
    if (node["x-references"]) {
      return node["x-references"] === "any" ? "RecordId" : `IdOf["${node["x-references"]}"]`;
    }
    if (node.const !== undefined) return JSON.stringify(node.const);
    if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(" | ");
    const variants = node.anyOf ?? node.oneOf;
    if (variants) return variants.map((v) => this.type(v, indent)).join(" | ");
    switch (node.type) {
      case "array":
        return `readonly ${this.wrap(this.type(node.items ?? {}, indent))}[]`;
      case "integer":
      case "number":
        return "number";
      case "boolean":
        return "boolean";
      case "object":
        return this.objectLiteral(node, indent);
      default:
        return "string";
    }
  }

  wrap(type: string): string {
    return /[ |]/.test(type) && !type.startsWith("{") ? `(${type})` : type;
  }

  members(node: SchemaNode, indent: string, idType?: string): string[] {
    const required = new Set(node.required ?? []);
    const lines: string[] = [];
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const optional = !required.has(key);
      const type = key === "id" && idType ? idType : this.type(child, indent);
      lines.push(
        ...doc(child.description, indent),
        `${indent}readonly ${key}${optional ? "?" : ""}: ${type}${optional ? " | undefined" : ""};`,
      );
    }
    return lines;
  }

  objectLiteral(node: SchemaNode, indent: string): string {
    return `{\n${this.members(node, `${indent}  `).join("\n")}\n${indent}}`;
  }

  declaration(name: string, node: SchemaNode, idType?: string): string {
    const variants = node.anyOf ?? node.oneOf;
    const head = doc(node.description, "");
    if (variants) {
      const body = variants.map((v) => this.objectLiteral(v, "  ")).join("\n  | ");
      return [...head, `export type ${name} =\n  | ${body};`].join("\n");
    }
    return [...head, `export interface ${name} {`, ...this.members(node, "  ", idType), "}"].join(
      "\n",
    );
  }
}

/** `src/generated/records.ts`: one interface per record type and per shared part. */
export function renderRecordTypes(banner: string): string {
  const renderer = new Renderer();
  const records = collectionNames.map((name) => {
    const node = (jsonSchema(name) as SchemaNode).items as SchemaNode;
    return renderer.declaration(recordNames[name], node, `IdOf["${name}"]`);
  });
  const meta = ((jsonSchema("dataset") as SchemaNode).properties?.meta ?? {}) as SchemaNode;
  const metaType = renderer.declaration("Meta", meta);
  return [
    banner,
    'import type { IdOf, RecordId } from "./ids.js";',
    "",
    [...records, metaType, ...renderer.named.values()].join("\n\n"),
    "",
  ].join("\n");
}
