// The site search index, written at build time: every record's searchable strings (as the
// package's search() reads them) plus what a result shows. The search page fetches it.
import { type AnyRecord, collectionNames, collections, dataset } from "@aznato/data";
import type { APIRoute } from "astro";
import { periodOf, periodText } from "../lib/record-view.ts";
import { labelOf, langOf, namesOf } from "../lib/records.ts";
import { type IndexEntry, searchFields } from "../lib/search.ts";

/** The index: entries in the package's order, and each collection's search rank. */
export function searchIndex(): { ranks: Record<string, number>; entries: IndexEntry[] } {
  const entries = collectionNames.flatMap((c) =>
    (dataset[c] as readonly AnyRecord[]).map((record): IndexEntry => {
      const { titles, text } = searchFields(record);
      const names = namesOf(record);
      const period = periodOf(record);
      const entry: IndexEntry = { i: record.id, c, l: labelOf(record), t: titles, x: text };
      if (names?.az && names.az !== names.en) entry.a = names.az;
      if (period) entry.d = periodText(period);
      const lang = langOf(record);
      if (lang) entry.g = lang;
      return entry;
    }),
  );
  return { ranks: Object.fromEntries(collections.map((c) => [c.name, c.searchRank])), entries };
}

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchIndex()), { headers: { "content-type": "application/json" } });
