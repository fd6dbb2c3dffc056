import { z } from "zod";
import { MAX_TEXT } from "../text-rules.js";
import { statusValues } from "../vocabulary.js";
import { PartialDateSchema, ref, TextSchema } from "./fields.js";

// Citations, certainty and status: the evidence the record schemas carry.

export const context = z.string().max(MAX_TEXT, { abort: true });

/** A W3C Web Annotation selector (https://www.w3.org/TR/annotation-model/#selectors). */
export const SelectorSchema = z
  .discriminatedUnion("type", [
    z.strictObject({
      type: z.literal("TextQuoteSelector"),
      exact: context.min(1),
      prefix: context.optional(),
      suffix: context.optional(),
    }),
    z.strictObject({
      type: z.literal("TextPositionSelector"),
      start: z.int().nonnegative(),
      end: z.int().nonnegative(),
    }),
  ])
  .meta({ title: "Selector", description: "A W3C Web Annotation selector of a quote." });

/** A source and the verbatim words in it that support a fact. */
export const CitationSchema = z
  .strictObject({
    source: ref("sources"),
    quote: TextSchema.meta({
      description:
        "Verbatim excerpt of the source, in its own language, that supports the statement.",
    }),
    start: z.int().nonnegative().optional().meta({
      description:
        "Offset (UTF-16 code units) of the quote in the source's text; required when the text ships in the package.",
    }),
    end: z.int().nonnegative().optional().meta({
      description: "Offset just past the end of the quote in the source's text.",
    }),
    locator: TextSchema.optional().meta({
      description: "Where in the source: page, section, paragraph or table row.",
    }),
    note: TextSchema.optional().meta({ description: "How the quote supports the statement." }),
    selector: z.array(SelectorSchema).optional().meta({
      description:
        "W3C Web Annotation selectors that find the quote again (TextQuoteSelector; TextPositionSelector where the text ships). Added to dataset.json at build time; selectorsFor() computes them.",
    }),
  })
  .meta({
    title: "Citation",
    description: "A source and the exact words in it that support a fact.",
  });

export const citations = z
  .array(CitationSchema)
  .min(1, "needs at least one citation")
  .meta({ description: "The sources that support this record, each with a verbatim quote." });

/** Whether sources agree on a value (`established`) or give conflicting values (`disputed`). */
export const CertaintySchema = z.enum(["established", "disputed"]).meta({
  description:
    "disputed when sources give conflicting values: the record keeps the preferred value and lists the others in alternatives.",
});

/** A value another source gives for a disputed field. */
export const AlternativeSchema = z
  .strictObject({
    field: TextSchema.meta({
      description:
        "The field whose value is disputed, as a path in the record (e.g. participation.end).",
    }),
    value: z.union([TextSchema, z.number()]).meta({
      description: "The value another source gives.",
    }),
    citations,
    note: TextSchema.optional().meta({ description: "Why the sources differ, where known." }),
  })
  .meta({
    title: "Alternative value",
    description: "A value for a field that a source gives in conflict with the preferred one.",
  });

export const alternatives = z
  .array(AlternativeSchema)
  .optional()
  .meta({ description: "Conflicting values from other sources (present when disputed)." });

export const wikidata = z
  .string()
  .max(16, { message: "must be a Wikidata QID like Q227", abort: true })
  .regex(/^Q[1-9]\d*$/, "must be a Wikidata QID like Q227")
  .optional()
  .meta({
    description: "Wikidata QID, only where a cited source confirms it.",
    "x-kind": "wikidata",
  });

/** The status of a programme, operation or role, with the evidence for it. */
export const StatusSchema = z
  .strictObject({
    value: z.enum(statusValues).meta({
      description:
        "active, ended, superseded (replaced by its successor) or unknown (no source answers it).",
    }),
    asOf: PartialDateSchema.optional().meta({
      description: "The date of the newest evidence for the status; required unless unknown.",
    }),
    citations: z.array(CitationSchema).meta({
      description: "The sources that show the status; at least one unless unknown.",
    }),
    note: TextSchema.optional().meta({
      description: "What the evidence says, or what the latest evidence was when unknown.",
    }),
  })
  .superRefine((status, ctx) => {
    if (status.value === "unknown") return;
    if (status.asOf === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["asOf"],
        message: `status "${status.value}" needs asOf, the date of its newest evidence`,
      });
    }
    if (status.citations.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["citations"],
        message: `status "${status.value}" needs a citation`,
      });
    }
  })
  .meta({ title: "Status", description: "Status with the evidence for it and how recent it is." });
