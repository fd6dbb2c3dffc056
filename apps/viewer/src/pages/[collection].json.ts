import { type CollectionName, collectionNames } from "@aznato/data";
import type { APIRoute, GetStaticPaths } from "astro";
import { datasetRecords, siteLocation } from "../lib/site-data.ts";
import { collectionTwin } from "../lib/twins.ts";

// The JSON twin of each collection page: events.json next to events/.
export const getStaticPaths = (() =>
  collectionNames.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const collection = params.collection as CollectionName;
  const twin = collectionTwin(collection, datasetRecords(collection), siteLocation());
  return new Response(`${JSON.stringify(twin, null, 2)}\n`, {
    headers: { "Content-Type": "application/json" },
  });
};
