import { type Selector, selectorsFor } from "@aznato/data";
import type { Column, SelectorPart, Table } from "./tables.js";

/** A cell before CSV encoding: numbers stay numbers so formula escaping leaves `-1` alone. */
export type Cell = string | number | boolean | undefined;

/** A record as the exporter reads it. */
export type AnyRecord = { readonly id: string };

/** What a row needs besides its record: the full texts of sources that ship one, by id (for selectors). */
export interface RowContext {
  sourceTexts: ReadonlyMap<string, string>;
}

type Item = { positions: number[]; value: unknown };

// split once per path: this runs for every cell of every table
const keyCache = new Map<string, string[]>();
const keysOf = (path: string): string[] => {
  let keys = keyCache.get(path);
  if (!keys) {
    keys = path.split(".");
    keyCache.set(path, keys);
  }
  return keys;
};

export function valueAt(item: unknown, path: string): unknown {
  if (path === "") return item;
  let current = item;
  for (const key of keysOf(path)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function* itemsOf(value: unknown, steps: readonly string[], positions: number[]): Generator<Item> {
  const [step, ...more] = steps;
  if (step === undefined) {
    yield { positions, value };
    return;
  }
  const list = valueAt(value, step);
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) yield* itemsOf(list[i], more, [...positions, i + 1]);
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

function cell(column: Column, record: AnyRecord, item: Item, context: RowContext): Cell {
  const source = column.source;
  switch (source.kind) {
    case "record-id":
      return record.id;
    case "position":
      return item.positions[source.depth];
    case "item":
      return toCell(item.value);
    case "value": {
      const value = valueAt(item.value, source.path);
      if (source.joined && Array.isArray(value)) {
        return value.length === 0
          ? undefined
          : value.map((v) => String(toCell(v))).join(column.separator);
      }
      return toCell(value);
    }
    case "selector":
      return selectorPart(valueAt(item.value, source.path), source.part, context);
    case "name": {
      const names = (record as { name?: Names }).name;
      return toCell(names?.[source.lang] ?? names?.[other(source.lang)]);
    }
    case "name-lang": {
      const names = (record as { name?: Names }).name;
      if (names?.[source.lang] !== undefined) return source.lang;
      return names?.[other(source.lang)] !== undefined ? other(source.lang) : undefined;
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
  const rows: Cell[][] = [];
  for (const record of records) {
    if (table.only !== undefined && valueAt(record, table.only) === undefined) continue;
    for (const item of itemsOf(record, table.steps, [])) {
      rows.push(columns.map((column) => cell(column, record, item, context)));
    }
  }
  lastCitation = undefined;
  return rows;
}
