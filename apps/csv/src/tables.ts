import type { CollectionName } from "@aznato/data";
import type { FieldDescription, FieldType } from "@aznato/data/schema";
import { humanize, singular, singularLast, snakeCase } from "./naming.js";

/** The data dictionary of every collection, as `dataDictionary()` gives it. */
export type Dictionaries = Readonly<Record<CollectionName, readonly FieldDescription[]>>;

/** Table Schema field types the export uses (partial dates are strings with a pattern). */
export type ColumnType = "string" | "integer" | "number" | "boolean";

/** Where a cell comes from: the record's id, an item's position in its list, or a value. */
export type CellSource =
  | { kind: "record-id" }
  | { kind: "position"; depth: number }
  | { kind: "item" }
  | { kind: "value"; path: string; joined: boolean };

export interface Column {
  name: string;
  source: CellSource;
  /** The data dictionary's type (`partial-date`, `id`, `url` …), or `position`. */
  fieldType: FieldType | "position";
  type: ColumnType;
  required: boolean;
  title: string;
  description: string;
  values?: readonly string[];
  references?: CollectionName | "any";
  /** Separator of a short list joined into one cell. */
  separator?: string;
}

export interface ForeignKey {
  fields: string[];
  /** `resource` is left out for a reference into the same table (Table Schema v2). */
  reference: { resource?: string; fields: string[] };
}

export interface Table {
  name: string;
  collection: CollectionName;
  /** Dotted list paths from the record down to this table's items; empty for a collection's own table. */
  steps: string[];
  /** A link table: its items are ids, not objects. */
  link: boolean;
  description: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** Separator of short lists kept in one cell. */
export const LIST_SEPARATOR = ";";

function columnType(type: FieldType): ColumnType {
  return type === "integer" || type === "number" || type === "boolean" ? type : "string";
}

const positionDescription = "Position (from 1) of the item in its list in the record.";

interface Scope {
  collection: CollectionName;
  prefix: string;
  steps: string[];
  name: string;
  keys: Column[];
  /** The enclosing table and the columns of it that this table's keys point at. */
  parent?: { name: string; fields: string[] };
}

function requiredPath(fields: readonly FieldDescription[], prefix: string, rest: string): boolean {
  const parts = rest.split(".");
  for (let i = 1; i <= parts.length; i++) {
    const field = fields.find((f) => f.path === prefix + parts.slice(0, i).join("."));
    if (field && !field.required) return false;
  }
  return true;
}

function valueColumn(field: FieldDescription, name: string, path: string, required: boolean) {
  const column: Column = {
    name,
    source: { kind: "value", path, joined: false },
    fieldType: field.type,
    type: columnType(field.type),
    required,
    title: field.title ?? "",
    description: field.description ?? "",
  };
  if (field.values) column.values = field.values;
  if (field.references) column.references = field.references;
  return column;
}

function childKeys(scope: Scope, item: string): Column[] {
  const keys: Column[] =
    scope.steps.length === 0
      ? [
          {
            name: `${singular(scope.collection)}_id`,
            source: { kind: "record-id" },
            fieldType: "id",
            type: "string",
            required: true,
            title: humanize(`${singular(scope.collection)}_id`),
            description: `The id of the record in \`${scope.collection}\` this row belongs to.`,
            references: scope.collection,
          },
        ]
      : scope.keys.map((key) =>
          key.name === "position"
            ? {
                ...key,
                name: `${singularLast(item)}_position`,
                title: humanize(`${singularLast(item)}_position`),
              }
            : key,
        );
  return [
    ...keys,
    {
      name: "position",
      source: { kind: "position", depth: scope.steps.length },
      fieldType: "position",
      type: "integer",
      required: true,
      title: "Position",
      description: positionDescription,
    },
  ];
}

function visit(fields: readonly FieldDescription[], scope: Scope, out: Table[]): void {
  const columns: Column[] = [...scope.keys];
  const foreignKeys: ForeignKey[] = [];
  const children: Scope[] = [];
  const links: Table[] = [];
  const base = scope.steps.length === 0 ? singular(scope.collection) : singularLast(scope.name);
  const lastStep = scope.steps.at(-1);
  if (scope.parent) {
    foreignKeys.push({
      fields: scope.keys.slice(0, -1).map((k) => k.name),
      reference: { resource: scope.parent.name, fields: scope.parent.fields },
    });
  }
  for (const field of fields) {
    if (!field.path.startsWith(scope.prefix)) continue;
    const rest = field.path.slice(scope.prefix.length);
    if (rest.includes("[]")) continue;
    if (field.type === "object" && !field.list) continue;
    const required = requiredPath(fields, scope.prefix, rest);
    const name = snakeCase(rest);
    if (field.list && field.type === "object") {
      const keys = childKeys(scope, lastStep ? snakeCase(lastStep) : "");
      children.push({
        collection: scope.collection,
        prefix: `${scope.prefix}${rest}[].`,
        steps: [...scope.steps, rest],
        name: `${base}_${name}`,
        keys,
        parent: {
          name: scope.name,
          fields: scope.steps.length === 0 ? ["id"] : scope.keys.map((k) => k.name),
        },
      });
    } else if (field.list && field.references) {
      const keys = childKeys(scope, lastStep ? snakeCase(lastStep) : "");
      const ref = field.references;
      let valueName = ref === "any" ? "record_id" : `${singular(ref)}_id`;
      if (keys.some((k) => k.name === valueName)) valueName = `${name}_id`;
      const value: Column = {
        ...valueColumn(field, valueName, "", true),
        source: { kind: "item" },
      };
      const linkName = `${base}_${name}`;
      const parentFields = scope.steps.length === 0 ? ["id"] : scope.keys.map((k) => k.name);
      const linkKeys: ForeignKey[] = [
        {
          fields: keys.slice(0, -1).map((k) => k.name),
          reference: { resource: scope.name, fields: parentFields },
        },
      ];
      if (ref !== "any") {
        linkKeys.push({ fields: [valueName], reference: { resource: ref, fields: ["id"] } });
      }
      links.push({
        name: linkName,
        collection: scope.collection,
        steps: [...scope.steps, rest],
        link: true,
        description:
          `Links each record of \`${scope.name}\` to the ids in its \`${rest}\` list. ${field.description ?? ""}`.trim(),
        columns: [...keys, value],
        primaryKey: keys.map((k) => k.name),
        foreignKeys: linkKeys,
      });
    } else {
      const column = valueColumn(field, name, rest, required);
      if (field.list) {
        column.source = { kind: "value", path: rest, joined: true };
        column.separator = LIST_SEPARATOR;
        column.description =
          `${column.description} Several values are separated by \`${LIST_SEPARATOR}\`.`.trim();
      }
      columns.push(column);
      if (field.references && field.references !== "any") {
        const resource = field.references;
        foreignKeys.push({
          fields: [name],
          reference: resource === scope.name ? { fields: ["id"] } : { resource, fields: ["id"] },
        });
      }
    }
  }
  // a zod title shared by several columns (e.g. "Partial date") says nothing: use the column name
  const counts = new Map<string, number>();
  for (const c of columns) counts.set(c.title, (counts.get(c.title) ?? 0) + 1);
  for (const column of columns) {
    if (!column.title || (counts.get(column.title) ?? 0) > 1) column.title = humanize(column.name);
  }
  const fixTitles = (c: Column) => ({ ...c, title: c.title || humanize(c.name) });
  out.push({
    name: scope.name,
    collection: scope.collection,
    steps: scope.steps,
    link: false,
    description:
      scope.steps.length === 0
        ? `One row per record of \`${scope.collection}\`.`
        : `One row per item of the \`${scope.steps.join("[].")}\` list of each record of \`${scope.collection}\`.`,
    columns: columns.map(fixTitles),
    primaryKey: scope.steps.length === 0 ? ["id"] : scope.keys.map((k) => k.name),
    foreignKeys,
  });
  for (const link of links) out.push({ ...link, columns: link.columns.map(fixTitles) });
  for (const child of children) visit(fields, child, out);
}

/** Every table of the export, derived from the data dictionaries: collections first, then their link and item tables. */
export function buildTables(dictionaries: Dictionaries): Table[] {
  const out: Table[] = [];
  const collections = Object.keys(dictionaries) as CollectionName[];
  const main: Table[] = [];
  const rest: Table[] = [];
  for (const collection of collections) {
    const tables: Table[] = [];
    visit(
      dictionaries[collection],
      { collection, prefix: "", steps: [], name: collection, keys: [] },
      tables,
    );
    main.push(tables[0] as Table);
    rest.push(...tables.slice(1));
  }
  out.push(...main, ...rest);
  return out;
}
