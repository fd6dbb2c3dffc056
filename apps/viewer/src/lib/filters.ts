// Shared by the build (to render) and the browser scripts (to filter): of the data package it
// imports only looseKey, which is tiny and free of zod and data.
import { looseKey } from "@aznato/data";

/** What a table or list view shows: a text query, a sort, and the chosen values per facet. */
export interface ViewState {
  q: string;
  sort?: string | undefined;
  desc: boolean;
  facets: Record<string, string[]>;
}

/** Reads a view from a query string; unknown parameters are ignored. */
export function parseViewState(search: string, facetKeys: readonly string[]): ViewState {
  const params = new URLSearchParams(search);
  const facets: Record<string, string[]> = {};
  for (const key of facetKeys) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(","))
      .filter(Boolean);
    if (values.length > 0) facets[key] = [...new Set(values)];
  }
  return {
    q: params.get("q")?.trim() ?? "",
    sort: params.get("sort") || undefined,
    desc: params.get("order") === "desc",
    facets,
  };
}

/** The query string of a view (with `?`, or empty), stable so equal views share one URL. */
export function viewStateToSearch(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.sort) {
    params.set("sort", state.sort);
    if (state.desc) params.set("order", "desc");
  }
  for (const key of Object.keys(state.facets).sort()) {
    const values = state.facets[key] ?? [];
    if (values.length > 0) params.set(key, [...values].sort().join(","));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** A row as the filters see it: folded searchable text and its values per facet. */
export interface FilterableRow {
  text: string;
  /** `looseKey` of the text, so Azerbaijani and English spellings meet (as in search()). */
  loose?: string | undefined;
  facets: Record<string, readonly string[]>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `prefix` starts a word of `text`. Matching inside words lets loose keys collide across
 * unrelated words ("ganja" and "Gəncə" share a key that also sits inside "intelligence").
 */
export function startsWord(text: string, prefix: string): boolean {
  for (let at = text.indexOf(prefix); at !== -1; at = text.indexOf(prefix, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/**
 * Whether a row passes: every query word starts a word of its (already folded) text, exactly or
 * in its looser spelling as search() matches it, and for each facet with a choice the row has one
 * of the chosen values (OR within a facet, AND across facets).
 */
export function rowMatches(row: FilterableRow, foldedQuery: string, state: ViewState): boolean {
  const words = foldedQuery.split(/\s+/).filter(Boolean);
  const loose = row.loose ?? looseKey(row.text);
  if (!words.every((w) => startsWord(row.text, w) || startsWord(loose, looseKey(w)))) return false;
  return Object.entries(state.facets).every(
    ([key, chosen]) => chosen.length === 0 || chosen.some((v) => row.facets[key]?.includes(v)),
  );
}

/** Sort order for cell values: numbers numerically, empty last, text by locale with numbers. */
export function compareCells(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== "" && b.trim() !== "" && Number.isFinite(na) && Number.isFinite(nb))
    return na - nb;
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" });
}
