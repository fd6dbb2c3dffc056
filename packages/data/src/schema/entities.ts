import { z } from "zod";
import {
  alternatives,
  CertaintySchema,
  CitationSchema,
  citations,
  StatusSchema,
  wikidata,
} from "./evidence.js";
import {
  checked,
  end,
  idOf,
  LanguageSchema,
  NamesSchema,
  ordered,
  PartialDateSchema,
  ref,
  TextSchema,
  text,
  UrlSchema,
} from "./fields.js";

// The record schemas of sources, areas, places, organizations and people.

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
