// The search page's state and what it shows, shared by the page (at build) and its script.
import {
  type CollectionName,
  type EventType,
  eventTypes,
  isCollectionName,
  type SearchOptions,
  type Snippet,
} from "@aznato/data";

/** Hits on one page of results: a phone shows them in a few screens. */
export const PER_PAGE = 20;

/** What the search page shows, as its URL says: `?q=…&in=events&type=visit&order=date&page=2`. */
export interface SearchState {
  q: string;
  /** A collection, or "" for all. */
  in: CollectionName | "";
  /** An event type, or "" for any. */
  type: EventType | "";
  order: "" | "date" | "date-desc";
  /** From 1. */
  page: number;
}

const ORDERS = ["", "date", "date-desc"] as const;

/** Reads the state from a query string; unknown or bad values fall back to the defaults. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const collection = params.get("in") ?? "";
  const type = params.get("type") ?? "";
  const order = params.get("order") ?? "";
  const page = Number(params.get("page"));
  return {
    q: params.get("q")?.trim() ?? "",
    in: isCollectionName(collection) ? collection : "",
    type: (eventTypes as readonly string[]).includes(type) ? (type as EventType) : "",
    order: (ORDERS as readonly string[]).includes(order) ? (order as SearchState["order"]) : "",
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string of a state (with `?`, or empty), defaults left out. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.in) params.set("in", state.in);
  if (state.type) params.set("type", state.type);
  if (state.order) params.set("order", state.order);
  if (state.page > 1) params.set("page", String(state.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The search options of a state: its filters, order and page. */
export function searchOptionsOf(state: SearchState): SearchOptions {
  const options: SearchOptions = { offset: (state.page - 1) * PER_PAGE, limit: PER_PAGE };
  if (state.in) options.collections = [state.in];
  if (state.type) options.types = [state.type];
  if (state.order) options.order = state.order;
  return options;
}

/** A snippet as runs of text, the matched ones marked. */
export function segments(snippet: Snippet): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start > at) out.push({ text: snippet.text.slice(at, start), mark: false });
    out.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) out.push({ text: snippet.text.slice(at), mark: false });
  return out;
}
