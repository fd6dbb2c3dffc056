import { type CollectionName, collectionNames } from "@aznato/data";
import type { APIRoute, GetStaticPaths } from "astro";
import { datasetRecords, siteLocation } from "../../lib/site-data.ts";
import { recordTwin } from "../../lib/twins.ts";

// The JSON twin of each record page: events/<id>.json next to events/<id>/.
export const getStaticPaths = (() =>
  collectionNames.flatMap((collection) =>
    datasetRecords(collection).map((record) => ({
      params: { collection, id: record.id },
      props: { record },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(
    `${JSON.stringify(recordTwin(params.collection as CollectionName, props.record, siteLocation()), null, 2)}\n`,
    { headers: { "Content-Type": "application/json" } },
  );
