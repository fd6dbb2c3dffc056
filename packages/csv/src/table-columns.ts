// The pieces the tables are made of: columns from fields, the keys of item tables, and the plain
// words their descriptions use.
import type { CollectionName } from "@aznato/data";
import type { FieldDescription, FieldType } from "@aznato/data/schema";
import { humanize, singular, singularLast } from "./naming.js";
import type { Column, ColumnType, SelectorPart } from "./table-types.js";

/** Selector columns of a citation, after its own fields. */
export const selectorColumns: [SelectorPart, ColumnType, string][] = [
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

export function columnType(type: FieldType): ColumnType {
  if (type === "integer" || type === "number" || type === "boolean") return type;
  return type === "date" ? "date" : "string";
}

export const positionDescription = "Position (from 1) of the item in its list in the record.";
export const noun = (collection: CollectionName) => singular(collection).replaceAll("_", " ");
export const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
export const sentence = (text: string | undefined) => {
  const t = (text ?? "").trim();
  return t === "" || /[.!?]$/.test(t) ? t : `${t}.`;
};
/** `roles[].status.citations` → `roles, status, citations`, a path read aloud. */
export const spoken = (path: string) => path.replaceAll("[]", "").split(".").join(" ");

export interface Scope {
  collection: CollectionName;
  prefix: string;
  steps: string[];
  name: string;
  keys: Column[];
  /** The enclosing table and the columns of it that this table's keys point at. */
  parent?: { name: string; fields: string[] };
}

/** Where the data dictionary and `relations` meet: a field's reference, keyed `collection path`. */
export type References = ReadonlyMap<string, CollectionName | "any">;

export function requiredPath(
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

export function valueColumn(
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

export function childKeys(scope: Scope, item: string): Column[] {
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

export function describeKeys(keys: readonly Column[]): string {
  const names = keys.map((k) => k.name);
  return names.length === 1
    ? (names[0] as string)
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** `<date>_year` and `<date>_sort` beside the partial date `column` (whose value is at `path`). */
export function sortColumns(column: Column, path: string): Column[] {
  const { name, required } = column;
  return [
    {
      name: `${name}_year`,
      source: { kind: "date-year", path },
      fieldType: "integer",
      type: "integer",
      required,
      title: humanize(`${name}_year`),
      description: `The year of ${name}, as a number, for filtering and grouping.`,
    },
    {
      name: `${name}_sort`,
      source: { kind: "date-sort", path },
      fieldType: "date",
      type: "date",
      required,
      title: humanize(`${name}_sort`),
      description: `The earliest day ${name} can mean, as YYYY-MM-DD (1994 is 1994-01-01, 1994-05 is 1994-05-01): it sorts in date order in any spreadsheet, where ${name}, a partial date, is text.`,
    },
  ];
}
