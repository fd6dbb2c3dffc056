import { z } from "zod";
import { datePrecision, isOrderedRange, PARTIAL_DATE } from "../dates.js";
import type { Frozen } from "../freeze.js";
import { eventTypes, verdicts } from "../vocabulary.js";

/** Free text: never empty, never padded with spaces, never starting like a spreadsheet formula. */
export const TextSchema = z
  .string()
  .min(1, "must not be empty")
  .regex(/^\S(?:[\s\S]*\S)?$/, "must not start or end with whitespace")
  .regex(/^[^=+@]/, "must not start with =, + or @ (spreadsheet formula)");

/** A record id: a stable kebab-case slug. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug (a-z, 0-9, single hyphens)")
  .meta({
    title: "Id",
    description: "Stable kebab-case identifier, unique across the whole dataset; never reused.",
  });

const ref = (collection: string) =>
  IdSchema.meta({
    title: `Reference to ${collection}`,
    description: `The id of a record in \`${collection}\`.`,
  });

/** A date at year, month or day precision (`1994`, `1994-05`, `1994-05-04`) that exists in the calendar. */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => datePrecision(s) !== undefined, {
    message: "must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD",
  })
  .meta({
    title: "Partial date",
    description: "ISO 8601 date at the precision the sources support: YYYY, YYYY-MM or YYYY-MM-DD.",
    examples: ["1994", "1992-03", "1994-05-04"],
  });

/** A BCP 47 language tag. */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
  .meta({
    description: "BCP 47 language tag: en, az, tr, fr, it …",
  });

/** Names in English and Azerbaijani, with alternatives. */
export const NamesSchema = z
  .strictObject({
    en: TextSchema.meta({ description: "Name in English." }),
    az: TextSchema.optional().meta({
      description: "Name in Azerbaijani (Latin script), where a source gives it.",
    }),
    alternatives: z
      .array(
        z.strictObject({
          name: TextSchema.meta({ description: "The other name or spelling." }),
          lang: languageSchema.meta({ description: "BCP 47 language tag of the name." }),
          from: PartialDateSchema.optional().meta({ description: "First date the name applies." }),
          to: PartialDateSchema.optional().meta({ description: "Last date the name applies." }),
          note: TextSchema.optional().meta({ description: "Where or by whom the name is used." }),
        }),
      )
      .optional()
      .meta({
        description: "Other names, spellings and former names, with the dates they applied.",
      }),
  })
  .meta({ title: "Names", description: "Names in English and Azerbaijani." });

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
  })
  .meta({
    title: "Citation",
    description: "A source and the exact words in it that support a fact.",
  });

const citations = z
  .array(CitationSchema)
  .min(1, "needs at least one citation")
  .meta({ description: "The sources that support this record, each with a verbatim quote." });

/** Whether sources agree on a record (`established`) or give conflicting values (`disputed`). */
export const certaintySchema = z.enum(["established", "disputed"]).meta({
  description:
    "`disputed` when sources give conflicting values: the record keeps the preferred value and lists the others in `alternatives`.",
});

/** A value another source gives for a disputed field. */
export const AlternativeSchema = z
  .strictObject({
    field: z.string().min(1).meta({ description: "The field whose value is disputed." }),
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
  .regex(/^Q[1-9]\d*$/, "must be a Wikidata QID like Q227")
  .optional()
  .meta({ description: "Wikidata QID, only where a cited source confirms it." });

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

/** A record of `sources`. */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: TextSchema.meta({ description: "Title of the page, article or document." }),
    kind: z
      .enum(["source-document", "nato", "government", "news", "encyclopedia", "library", "code"])
      .meta({
        description:
          "What sort of source: NATO's own sites, a government site, a news outlet, an encyclopedia (Wikipedia or a mirror), a library or archive, public code, or the source document this project checks.",
      }),
    publisher: TextSchema.meta({ description: "Who publishes it (site, agency or organisation)." }),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: "Where to read it." }),
    language: languageSchema,
    published: PartialDateSchema.optional().meta({
      description: "Publication or last-updated date as the source states it.",
    }),
    author: TextSchema.optional().meta({ description: "Author, where the source names one." }),
    text: z.string().min(1).optional().meta({
      description: "Full text, for a source whose text ships in the package (the source document).",
    }),
    note: TextSchema.optional().meta({
      description: "Provenance, reliability or how the date was inferred.",
    }),
  })
  .meta({ title: "Source", description: "A document that records cite." });

/** A record of `areas`. */
export const AreaSchema = z
  .strictObject({
    id: IdSchema,
    name: NamesSchema,
    description: TextSchema.meta({ description: "What the field of cooperation covers." }),
  })
  .meta({ title: "Area", description: "A field of cooperation between Azerbaijan and NATO." });

/** A record of `places`. */
export const PlaceSchema = z
  .strictObject({
    id: IdSchema,
    name: NamesSchema,
    kind: z.enum(["country", "city", "region"]).meta({ description: "What sort of place." }),
    country: ref("places").optional().meta({ description: "The country a city or region is in." }),
    iso3166: z
      .strictObject({
        alpha2: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .meta({ description: "ISO 3166-1 alpha-2 code." }),
        alpha3: z
          .string()
          .regex(/^[A-Z]{3}$/)
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
      .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
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
  })
  .meta({ title: "Place", description: "A country, city or region." });

/** A record of `organizations`. */
export const OrganizationSchema = z
  .strictObject({
    id: IdSchema,
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
      .array(
        z
          .strictObject({
            role: z.enum(["nato-contact-point-embassy"]).meta({
              description: "A role the organisation held in the partnership.",
            }),
            start: PartialDateSchema.optional().meta({
              description: "First date the role is known to have been held; absent if not sourced.",
            }),
            end: PartialDateSchema.optional().meta({
              description: "Last date the role is known to have been held; absent if not known.",
            }),
            note: TextSchema.optional().meta({
              description: "What is known of the dates when the sources do not give them.",
            }),
            certainty: certaintySchema,
            citations,
          })
          .superRefine(ordered("start", "end")),
      )
      .meta({ description: "Mandates such as NATO Contact Point Embassy, over time." }),
    wikidata,
    citations,
  })
  .meta({
    title: "Organization",
    description: "An international body, government body or embassy.",
  });

/** A record of `people`. */
export const PersonSchema = z
  .strictObject({
    id: IdSchema,
    name: NamesSchema,
    description: TextSchema.meta({ description: "Who the person is, in one line." }),
    positions: z
      .array(
        z
          .strictObject({
            title: TextSchema.meta({ description: "The office, as the sources name it." }),
            organization: ref("organizations").optional(),
            start: PartialDateSchema.optional(),
            end: PartialDateSchema.optional(),
          })
          .superRefine(ordered("start", "end")),
      )
      .meta({ description: "Offices held that matter here, as the citations state them." }),
    wikidata,
    citations,
  })
  .meta({ title: "Person", description: "A person who took part in the partnership's events." });

const statusSchema = z.enum(["active", "ended", "superseded", "unknown"]).meta({
  description: "Status as of the dataset's as-of date.",
});

const areas = z.array(ref("areas")).meta({ description: "Fields of cooperation it belongs to." });

/** A record of `programmes`. */
export const ProgrammeSchema = z
  .strictObject({
    id: IdSchema,
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
    end: PartialDateSchema.optional().meta({
      description: "When it ended; absent if ongoing or not known.",
    }),
    status: statusSchema,
    parent: ref("programmes").optional().meta({ description: "The framework it belongs to." }),
    successor: ref("programmes").optional().meta({ description: "What replaced it." }),
    organizations: z.array(ref("organizations")).meta({ description: "Bodies that run it." }),
    areas,
    certainty: certaintySchema,
    alternatives,
    citations,
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
    certainty: certaintySchema,
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
    id: IdSchema,
    name: NamesSchema,
    acronym: TextSchema.optional().meta({ description: "Short form, e.g. KFOR." }),
    description: TextSchema.meta({
      description: "What the operation was, and Azerbaijan's part in it.",
    }),
    start: PartialDateSchema.meta({ description: "Start of the NATO-led operation." }),
    end: PartialDateSchema.optional().meta({ description: "End of the NATO-led operation." }),
    participationStart: PartialDateSchema.meta({
      description: "When Azerbaijani personnel began to serve.",
    }),
    participationEnd: PartialDateSchema.optional().meta({
      description: "When Azerbaijani personnel left.",
    }),
    status: statusSchema,
    successor: ref("operations").optional(),
    places: z.array(ref("places")).meta({ description: "Where it took place." }),
    organizations: z.array(ref("organizations")),
    areas,
    contributions: z.array(ContributionSchema).meta({
      description: "Azerbaijan's contribution over time, where sourced.",
    }),
    certainty: certaintySchema,
    alternatives,
    citations,
  })
  .superRefine(ordered("start", "end"))
  .superRefine(ordered("participationStart", "participationEnd"))
  .meta({ title: "Operation", description: "A NATO-led operation with Azerbaijani personnel." });

/** A record of `events`. */
export const EventSchema = z
  .strictObject({
    id: IdSchema,
    title: TextSchema.meta({ description: "One-line headline in English." }),
    date: PartialDateSchema.meta({
      description: "When it happened, at the precision sources support.",
    }),
    endDate: PartialDateSchema.optional().meta({
      description: "Last day, for events that span days.",
    }),
    type: z.enum(eventTypes).meta({ description: "What sort of event." }),
    summary: TextSchema.meta({ description: "What happened, in a few sentences." }),
    scope: z.enum(["partnership", "context"]).meta({
      description:
        "`context` for events that are not part of the NATO partnership but that sources link to it (e.g. the Nuclear Security Summit).",
    }),
    areas,
    people: z.array(ref("people")),
    organizations: z.array(ref("organizations")),
    places: z.array(ref("places")),
    programmes: z.array(ref("programmes")),
    operations: z.array(ref("operations")),
    certainty: certaintySchema,
    alternatives,
    citations,
  })
  .superRefine(ordered("date", "endDate"))
  .meta({ title: "Event", description: "A dated milestone of the partnership." });

/** A record of `claims`. */
export const ClaimSchema = z
  .strictObject({
    id: IdSchema,
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
    about: z.array(IdSchema).meta({ description: "Ids of the records the claim concerns." }),
  })
  .meta({ title: "Claim", description: "A factual statement of the source document, checked." });

/** The dataset's metadata (`meta.json`, and `meta` in `dataset.json`). */
export const MetaSchema = z
  .strictObject({
    name: z.literal("@aznato/data").optional().meta({
      description: "The npm package (added at build time).",
    }),
    version: z.string().min(1).optional().meta({
      description: "The package version that ships this data (added at build time).",
    }),
    title: TextSchema,
    description: TextSchema,
    asOf: PartialDateSchema.meta({ description: "Date up to which the sources were checked." }),
    licenses: z
      .array(
        z.strictObject({
          name: z.string().min(1).meta({ description: "SPDX identifier." }),
          path: z.url(),
          title: TextSchema,
          scope: z.enum(["code", "data"]),
        }),
      )
      .min(1),
    retired: z
      .array(
        z.strictObject({
          id: IdSchema,
          supersededBy: IdSchema.optional(),
          reason: TextSchema,
          since: z.string().min(1).meta({ description: "Package version that removed the id." }),
        }),
      )
      .meta({ description: "Ids no longer in the dataset, and what replaced them." }),
  })
  .meta({ title: "Dataset metadata" });

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
} as const;

/** A citation (see {@link CitationSchema}). Read-only, as the package hands it out. */
export type Citation = Frozen<z.infer<typeof CitationSchema>>;
/** Names (see {@link NamesSchema}). Read-only, as the package hands it out. */
export type Names = Frozen<z.infer<typeof NamesSchema>>;
/** A conflicting value (see {@link AlternativeSchema}). Read-only, as the package hands it out. */
export type Alternative = Frozen<z.infer<typeof AlternativeSchema>>;
/** A contribution to an operation (see {@link ContributionSchema}). Read-only, as the package hands it out. */
export type Contribution = Frozen<z.infer<typeof ContributionSchema>>;
/** A source (see {@link SourceSchema}). Read-only, as the package hands it out. */
export type Source = Frozen<z.infer<typeof SourceSchema>>;
/** A field of cooperation (see {@link AreaSchema}). Read-only, as the package hands it out. */
export type Area = Frozen<z.infer<typeof AreaSchema>>;
/** A place (see {@link PlaceSchema}). Read-only, as the package hands it out. */
export type Place = Frozen<z.infer<typeof PlaceSchema>>;
/** An organisation (see {@link OrganizationSchema}). Read-only, as the package hands it out. */
export type Organization = Frozen<z.infer<typeof OrganizationSchema>>;
/** A person (see {@link PersonSchema}). Read-only, as the package hands it out. */
export type Person = Frozen<z.infer<typeof PersonSchema>>;
/** A programme (see {@link ProgrammeSchema}). Read-only, as the package hands it out. */
export type Programme = Frozen<z.infer<typeof ProgrammeSchema>>;
/** An operation (see {@link OperationSchema}). Read-only, as the package hands it out. */
export type Operation = Frozen<z.infer<typeof OperationSchema>>;
/** An event of the timeline (see {@link EventSchema}). Read-only, as the package hands it out. */
export type Event = Frozen<z.infer<typeof EventSchema>>;
/** A checked claim of the source document (see {@link ClaimSchema}). Read-only, as the package hands it out. */
export type Claim = Frozen<z.infer<typeof ClaimSchema>>;
/** The dataset's metadata (see {@link MetaSchema}). Read-only, as the package hands it out. */
export type Meta = Frozen<z.infer<typeof MetaSchema>>;
export type { EventType, Verdict } from "../vocabulary.js";
