import { z } from "zod";
import { eventTypes } from "../vocabulary.js";
import { alternatives, CertaintySchema, citations, StatusSchema } from "./evidence.js";
import {
  checked,
  end,
  idOf,
  NamesSchema,
  ordered,
  PartialDateSchema,
  ref,
  start,
  TextSchema,
} from "./fields.js";

// The record schemas of programmes, operations and events.

const areas = z.array(ref("areas")).meta({ description: "Fields of cooperation it belongs to." });

/** A record of `programmes`. */
export const ProgrammeSchema = z
  .strictObject({
    id: idOf("programmes"),
    name: NamesSchema,
    acronym: TextSchema.optional().meta({ description: "Short form, e.g. PfP or IPAP." }),
    kind: z
      .enum(["forum", "partnership", "action-plan", "process", "programme", "centre", "fund"])
      .meta({ description: "What sort of framework." }),
    description: TextSchema.meta({
      description: "What the framework is, and Azerbaijan's part in it.",
    }),
    start: PartialDateSchema.optional().meta({
      description: "When it began (for Azerbaijan, where that differs, see description).",
    }),
    end: end("When it ended; absent if ongoing or not known."),
    status: StatusSchema,
    parent: ref("programmes").optional().meta({ description: "The framework it belongs to." }),
    successor: ref("programmes").optional().meta({ description: "What replaced it." }),
    organizations: z.array(ref("organizations")).meta({ description: "Bodies that run it." }),
    areas,
    certainty: CertaintySchema,
    alternatives,
    citations,
    checked,
  })
  .superRefine(ordered("start", "end"))
  .meta({
    title: "Programme",
    description:
      "A NATO partnership framework, plan, process, centre or fund Azerbaijan took part in.",
  });

/** An item of an operation's `contributions`. */
export const ContributionSchema = z
  .strictObject({
    date: PartialDateSchema.meta({ description: "When the contribution is reported." }),
    kind: z
      .enum(["troops", "logistics", "transit", "funding"])
      .meta({ description: "What was contributed." }),
    personnel: z
      .int()
      .positive()
      .optional()
      .meta({ description: "Number of Azerbaijani personnel." }),
    description: TextSchema.meta({ description: "The contribution, in a sentence." }),
    certainty: CertaintySchema,
    alternatives,
    citations,
  })
  .meta({
    title: "Contribution",
    description: "Azerbaijan's contribution to an operation at a date.",
  });

/** A record of `operations`. */
export const OperationSchema = z
  .strictObject({
    id: idOf("operations"),
    name: NamesSchema,
    acronym: TextSchema.optional().meta({ description: "Short form, e.g. KFOR." }),
    description: TextSchema.meta({
      description: "What the operation was, and Azerbaijan's part in it.",
    }),
    start: start("Start of the NATO-led operation."),
    end: end("End of the NATO-led operation; absent while it runs."),
    participation: z
      .strictObject({
        start: start("When Azerbaijani personnel began to serve."),
        end: end("When Azerbaijani personnel left; absent while they serve."),
      })
      .superRefine(ordered("start", "end"))
      .meta({ description: "When Azerbaijani personnel served in it." }),
    status: StatusSchema,
    successor: ref("operations")
      .optional()
      .meta({ description: "The operation that followed it." }),
    places: z.array(ref("places")).meta({ description: "Where it took place." }),
    organizations: z.array(ref("organizations")).meta({ description: "Bodies that led it." }),
    areas,
    contributions: z.array(ContributionSchema).meta({
      description: "Azerbaijan's contribution over time, where sourced.",
    }),
    certainty: CertaintySchema,
    alternatives,
    citations,
    checked,
  })
  .superRefine(ordered("start", "end"))
  .meta({ title: "Operation", description: "A NATO-led operation with Azerbaijani personnel." });

/** A record of `events`. */
export const EventSchema = z
  .strictObject({
    id: idOf("events"),
    title: TextSchema.meta({ description: "One-line headline in English." }),
    start: start("When it happened (its first day), at the precision sources support."),
    end: end("Last day, for events that span days."),
    type: z.enum(eventTypes).meta({ description: "What sort of event." }),
    summary: TextSchema.meta({ description: "What happened, in a few sentences." }),
    scope: z.enum(["partnership", "context"]).meta({
      description:
        "context for events that are not part of the NATO partnership but that sources link to it (e.g. the Nuclear Security Summit).",
    }),
    areas,
    people: z.array(ref("people")).meta({ description: "People who took part." }),
    organizations: z
      .array(ref("organizations"))
      .meta({ description: "Organisations that took part." }),
    places: z.array(ref("places")).meta({ description: "Where it happened." }),
    programmes: z.array(ref("programmes")).meta({ description: "Frameworks it belongs to." }),
    operations: z.array(ref("operations")).meta({ description: "Operations it concerns." }),
    certainty: CertaintySchema,
    alternatives,
    citations,
    checked,
  })
  .superRefine(ordered("start", "end"))
  .meta({ title: "Event", description: "A dated milestone of the partnership." });
