import { z } from "zod";
import { anyRef, DaySchema, IdSchema, TextSchema, UrlSchema } from "./fields.js";

/** The dataset's metadata (`meta.json`, and `meta` in `dataset.json`). */
export const MetaSchema = z
  .strictObject({
    name: z.literal("@aznato/data").optional().meta({
      description: "The npm package (added at build time).",
    }),
    version: TextSchema.optional().meta({
      description: "The package version that ships this data (added at build time).",
    }),
    home: z
      .strictObject({
        site: UrlSchema.optional().meta({ description: "The project's website." }),
        repository: UrlSchema.optional().meta({ description: "The project's source repository." }),
        issues: UrlSchema.optional().meta({ description: "Where to report an error." }),
        registry: UrlSchema.optional().meta({
          description: "The npm registry's page of this version, once the registry has it.",
        }),
      })
      .optional()
      .meta({
        description:
          "Where the project lives (added at build time from the root package.json; empty until set).",
      }),
    title: TextSchema.meta({ description: "The dataset's title." }),
    description: TextSchema.meta({ description: "What the dataset holds, in a sentence." }),
    asOf: DaySchema.meta({ description: "The day up to which the sources were checked." }),
    licenses: z
      .array(
        z.strictObject({
          name: TextSchema.meta({ description: "SPDX identifier." }),
          path: UrlSchema.meta({ description: "Where the licence text is." }),
          title: TextSchema.meta({ description: "The licence's name." }),
          scope: z.enum(["code", "data"]).meta({ description: "What the licence covers." }),
        }),
      )
      .min(1)
      .meta({ description: "The licences of the code and of the data." }),
    retired: z
      .array(
        z.strictObject({
          id: IdSchema,
          supersededBy: anyRef.optional().meta({ description: "The record that replaces it." }),
          reason: TextSchema.meta({ description: "Why the id was retired." }),
          since: TextSchema.meta({ description: "Package version that removed the id." }),
        }),
      )
      .meta({ description: "Ids no longer in the dataset, and what replaced them." }),
  })
  .meta({ title: "Dataset metadata", description: "The dataset's description of itself." });
