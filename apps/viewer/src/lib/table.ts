import {
  type AnyRecord,
  type CollectionName,
  collectionOf,
  fold,
  formatDate,
  formatRange,
  getById,
  isPartialDate,
} from "@aznato/data";
import type { FieldDescription } from "@aznato/data/schema";
import { labelOf, namesOf, recordPath } from "./records.ts";

/** A column of a collection's table: a top-level field, shown as text, links or a date. */
export interface Column {
  key: string;
  label: string;
  description?: string | undefined;
  /** The record's name or title, linked to its page. */
  primary?: boolean;
  /** Offered as a facet (a closed vocabulary or a short list of references). */
  facet?: boolean;
  /** Holds record ids (shown as links); enum values that happen to equal an id are not. */
  reference?: boolean;
}

/** The fields each table shows; the record page shows all of them. */
const COLUMNS: Record<CollectionName, string[]> = {
  sources: ["title", "kind", "publisher", "language", "published"],
  areas: ["name", "description"],
  places: ["name", "kind", "country"],
  organizations: ["name", "acronym", "kind", "country", "parent"],
  people: ["name", "description"],
  programmes: ["name", "acronym", "kind", "start", "end", "status", "areas"],
  operations: ["name", "acronym", "start", "end", "participation", "status", "areas"],
  events: ["start", "title", "type", "scope", "areas"],
  claims: ["statement", "verdict", "about"],
};

const PRIMARY = new Set(["name", "title", "statement"]);
const LIST_FACETS = new Set(["areas"]);

const LABELS: Record<string, string> = {
  participation: "Azerbaijani personnel",
  statement: "Statement",
  about: "About",
};

/** `participationStart` → "Participation start". */
export const humanize = (key: string): string =>
  LABELS[key] ??
  (
    key.charAt(0).toUpperCase() +
    key
      .slice(1)
      .replace(/([A-Z])/g, " $1")
      .toLowerCase()
  ).replace(/\[\]/g, "");

/** The columns of a collection's table, with descriptions from the data dictionary. */
export function columnsFor(
  collection: CollectionName,
  dictionary: readonly FieldDescription[],
): Column[] {
  return COLUMNS[collection].map((key) => {
    const field = dictionary.find((f) => f.path === key);
    const column: Column = { key, label: humanize(key), description: field?.description };
    if (PRIMARY.has(key)) column.primary = true;
    if (field?.values || LIST_FACETS.has(key)) column.facet = true;
    if (field?.type === "id") column.reference = true;
    return column;
  });
}

export interface CellLink {
  href: string;
  label: string;
}

/** What a table cell shows and how it sorts and filters. */
export interface Cell {
  text: string;
  /** Value to sort by: ISO dates and plain text sort correctly as strings. */
  sort: string;
  /** Facet values (ids or vocabulary values). */
  values: string[];
  /** Referenced records, shown as links. */
  links: CellLink[];
  /** Set for a date so the page can use `<time>`. */
  datetime?: string | undefined;
}

const linkTo = (id: string): CellLink | undefined => {
  const collection = collectionOf(id);
  const record = getById(id);
  return collection && record
    ? { href: recordPath(collection, id), label: labelOf(record) }
    : undefined;
};

/** The cell of `record` in `column`. */
export function cellFor(record: AnyRecord, column: Column): Cell {
  if (column.primary) {
    const text = labelOf(record);
    return { text, sort: fold(text), values: [], links: [] };
  }
  const value = (record as unknown as Record<string, unknown>)[column.key];
  if (value === undefined || value === null) return { text: "", sort: "", values: [], links: [] };
  if (Array.isArray(value)) {
    const ids = value.filter((v): v is string => typeof v === "string");
    const links = ids.map(linkTo).filter((l): l is CellLink => l !== undefined);
    const text = links.map((l) => l.label).join(", ");
    return { text, sort: fold(text), values: ids, links };
  }
  if (typeof value === "string") {
    const link = column.reference && collectionOf(value) ? linkTo(value) : undefined;
    if (link) return { text: link.label, sort: fold(link.label), values: [value], links: [link] };
    if (isPartialDate(value) && /date|start|end|published/i.test(column.key)) {
      return { text: formatDate(value), sort: value, values: [value], links: [], datetime: value };
    }
    return { text: value, sort: fold(value), values: [value], links: [] };
  }
  if (typeof value === "object") {
    // a status ({ value, asOf, citations }) or a period ({ start, end })
    const v = value as { value?: string; start?: string; end?: string };
    if (typeof v.value === "string") return { text: v.value, sort: v.value, values: [v.value], links: [] };
    if (typeof v.start === "string") {
      const text = formatRange(v.start, v.end);
      return { text, sort: v.start, values: [], links: [], datetime: v.start };
    }
  }
  return { text: String(value), sort: String(value), values: [String(value)], links: [] };
}

/** Every string in a record (names in both languages, text fields), folded for search. */
export function searchTextOf(record: AnyRecord): string {
  const parts: string[] = [];
  const walk = (value: unknown, key: string): void => {
    // full texts and citations would make every row match common words
    if (key === "citations" || key === "text" || key === "evidence") return;
    if (typeof value === "string") parts.push(value);
    else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(record, "");
  const names = namesOf(record);
  if (names?.az) parts.push(names.az);
  return fold(parts.join(" "));
}

/** Facet values and how many records have each, most frequent first. */
export function facetCounts(
  cells: readonly Cell[],
): { value: string; label: string; count: number }[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const cell of cells) {
    cell.values.forEach((value, i) => {
      const label = cell.links[i]?.label ?? value;
      const entry = counts.get(value) ?? { label, count: 0 };
      entry.count += 1;
      counts.set(value, entry);
    });
  }
  return [...counts.entries()]
    .map(([value, { label, count }]) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
