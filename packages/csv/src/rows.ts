import { earliestDay, isPartialDate, type Selector, selectorsFor } from "@aznato/data";
import type { Column, SelectorPart, Table } from "./tables.js";

/** A cell before CSV encoding: numbers stay numbers so formula escaping leaves `-1` alone. */
export type Cell = string | number | boolean | undefined;

/** A record as the exporter reads it. */
export type AnyRecord = { readonly id: string };

/** What a row needs besides its record: the full texts of sources that ship one, by id (for selectors). */
export interface RowContext {
  sourceTexts: ReadonlyMap<string, string>;
}

/** Reads one dotted path; `""` is the value itself. */
export function valueAt(item: unknown, path: string): unknown {
  return path === "" ? item : getter(path)(item);
}

// a getter per path, made once: this runs for every cell of every table
const getters = new Map<string, (value: unknown) => unknown>();
function getter(path: string): (value: unknown) => unknown {
  let get = getters.get(path);
  if (!get) {
    const keys = path.split(".");
    get =
      keys.length === 1
        ? (value) =>
            value !== null && typeof value === "object"
              ? (value as Record<string, unknown>)[path]
              : undefined
        : (value) => {
            let current = value;
            for (const key of keys) {
              if (current === null || typeof current !== "object") return undefined;
              current = (current as Record<string, unknown>)[key];
            }
            return current;
          };
    getters.set(path, get);
  }
  return get;
}

const NON_ASCII = /[^\0-\x7f]/;

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return undefined;
  // only non-ASCII text can be in another normal form, and normalize() is costly per cell
  if (typeof value === "string") return NON_ASCII.test(value) ? value.normalize("NFC") : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  throw new TypeError(`Cannot put ${JSON.stringify(value)} in a CSV cell`);
}

type Citation = { source?: unknown; quote?: unknown; start?: number; end?: number };

// the four selector columns of a row read the same citation: compute its selectors once
let lastCitation: unknown;
let lastSelectors: Selector[] = [];

function selectorPart(citation: unknown, part: SelectorPart, context: RowContext): Cell {
  if (citation === null || typeof citation !== "object") return undefined;
  if (citation !== lastCitation) {
    const c = citation as Citation;
    const text = typeof c.source === "string" ? context.sourceTexts.get(c.source) : undefined;
    lastSelectors =
      typeof c.quote === "string" && text !== undefined
        ? selectorsFor({ quote: c.quote, start: c.start, end: c.end }, text)
        : [];
    lastCitation = citation;
  }
  for (const selector of lastSelectors) {
    if (selector.type === "TextQuoteSelector" && (part === "prefix" || part === "suffix")) {
      return toCell(selector[part]);
    }
    if (selector.type === "TextPositionSelector" && (part === "start" || part === "end")) {
      return selector[part];
    }
  }
  return undefined;
}

type Names = { en?: string; az?: string };
const other = (lang: "en" | "az") => (lang === "en" ? "az" : "en");

/** Reads a cell from the record, the item and the item's positions. */
type Reader = (record: AnyRecord, item: unknown, positions: readonly number[]) => Cell;

function reader(column: Column, context: RowContext): Reader {
  const source = column.source;
  switch (source.kind) {
    case "record-id":
      return (record) => record.id;
    case "position": {
      const depth = source.depth;
      return (_record, _item, positions) => positions[depth];
    }
    case "item":
      return (_record, item) => toCell(item);
    case "value": {
      const get = source.path === "" ? (value: unknown) => value : getter(source.path);
      if (!source.joined) return (_record, item) => toCell(get(item));
      const separator = column.separator ?? ";";
      return (_record, item) => {
        const value = get(item);
        if (!Array.isArray(value)) return toCell(value);
        return value.length === 0 ? undefined : value.map((v) => String(toCell(v))).join(separator);
      };
    }
    case "selector": {
      const get = source.path === "" ? (value: unknown) => value : getter(source.path);
      const part = source.part;
      return (_record, item) => selectorPart(get(item), part, context);
    }
    case "date-year":
    case "date-sort": {
      const get = getter(source.path);
      const year = source.kind === "date-year";
      return (_record, item) => {
        const value = get(item);
        if (typeof value !== "string" || !isPartialDate(value)) return undefined;
        return year ? Number(value.slice(0, 4)) : earliestDay(value);
      };
    }
    case "name": {
      const { lang } = source;
      return (record) => {
        const names = (record as { name?: Names }).name;
        return toCell(names?.[lang] ?? names?.[other(lang)]);
      };
    }
    case "name-lang": {
      const { lang } = source;
      return (record) => {
        const names = (record as { name?: Names }).name;
        if (names?.[lang] !== undefined) return lang;
        return names?.[other(lang)] !== undefined ? other(lang) : undefined;
      };
    }
  }
}

/**
 * The rows of a table, in the order of `records` (for a table of items: each record's items in
 * their list order, so rows follow the primary key when the records come sorted by id).
 */
export function tableRows(
  table: Table,
  records: readonly AnyRecord[],
  columns: readonly Column[],
  context: RowContext,
): Cell[][] {
  const readers = columns.map((column) => reader(column, context));
  const width = readers.length;
  const steps = table.steps.map((step) => getter(step));
  const only = table.only === undefined ? undefined : getter(table.only);
  const rows: Cell[][] = [];
  const emit = (record: AnyRecord, item: unknown, positions: readonly number[]) => {
    const row: Cell[] = new Array(width);
    for (let i = 0; i < width; i++) row[i] = (readers[i] as Reader)(record, item, positions);
    rows.push(row);
  };
  // walks the lists of `steps` down from the record, keeping each item's position
  const walk = (record: AnyRecord, value: unknown, depth: number, positions: number[]) => {
    if (depth === steps.length) {
      emit(record, value, positions);
      return;
    }
    const list = (steps[depth] as (value: unknown) => unknown)(value);
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length; i++) walk(record, list[i], depth + 1, [...positions, i + 1]);
  };
  for (const record of records) {
    if (only !== undefined && only(record) === undefined) continue;
    if (steps.length === 0) emit(record, record, []);
    else walk(record, record, 0, []);
  }
  lastCitation = undefined;
  return rows;
}
