// The tables of the export, derived from the package's own descriptions of its data: the data
// dictionary (field paths, kinds, titles, descriptions) and `relations` (every reference field).
// Nothing here repeats a rule of the data.
import type { CollectionName, Relation } from "@aznato/data";
import type { CollectionDescription, FieldDescription, FieldType } from "@aznato/data/schema";
import { humanize, singular, singularLast, snakeCase } from "./naming.js";

/** Table Schema field types the export uses (partial dates are strings, `checked` is a `date`). */
export type ColumnType = "string" | "integer" | "number" | "boolean" | "date";

/** The W3C selector parts a citation row carries (the quote itself is the `exact` part). */
export type SelectorPart = "prefix" | "suffix" | "start" | "end";

/** Where a cell comes from. */
export type CellSource =
  /** the id of the record the row belongs to */
  | { kind: "record-id" }
  /** the item's position (from 1) in its list, at this depth of nesting */
  | { kind: "position"; depth: number }
  /** the item itself (a link table's id) */
  | { kind: "item" }
  /** a value at a dotted path of the item; a list of strings is `joined` into one cell */
  | { kind: "value"; path: string; joined: boolean }
  /** a part of the selectors `selectorsFor()` gives for the citation at `path` ("" for the item) */
  | { kind: "selector"; path: string; part: SelectorPart }
  /** the record's name in `lang`, or in the other language where it has none */
  | { kind: "name"; lang: "en" | "az" }
  /** the language of the `name` cell beside it */
  | { kind: "name-lang"; lang: "en" | "az" };

export interface Column {
  name: string;
  source: CellSource;
  /** The data dictionary's type (`partial-date`, `id`, `url` …), `position` or `language`. */
  fieldType: FieldType | "position" | "language";
  type: ColumnType;
  required: boolean;
  title: string;
  /** Plain text (no Markdown). */
  description: string;
  values?: readonly string[];
  /** The collection an id in this column must be in (`any` for any record). */
  references?: CollectionName | "any";
  /** Separator of a short list joined into one cell. */
  separator?: string;
}

export interface ForeignKey {
  fields: string[];
  /** `resource` is left out for a reference into the same table (Table Schema v2). */
  reference: { resource?: string; fields: string[] };
}

/** What a table holds: a collection's records, the items of a list, the ids of a list, or a split-off field. */
export type TableKind = "collection" | "item" | "link" | "text";

export interface Table {
  name: string;
  kind: TableKind;
  collection: CollectionName;
  /** Dotted list paths from the record down to this table's items; empty for a record-level table. */
  steps: string[];
  /** For a `text` table: the record field whose value makes the row (records without it have none). */
  only?: string;
  title: string;
  /** Plain text (no Markdown): what one row is, from the schema's own descriptions. */
  description: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** Separator of short lists kept in one cell. */
export const LIST_SEPARATOR = ";";

/**
 * Fields that go into a table of their own rather than a column: the full text of the source
 * document is under another licence than the rest of the data (see LICENSE-DATA), so it gets a file
 * that can carry that licence.
 */
export const SPLIT_FIELDS = [
  { collection: "sources", path: "text", table: "source_texts" },
] as const;

/** Selector columns of a citation, after its own fields. */
const selectorColumns: [SelectorPart, ColumnType, string][] = [
  [
    "prefix",
    "string",
    "The words just before the quote in the source's text (W3C TextQuoteSelector prefix); empty where the text does not ship with the data.",
  ],
  [
    "suffix",
    "string",
    "The words just after the quote in the source's text (W3C TextQuoteSelector suffix); empty where the text does not ship with the data.",
  ],
  [
    "start",
    "integer",
    "Offset of the quote in the source's text (W3C TextPositionSelector start, UTF-16 code units); empty where the text does not ship with the data.",
  ],
  [
    "end",
    "integer",
    "Offset just past the quote in the source's text (W3C TextPositionSelector end); empty where the text does not ship with the data.",
  ],
];

function columnType(type: FieldType): ColumnType {
  if (type === "integer" || type === "number" || type === "boolean") return type;
  return type === "date" ? "date" : "string";
}

const positionDescription = "Position (from 1) of the item in its list in the record.";
const noun = (collection: CollectionName) => singular(collection).replaceAll("_", " ");
const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
const sentence = (text: string | undefined) => {
  const t = (text ?? "").trim();
  return t === "" || /[.!?]$/.test(t) ? t : `${t}.`;
};
/** `roles[].status.citations` → `roles, status, citations`, a path read aloud. */
const spoken = (path: string) => path.replaceAll("[]", "").split(".").join(" ");

interface Scope {
  collection: CollectionName;
  prefix: string;
  steps: string[];
  name: string;
  keys: Column[];
  /** The enclosing table and the columns of it that this table's keys point at. */
  parent?: { name: string; fields: string[] };
}

/** Where the data dictionary and `relations` meet: a field's reference, keyed `collection path`. */
type References = ReadonlyMap<string, CollectionName | "any">;

function requiredPath(
  byPath: ReadonlyMap<string, FieldDescription>,
  prefix: string,
  rest: string,
): boolean {
  let path = prefix;
  for (const part of rest.split(".")) {
    path = path === prefix ? `${prefix}${part}` : `${path}.${part}`;
    const field = byPath.get(path);
    if (field && !field.required) return false;
  }
  return true;
}

function valueColumn(
  field: FieldDescription,
  name: string,
  path: string,
  required: boolean,
  references: CollectionName | "any" | undefined,
): Column {
  const column: Column = {
    name,
    source: { kind: "value", path, joined: false },
    fieldType: field.type,
    type: columnType(field.type),
    required,
    title: field.title ?? "",
    description: sentence(field.description),
  };
  if (field.values) column.values = field.values;
  if (references) column.references = references;
  if (field.type === "partial-date") {
    column.description =
      `${column.description} A date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD.`.trim();
  }
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
            description: `The id of the ${noun(scope.collection)} this row belongs to.`,
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

function describeKeys(keys: readonly Column[]): string {
  const names = keys.map((k) => k.name);
  return names.length === 1
    ? (names[0] as string)
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function visit(
  fields: readonly FieldDescription[],
  scope: Scope,
  references: References,
  info: CollectionDescription,
  out: Table[],
): void {
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const columns: Column[] = [...scope.keys];
  const foreignKeys: ForeignKey[] = [];
  const children: Scope[] = [];
  const extra: Table[] = [];
  const base = scope.steps.length === 0 ? singular(scope.collection) : singularLast(scope.name);
  const lastStep = scope.steps.at(-1);
  const record = noun(scope.collection);
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
    const split = SPLIT_FIELDS.find((s) => s.collection === scope.collection && s.path === rest);
    if (scope.steps.length === 0 && split) {
      const key = childKeys(scope, "")[0] as Column;
      extra.push({
        name: split.table,
        kind: "text",
        collection: scope.collection,
        steps: [],
        only: rest,
        title: humanize(split.table),
        description: `${sentence(field.description)} One row per ${record} whose text ships with the data, keyed by ${key.name}.`,
        columns: [key, valueColumn(field, snakeCase(rest), rest, true, undefined)],
        primaryKey: [key.name],
        foreignKeys: [
          { fields: [key.name], reference: { resource: scope.collection, fields: ["id"] } },
        ],
      });
      continue;
    }
    // the selectors of a citation are computed from it (selectorsFor), not stored: see below
    if (/(?:^|\.)selector$/.test(rest) && field.list) continue;
    // an object's fields become columns of their own (status.value → status_value)
    if (field.type === "object" && !field.list) continue;
    const required = requiredPath(byPath, scope.prefix, rest);
    const name = snakeCase(rest);
    // `relations` writes a list of ids as `people[]`, the dictionary as a list field `people`
    const target =
      references.get(`${scope.collection} ${field.path}`) ??
      (field.list ? references.get(`${scope.collection} ${field.path}[]`) : undefined);
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
    } else if (field.list && target) {
      const keys = childKeys(scope, lastStep ? snakeCase(lastStep) : "");
      let valueName = target === "any" ? "record_id" : `${singular(target)}_id`;
      if (keys.some((k) => k.name === valueName)) valueName = `${name}_id`;
      const value: Column = {
        ...valueColumn(field, valueName, "", true, target),
        source: { kind: "item" },
        title: humanize(valueName),
        description:
          target === "any"
            ? "The id of a record of any collection (ids are unique across the dataset)."
            : `The id of ${article(noun(target))}.`,
      };
      const parentFields = scope.steps.length === 0 ? ["id"] : scope.keys.map((k) => k.name);
      const linkKeys: ForeignKey[] = [
        {
          fields: keys.slice(0, -1).map((k) => k.name),
          reference: { resource: scope.name, fields: parentFields },
        },
      ];
      if (target !== "any") {
        linkKeys.push({ fields: [valueName], reference: { resource: target, fields: ["id"] } });
      }
      const linked = target === "any" ? "record" : noun(target);
      extra.push({
        name: `${base}_${name}`,
        kind: "link",
        collection: scope.collection,
        steps: [...scope.steps, rest],
        title: humanize(`${base}_${name}`),
        description: `${sentence(field.description)} One row per ${linked} that ${article(record)} lists in ${spoken(field.path)}, in the record's order; keyed by ${describeKeys(keys)}.`,
        columns: [...keys, value],
        primaryKey: keys.map((k) => k.name),
        foreignKeys: linkKeys,
      });
    } else {
      // every column that holds an id of another record ends in _id
      const column = valueColumn(field, target ? `${name}_id` : name, rest, required, target);
      if (target) column.title = humanize(column.name);
      if (field.list) {
        column.source = { kind: "value", path: rest, joined: true };
        column.separator = LIST_SEPARATOR;
        column.description =
          `${column.description} Several values are separated by semicolons (${LIST_SEPARATOR}).`.trim();
      }
      columns.push(column);
      if (target && target !== "any") {
        foreignKeys.push({
          fields: [column.name],
          reference:
            target === scope.name ? { fields: ["id"] } : { resource: target, fields: ["id"] },
        });
      }
    }
  }
  // citations (an item of a citations list, or a citation field such as a claim's statement)
  // carry their W3C selectors, computed from the citation and the source's text
  for (const field of fields) {
    if (!field.path.startsWith(scope.prefix)) continue;
    const rest = field.path.slice(scope.prefix.length);
    if (rest.includes("[]") || !/(?:^|\.)selector$/.test(rest) || !field.list) continue;
    const at = rest.slice(0, -"selector".length).replace(/\.$/, "");
    for (const [part, type, description] of selectorColumns) {
      const name = snakeCase(at ? `${at}.selector_${part}` : `selector_${part}`);
      columns.push({
        name,
        source: { kind: "selector", path: at, part },
        fieldType: type === "integer" ? "integer" : "string",
        type,
        required: false,
        title: humanize(name),
        description,
      });
    }
  }
  // a zod title shared by several columns (e.g. "Partial date") says nothing: use the column name
  const counts = new Map<string, number>();
  for (const c of columns) counts.set(c.title, (counts.get(c.title) ?? 0) + 1);
  for (const column of columns) {
    if (!column.title || (counts.get(column.title) ?? 0) > 1) column.title = humanize(column.name);
  }
  const listField = fields.find((f) => `${f.path}[].` === scope.prefix);
  out.push({
    name: scope.name,
    kind: scope.steps.length === 0 ? "collection" : "item",
    collection: scope.collection,
    steps: scope.steps,
    title: scope.steps.length === 0 ? info.title : humanize(scope.name),
    description:
      scope.steps.length === 0
        ? `${sentence(info.description)} One row per ${record}.`
        : `${sentence(listField?.description)} One row per item of ${spoken(scope.prefix.slice(0, -3))} of ${article(record)}, in the record's order; keyed by ${describeKeys(scope.keys)}.`.trim(),
    columns: columns.map((c) => ({ ...c, title: c.title || humanize(c.name) })),
    primaryKey: scope.steps.length === 0 ? ["id"] : scope.keys.map((k) => k.name),
    foreignKeys,
  });
  out.push(...extra);
  for (const child of children) visit(fields, child, references, info, out);
}

/**
 * Every table of the export, from the package's data dictionary and relations: the collections
 * first, then their link, item and text tables.
 */
export function buildTables(
  dictionary: readonly CollectionDescription[],
  relations: readonly Relation[],
): Table[] {
  const references: References = new Map(relations.map((r) => [`${r.from} ${r.path}`, r.to]));
  const main: Table[] = [];
  const rest: Table[] = [];
  for (const info of dictionary) {
    const tables: Table[] = [];
    visit(
      info.fields,
      { collection: info.name, prefix: "", steps: [], name: info.name, keys: [] },
      references,
      info,
      tables,
    );
    main.push(tables[0] as Table);
    rest.push(...tables.slice(1));
  }
  return [...main, ...rest];
}
