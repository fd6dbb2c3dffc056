import { z } from "zod";
import {
  CALENDAR_DATE,
  CALENDAR_DAY,
  datePrecision,
  isOrderedRange,
  PARTIAL_DATE,
} from "../dates.js";
import type { IdOf, RecordId } from "../generated/ids.js";
import type { CollectionName } from "../registry.js";
import { MAX_ID, MAX_TEXT, textProblem } from "../text-rules.js";
import { checklistAnswers, eventTypes, statusValues, verdicts } from "../vocabulary.js";

// Field metadata beyond JSON Schema: `x-kind` says what a string holds, `x-references` which
// collection an id must be in. They reach the JSON Schemas as annotations, and the generated
// relations and data dictionary read them, so each reference is declared only here.

const text = (max: number) =>
  z
    .string()
    .min(1, "must not be empty")
    .max(max, { message: `must be at most ${max.toLocaleString("en")} characters`, abort: true })
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .meta({ "x-kind": "text" });

/** Free text: not empty, not padded, no control or bidi-override characters, no formula start. */
export const TextSchema = text(MAX_TEXT);

/** A record id: a stable kebab-case slug. */
export const IdSchema = z
  .string()
  .max(MAX_ID, { message: `must be at most ${MAX_ID} characters`, abort: true })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug (a-z, 0-9, single hyphens)")
  .meta({
    title: "Id",
    description: "Stable kebab-case identifier, unique across the whole dataset; never reused.",
    "x-kind": "id",
  });

/** The id of a record of collection `C`, typed as that collection's id union. */
const idOf = <C extends CollectionName>(_collection: C) =>
  IdSchema as unknown as z.ZodType<IdOf[C], IdOf[C]>;

/** A reference to a record of `collection`. */
const ref = <C extends CollectionName>(collection: C) =>
  IdSchema.meta({
    title: `Reference to ${collection}`,
    description: `The id of a record in ${collection}.`,
    "x-kind": "reference",
    "x-references": collection,
  }) as unknown as z.ZodType<IdOf[C], IdOf[C]>;

/** A reference to a record of any collection. */
const anyRef = IdSchema.meta({
  title: "Reference to any record",
  description: "The id of a record in any collection.",
  "x-kind": "reference",
  "x-references": "any",
}) as unknown as z.ZodType<RecordId, RecordId>;

/** A date at year, month or day precision (`1994`, `1994-05`, `1994-05-04`) that exists in the calendar. */
export const PartialDateSchema = z
  .string()
  .max(10, { message: "must be YYYY, YYYY-MM or YYYY-MM-DD", abort: true })
  // the shape first, for its own message; the pattern the JSON Schema carries is the calendar one
  .refine((s) => PARTIAL_DATE.test(s), {
    message: "must be YYYY, YYYY-MM or YYYY-MM-DD",
    abort: true,
  })
  .regex(CALENDAR_DATE, "must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD")
  .meta({
    title: "Partial date",
    description:
      "ISO 8601 date at the precision the sources support: YYYY, YYYY-MM or YYYY-MM-DD. The pattern admits only real calendar dates (months 01-12, the days each month has, 29 February in leap years); what it cannot check is an end before its start, which @aznato/data's validate() refuses.",
    examples: ["1994", "1992-03", "1994-05-04"],
    "x-kind": "partial-date",
  });

/** A full calendar day, YYYY-MM-DD. */
export const DaySchema = z
  .string()
  .max(10, { message: "must be a day as YYYY-MM-DD", abort: true })
  .regex(CALENDAR_DAY, "must be a real calendar day as YYYY-MM-DD")
  .meta({ title: "Day", description: "ISO 8601 calendar day, YYYY-MM-DD.", "x-kind": "date" });

/** An http(s) URL: the only kind a page may link to. */
export const UrlSchema = z
  .string()
  .max(2048, { message: "must be at most 2048 characters", abort: true })
  .pipe(
    z
      .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
      .max(2048)
      // RFC 3986 has no raw non-ASCII, so `format: uri` validators refuse it: percent-encode it
      .regex(/^[\x21-\x7e]+$/, "must be ASCII without spaces: percent-encode the rest (encodeURI)"),
  )
  // zod drops `format` from a url with further checks; say it here
  .meta({ "x-kind": "url", format: "uri" });

/** A BCP 47 language tag. */
export const LanguageSchema = z
  .string()
  .max(35, { message: "must be a BCP 47 language tag", abort: true })
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a BCP 47 language tag such as en or az")
  .meta({
    description: "BCP 47 language tag: en, az, tr, fr, it …",
    "x-kind": "language",
  });

const checked = DaySchema.meta({
  description: "The day this record's facts were last verified against its sources.",
});

/** Start/end pairs must be in order. */
const ordered =
  (startKey: string, endKey: string) =>
  (value: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const start = value[startKey];
    const end = value[endKey];
    if (typeof start !== "string" || typeof end !== "string") return;
    if (datePrecision(start) && datePrecision(end) && !isOrderedRange(start, end)) {
      ctx.addIssue({
        code: "custom",
        path: [endKey],
        message: `${endKey} ${end} is before ${startKey} ${start}`,
      });
    }
  };

const start = (description: string) => PartialDateSchema.meta({ description });
const end = (description: string) => PartialDateSchema.optional().meta({ description });

/** Names in English and Azerbaijani, with alternatives. */
export const NamesSchema = z
  .strictObject({
    en: TextSchema.meta({ description: "Name in English." }),
    az: TextSchema.optional().meta({
      description: "Name in Azerbaijani (Latin script), where a source gives it.",
    }),
    alternatives: z
      .array(
        z
          .strictObject({
            name: TextSchema.meta({ description: "The other name or spelling." }),
            lang: LanguageSchema.meta({ description: "BCP 47 language tag of the name." }),
            start: PartialDateSchema.optional().meta({
              description: "First date the name applies.",
            }),
            end: end("Last date the name applies."),
            note: TextSchema.optional().meta({ description: "Where or by whom the name is used." }),
          })
          .superRefine(ordered("start", "end")),
      )
      .optional()
      .meta({
        description: "Other names, spellings and former names, with the dates they applied.",
      }),
  })
  .meta({ title: "Names", description: "Names in English and Azerbaijani." });

const context = z.string().max(MAX_TEXT, { abort: true });

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

const citations = z
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

const alternatives = z
  .array(AlternativeSchema)
  .optional()
  .meta({ description: "Conflicting values from other sources (present when disputed)." });

const wikidata = z
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

/** A record of `sources`. */
export const SourceSchema = z
  .strictObject({
    id: idOf("sources"),
    title: TextSchema.meta({ description: "Title of the page, article or document." }),
    kind: z
      .enum([
        "source-document",
        "nato",
        "government",
        "international",
        "news",
        "research",
        "encyclopedia",
        "library",
        "code",
      ])
      .meta({
        description:
          "What sort of source: NATO's own sites, a government site, another international organisation, a news outlet, research (think tanks, journals), an encyclopedia, a library or archive, public code, or the source document this project checks.",
      }),
    publisher: TextSchema.meta({ description: "Who publishes it (site, agency or organisation)." }),
    url: UrlSchema.optional().meta({ description: "Where to read it." }),
    language: LanguageSchema,
    published: PartialDateSchema.optional().meta({
      description: "Publication or last-updated date as the source states it.",
    }),
    author: TextSchema.optional().meta({ description: "Author, where the source names one." }),
    text: text(1_000_000).optional().meta({
      description: "Full text, for a source whose text ships in the package (the source document).",
    }),
    note: TextSchema.optional().meta({
      description: "Provenance, reliability or how the date was inferred.",
    }),
    checked,
  })
  .meta({ title: "Source", description: "A document that records cite." });

/** A record of `areas`. */
export const AreaSchema = z
  .strictObject({
    id: idOf("areas"),
    name: NamesSchema,
    description: TextSchema.meta({ description: "What the field of cooperation covers." }),
    citations: z.array(CitationSchema).optional().meta({
      description:
        "Sources that use the area's Azerbaijani name (areas are this dataset's own taxonomy, so only names need sources).",
    }),
    checked,
  })
  .meta({ title: "Area", description: "A field of cooperation between Azerbaijan and NATO." });

/** A record of `places`. */
export const PlaceSchema = z
  .strictObject({
    id: idOf("places"),
    name: NamesSchema,
    kind: z.enum(["country", "city", "region"]).meta({ description: "What sort of place." }),
    country: ref("places").optional().meta({ description: "The country a city or region is in." }),
    iso3166: z
      .strictObject({
        alpha2: z
          .string()
          .regex(/^[A-Z]{2}$/, "must be two capital letters")
          .meta({ description: "ISO 3166-1 alpha-2 code." }),
        alpha3: z
          .string()
          .regex(/^[A-Z]{3}$/, "must be three capital letters")
          .optional()
          .meta({ description: "ISO 3166-1 alpha-3 code." }),
        official: z.boolean().meta({
          description:
            "false for user-assigned codes such as Kosovo's XK, which ISO has not assigned.",
        }),
      })
      .optional()
      .meta({ description: "ISO 3166-1 codes of a country." }),
    subdivision: z
      .string()
      .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "must be an ISO 3166-2 code such as AZ-BA")
      .optional()
      .meta({
        description: "ISO 3166-2 subdivision code, e.g. AZ-BA.",
      }),
    coordinates: z
      .strictObject({
        lat: z.number().min(-90).max(90).meta({ description: "Latitude, WGS84 decimal degrees." }),
        lon: z
          .number()
          .min(-180)
          .max(180)
          .meta({ description: "Longitude, WGS84 decimal degrees." }),
      })
      .optional()
      .meta({ description: "WGS84 point for a city." }),
    wikidata,
    citations,
    checked,
  })
  .meta({ title: "Place", description: "A country, city or region." });

/** A role an organisation held in the partnership, such as NATO Contact Point Embassy. */
export const RoleSchema = z
  .strictObject({
    role: z.enum(["nato-contact-point-embassy"]).meta({
      description: "A role the organisation held in the partnership.",
    }),
    start: PartialDateSchema.optional().meta({
      description: "First date the role is known to have been held; absent if not sourced.",
    }),
    end: end("Last date the role is known to have been held; absent if ongoing or not known."),
    status: StatusSchema,
    note: TextSchema.optional().meta({
      description: "What is known of the dates when the sources do not give them.",
    }),
    certainty: CertaintySchema,
    alternatives,
    citations,
  })
  .superRefine(ordered("start", "end"))
  .meta({ title: "Role", description: "A mandate an organisation held, over time." });

/** A record of `organizations`. */
export const OrganizationSchema = z
  .strictObject({
    id: idOf("organizations"),
    name: NamesSchema,
    acronym: TextSchema.optional().meta({ description: "Short form, e.g. NATO." }),
    kind: z
      .enum(["international", "government", "military", "embassy", "parliament", "other"])
      .meta({ description: "What sort of organisation." }),
    description: TextSchema.optional().meta({
      description: "What the organisation is and does here.",
    }),
    country: ref("places").optional().meta({ description: "The country it belongs to." }),
    parent: ref("organizations").optional().meta({ description: "The body it is part of." }),
    roles: z
      .array(RoleSchema)
      .meta({ description: "Mandates such as NATO Contact Point Embassy, over time." }),
    wikidata,
    citations,
    checked,
  })
  .meta({
    title: "Organization",
    description: "An international body, government body or embassy.",
  });

/** An office a person held. */
export const PositionSchema = z
  .strictObject({
    title: TextSchema.meta({ description: "The office, as the sources name it." }),
    organization: ref("organizations")
      .optional()
      .meta({ description: "The body the office belongs to." }),
    start: PartialDateSchema.optional().meta({ description: "When the person took office." }),
    end: end("When the person left office; absent if still in office."),
    note: TextSchema.optional().meta({
      description:
        "What else the sources say of the dates: another date a source gives, or why an end is absent.",
    }),
    citations: z.array(CitationSchema).optional().meta({
      description: "The sources that date the office, each with the words that give the dates.",
    }),
  })
  .superRefine(ordered("start", "end"))
  .meta({ title: "Position", description: "An office a person held." });

/** A record of `people`. */
export const PersonSchema = z
  .strictObject({
    id: idOf("people"),
    name: NamesSchema,
    description: TextSchema.meta({ description: "Who the person is, in one line." }),
    positions: z
      .array(PositionSchema)
      .meta({ description: "Offices held that matter here, as the citations state them." }),
    wikidata,
    citations,
    checked,
  })
  .meta({ title: "Person", description: "A person who took part in the partnership's events." });

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

/** The record schema of each collection, by collection name. */
export const collectionSchemas = {
  sources: SourceSchema,
  areas: AreaSchema,
  places: PlaceSchema,
  organizations: OrganizationSchema,
  people: PersonSchema,
  programmes: ProgrammeSchema,
  operations: OperationSchema,
  events: EventSchema,
  claims: ClaimSchema,
  checklists: ChecklistSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

// The record types are generated from these schemas with their field descriptions (see
// scripts/record-types.ts); src/index.test-d.ts proves each equals the type zod infers, frozen.
export type {
  Alternative,
  Area,
  Checklist,
  ChecklistItem,
  Citation,
  Claim,
  Contribution,
  Event,
  Meta,
  Names,
  Operation,
  Organization,
  Person,
  Place,
  Position,
  Programme,
  Role,
  Selector,
  Source,
  Status,
} from "../generated/records.js";
export type { ChecklistAnswer, EventType, StatusValue, Verdict } from "../vocabulary.js";
