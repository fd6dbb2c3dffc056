import { type CollectionName, collectionNames } from "@aznato/data";
import type { APIRoute } from "astro";
import { datasetRecords, downloads, siteLocation } from "../lib/site-data.ts";
import { indexTwin } from "../lib/twins.ts";

// The JSON twin of the home page and the root of the static API: collections, downloads, citation.
export const GET: APIRoute = () => {
  const counts = Object.fromEntries(
    collectionNames.map((c) => [c, datasetRecords(c).length]),
  ) as Record<CollectionName, number>;
  return new Response(
    `${JSON.stringify(indexTwin(counts, downloads(), siteLocation()), null, 2)}\n`,
    {
      headers: { "Content-Type": "application/json" },
    },
  );
};
