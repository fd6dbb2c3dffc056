import type { Column, Table } from "./tables.js";

/** A cell before CSV encoding: numbers stay numbers so formula escaping leaves `-1` alone. */
export type Cell = string | number | boolean | undefined;

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

function valueAt(item: unknown, path: string): unknown {
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

function cell(column: Column, record: { id: string }, item: Item): Cell {
  const source = column.source;
  switch (source.kind) {
    case "record-id":
      return record.id;
    case "position":
      return item.positions[source.depth];
    case "item":
      return toCell(item.value);
    case "value": {
      const value = source.path === "" ? item.value : valueAt(item.value, source.path);
      if (source.joined && Array.isArray(value)) {
        return value.length === 0
          ? undefined
          : value.map((v) => String(toCell(v))).join(column.separator);
      }
      return toCell(value);
    }
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// a collection feeds several tables; sort it once
const sortedCache = new WeakMap<readonly { id: string }[], { id: string }[]>();
const sortedById = (records: readonly { id: string }[]) => {
  let sorted = sortedCache.get(records);
  if (!sorted) {
    sorted = [...records].sort(byId);
    sortedCache.set(records, sorted);
  }
  return sorted;
};

/** The rows of a table, sorted by primary key (record id, then list positions). */
export function tableRows(
  table: Table,
  records: readonly { id: string }[],
  columns: readonly Column[] = table.columns,
): Cell[][] {
  const rows: Cell[][] = [];
  for (const record of sortedById(records)) {
    for (const item of itemsOf(record, table.steps, [])) {
      rows.push(columns.map((column) => cell(column, record, item)));
    }
  }
  return rows;
}
