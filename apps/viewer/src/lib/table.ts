import {
  type AnyRecord,
  type CollectionName,
  collectionOf,
  fold,
  formatDate,
  formatRange,
  getById,
  isPartialDate,
  searchFields,
} from "@aznato/data";
import type { FieldDescription } from "@aznato/data/schema";
import { fieldLabel, humanize } from "./labels.ts";
import { labelOf, recordPath } from "./records.ts";

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
  /** A closed vocabulary: values are shown in plain words. */
  vocabulary?: boolean;
  /** A date field (`partial-date` or `date` in the dictionary): shown with `<time>`. */
  date?: boolean;
}

/**
 * The fields each table shows, chosen per collection; the record page shows all of them. A
 * collection not listed gets {@link defaultColumns}, so a new one has a table from its schema.
 */
const COLUMNS: Partial<Record<CollectionName, string[]>> = {
  sources: ["title", "kind", "publisher", "language", "published"],
  areas: ["name", "description"],
  places: ["name", "kind", "country"],
  organizations: ["name", "acronym", "kind", "country", "parent"],
  people: ["name", "description"],
  programmes: ["name", "acronym", "kind", "start", "end", "status", "areas"],
  operations: ["name", "acronym", "start", "end", "participation", "status", "areas"],
  events: ["start", "title", "type", "scope", "areas"],
  claims: ["statement", "verdict", "about"],
  checklists: ["title", "description"],
};

const PRIMARY = new Set(["name", "title", "statement"]);
const LIST_FACETS = new Set(["areas"]);

/**
 * The columns a collection without a choice of its own gets: its label field (name, title or
 * statement), then its top-level dates, closed vocabularies and description, in schema order.
 */
export function defaultColumns(dictionary: readonly FieldDescription[]): string[] {
  // `checked` is every record's bookkeeping date, not a fact of the record
  const top = dictionary.filter(
    (f) => !f.path.includes(".") && !f.path.includes("[") && f.path !== "checked",
  );
  const label = top.find((f) => PRIMARY.has(f.path))?.path;
  const rest = top
    .filter(
      (f) =>
        f.path !== label &&
        (f.type === "partial-date" || f.type === "date" || f.values || f.path === "description"),
    )
    .map((f) => f.path);
  return [...(label ? [label] : ["id"]), ...rest].slice(0, 6);
}

/** The columns of a collection's table, with descriptions from the data dictionary. */
export function columnsFor(
  collection: CollectionName,
  dictionary: readonly FieldDescription[],
): Column[] {
  return (COLUMNS[collection] ?? defaultColumns(dictionary)).map((key) => {
    const field = dictionary.find((f) => f.path === key);
    const column: Column = { key, label: fieldLabel(key), description: field?.description };
    if (field?.type === "partial-date" || field?.type === "date") column.date = true;
    if (PRIMARY.has(key)) column.primary = true;
    if (field?.values || LIST_FACETS.has(key)) column.facet = true;
    if (field?.values) column.vocabulary = true;
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
    if (column.date && isPartialDate(value)) {
      return { text: formatDate(value), sort: value, values: [value], links: [], datetime: value };
    }
    const text = column.vocabulary ? humanize(value) : value;
    return { text, sort: fold(text), values: [value], links: [] };
  }
  if (typeof value === "object") {
    // a status ({ value, asOf, citations }) or a period ({ start, end })
    const v = value as { value?: string; start?: string; end?: string };
    if (typeof v.value === "string") {
      return { text: humanize(v.value), sort: v.value, values: [v.value], links: [] };
    }
    if (typeof v.start === "string") {
      const text = formatRange(v.start, v.end);
      return { text, sort: v.start, values: [], links: [], datetime: v.start };
    }
  }
  return { text: String(value), sort: String(value), values: [String(value)], links: [] };
}

/**
 * A row's search text: the record's searchable fields as the package's search() reads them
 * (names first), folded, one per line so no word spans two.
 */
export function searchTextOf(record: AnyRecord): string {
  const { name, text, note, tag, date } = searchFields(record);
  return fold([name, text, note, tag, date].join("\n"));
}

/** Facet values and how many records have each, most frequent first. */
export function facetCounts(
  cells: readonly Cell[],
): { value: string; label: string; count: number }[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const cell of cells) {
    cell.values.forEach((value, i) => {
      const label =
        cell.links[i]?.label ?? (cell.text && cell.values.length === 1 ? cell.text : value);
      const entry = counts.get(value) ?? { label, count: 0 };
      entry.count += 1;
      counts.set(value, entry);
    });
  }
  return [...counts.entries()]
    .map(([value, { label, count }]) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
