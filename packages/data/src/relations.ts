import type { CollectionName } from "./registry.js";

/**
 * Every reference from one record to another, as a path into the record (`[]` steps into an array)
 * and the collection it must resolve in. Validation, `related()`, `citationsFor()` and the CSV link
 * tables all read this one list, so a new reference field is declared once.
 */
export interface Relation {
  /** The collection whose records hold the reference. */
  from: CollectionName;
  /** Where the id sits in such a record, e.g. `people[]` or `citations[].source`. */
  path: string;
  /** The collection the id must be in; `any` for claims, which can be about any record. */
  to: CollectionName | "any";
}

export { relations } from "./generated/relations.js";

/**
 * The values found at `path` in `record`, each with its concrete path: `a[].b` collects `b` from
 * every item of `a`, as `[["a[0].b", …], ["a[1].b", …]]`.
 */
export function entriesAt(record: unknown, path: string): [string, unknown][] {
  let current: [string, unknown][] = [["", record]];
  for (const step of path.split(".")) {
    const isArray = step.endsWith("[]");
    const key = isArray ? step.slice(0, -2) : step;
    const next: [string, unknown][] = [];
    for (const [at, value] of current) {
      if (value === null || typeof value !== "object") continue;
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined) continue;
      const childAt = at === "" ? key : `${at}.${key}`;
      if (!isArray) next.push([childAt, child]);
      else if (Array.isArray(child)) {
        for (const [i, item] of child.entries()) next.push([`${childAt}[${i}]`, item]);
      }
    }
    current = next;
  }
  return current;
}

/** The values found at `path` in `record` (see `entriesAt`). */
export const valuesAt = (record: unknown, path: string): unknown[] =>
  entriesAt(record, path).map(([, value]) => value);
