import { z } from "zod";
import { type CollectionName, collectionNames } from "../registry.js";
import { collectionSchemas, MetaSchema } from "./records.js";

// each collection is an array of its records in the dataset
/** The whole dataset: `meta` and an array of records per collection (the shape of `dataset.json`). */
export const DatasetSchema = z
  .strictObject({
    meta: MetaSchema,
    ...(Object.fromEntries(
      collectionNames.map((name) => [name, z.array(collectionSchemas[name])]),
    ) as { [K in CollectionName]: z.ZodArray<(typeof collectionSchemas)[K]> }),
  })
  .meta({
    title: "Dataset",
    description: "The whole aznato dataset: metadata and its collections.",
  });

/** What {@link DatasetSchema} accepts. */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** A dataset that passed {@link validate}. */
export type Dataset = z.output<typeof DatasetSchema>;
