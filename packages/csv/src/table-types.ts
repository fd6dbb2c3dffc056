// The shape of the export's tables: columns, where each cell comes from, keys.
import type { CollectionName } from "@aznato/data";
import type { FieldType } from "@aznato/data/schema";

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
  | { kind: "name-lang"; lang: "en" | "az" }
  /** the year of the partial date at `path`, as a number */
  | { kind: "date-year"; path: string }
  /** the earliest day the partial date at `path` can mean (YYYY-MM-DD) */
  | { kind: "date-sort"; path: string };

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
