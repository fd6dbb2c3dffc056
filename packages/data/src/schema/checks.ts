import { z } from "zod";
import { MAX_ID } from "../text-rules.js";
import { checklistAnswers, eventTypes, verdicts } from "../vocabulary.js";
import { CitationSchema } from "./evidence.js";
import {
  anyRef,
  checked,
  DaySchema,
  end,
  idOf,
  ordered,
  PartialDateSchema,
  TextSchema,
} from "./fields.js";

// The record schemas of claims (the source document's statements, checked) and checklists.

/** A record of `claims`. */
export const ClaimSchema = z
  .strictObject({
    id: idOf("claims"),
    statement: CitationSchema.meta({
      description: "The sentence (or part of one) of the source document, verbatim, with offsets.",
    }),
    verdict: z.enum(verdicts).meta({
      description:
        "confirmed: other sources agree; imprecise: broadly right but vague or slightly off; outdated: true when written, no longer; disputed: sources conflict; unverified: no other source found; incorrect: contradicted by sources.",
    }),
    explanation: TextSchema.meta({ description: "Why the verdict, and what the sources say." }),
    evidence: z.array(CitationSchema).meta({
      description: "Sources checked against the statement (empty only when unverified).",
    }),
    about: z.array(anyRef).meta({ description: "Ids of the records the claim concerns." }),
    checked,
  })
  .meta({ title: "Claim", description: "A factual statement of the source document, checked." });

/** What a checklist found for one item of its universe. */
export const ChecklistAnswerSchema = z.enum(checklistAnswers).meta({
  description:
    "yes: records show it (records lists them); no: a source says it did not happen (citations); not-found: nothing was found (searched says where and when).",
});

/** One item of a checklist's universe, answered. */
export const ChecklistItemSchema = z
  .strictObject({
    key: z
      .string()
      .max(MAX_ID, { message: `must be at most ${MAX_ID} characters`, abort: true })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug (a-z, 0-9, single hyphens)")
      .meta({ description: "The item's key, a kebab-case slug unique within its checklist." }),
    label: TextSchema.meta({ description: "The item, in words (e.g. Istanbul summit)." }),
    start: PartialDateSchema.optional().meta({
      description: "When the item is (its first day); records named must overlap start–end.",
    }),
    end: end("Its last day, for an item that spans days or a period."),
    answer: ChecklistAnswerSchema,
    detail: TextSchema.optional().meta({
      description: "What the records show, in a line: at what level, who, how many.",
    }),
    records: z.array(anyRef).meta({
      description: "The records that show the answer (at least one when the answer is yes).",
    }),
    citations: z.array(CitationSchema).meta({
      description: "Sources for the answer: at least one when the answer is no.",
    }),
    searched: z
      .strictObject({
        on: DaySchema.meta({ description: "The day of the search." }),
        note: TextSchema.meta({ description: "What was searched: sites, corpora, queries." }),
      })
      .optional()
      .meta({ description: "Where and when it was looked for (required when not-found)." }),
    note: TextSchema.optional().meta({ description: "Anything else a reader should know." }),
  })
  .superRefine(ordered("start", "end"))
  .superRefine((item, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (item.answer === "yes") need(item.records.length > 0, "records", "a yes needs records");
    if (item.answer === "no") {
      need(item.citations.length > 0, "citations", "a no needs a source that says so");
    }
    if (item.answer === "not-found") {
      need(item.searched !== undefined, "searched", "not-found needs what was searched and when");
    }
  })
  .meta({ title: "Checklist item", description: "One item of a closed universe, answered." });

/** A record of `checklists`. */
export const ChecklistSchema = z
  .strictObject({
    id: idOf("checklists"),
    title: TextSchema.meta({ description: "The universe, in a title (NATO summits, 1994–2026)." }),
    description: TextSchema.meta({
      description: "What the universe is, where its list comes from, and how it was answered.",
    }),
    scope: z
      .strictObject({
        collection: z.literal("events").meta({ description: "The collection the scope covers." }),
        types: z.array(z.enum(eventTypes)).optional().meta({
          description: "Event types in scope; absent for all types.",
        }),
        from: PartialDateSchema.optional().meta({ description: "First date in scope." }),
        to: PartialDateSchema.optional().meta({ description: "Last date in scope." }),
      })
      .optional()
      .meta({
        description: "Records that belong to the universe: each one must be named by an item.",
      }),
    citations: z.array(CitationSchema).meta({
      description: "Sources that list the universe, where one does.",
    }),
    items: z.array(ChecklistItemSchema).min(1, "needs at least one item").meta({
      description: "Every item of the universe, each with its answer.",
    }),
    checked,
  })
  .meta({
    title: "Checklist",
    description:
      "A closed universe (summits, visits, mandates, months …) with an answer for every item: what the dataset knows, and what it looked for and did not find.",
  });
