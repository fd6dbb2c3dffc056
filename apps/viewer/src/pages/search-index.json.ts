// The site search index, written at build time: the package's own search index in MiniSearch's
// JSON form (so the search page gives the hits search() gives), and per record what a hit shows.
import { getById, searchIndexJSON } from "@aznato/data";
import type { APIRoute } from "astro";
import { periodOf, periodText } from "../lib/record-view.ts";
import { labelOf, langOf, namesOf } from "../lib/records.ts";

/**
 * What a hit shows: `[label, Azerbaijani name, label's language, date]`, "" where absent; the
 * label is "" too where it is the first line of the record's indexed names (most records).
 */
export type Shown = [string, string, string, string];

/** The index: the engine's serialised form and, in its record order, what each hit shows. */
export function searchIndex() {
  const engine = searchIndexJSON();
  const show = engine.docs.map(([id, , , , name]): Shown => {
    const record = getById(id as string);
    if (!record) throw new Error(`search index: no record ${id}`);
    const names = namesOf(record);
    const period = periodOf(record);
    const label = labelOf(record);
    return [
      label === name?.split("\n")[0] ? "" : label,
      names?.az && names.az !== names.en ? names.az : "",
      langOf(record) ?? "",
      period ? periodText(period) : "",
    ];
  });
  return { engine, show };
}

/** The index as the search page fetches it. */
export type SiteSearchIndex = ReturnType<typeof searchIndex>;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchIndex()), { headers: { "content-type": "application/json" } });
