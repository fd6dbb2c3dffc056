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

// The field schemas the record schemas share (records.ts re-exports the public ones).
// Field metadata beyond JSON Schema: `x-kind` says what a string holds, `x-references` which
// collection an id must be in. They reach the JSON Schemas as annotations, and the generated
// relations and data dictionary read them, so each reference is declared only in the schemas.

export const text = (max: number) =>
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
export const idOf = <C extends CollectionName>(_collection: C) =>
  IdSchema as unknown as z.ZodType<IdOf[C], IdOf[C]>;

/** A reference to a record of `collection`. */
export const ref = <C extends CollectionName>(collection: C) =>
  IdSchema.meta({
    title: `Reference to ${collection}`,
    description: `The id of a record in ${collection}.`,
    "x-kind": "reference",
    "x-references": collection,
  }) as unknown as z.ZodType<IdOf[C], IdOf[C]>;

/** A reference to a record of any collection. */
export const anyRef = IdSchema.meta({
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

export const checked = DaySchema.meta({
  description: "The day this record's facts were last verified against its sources.",
});

/** Start/end pairs must be in order. */
export const ordered =
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

export const start = (description: string) => PartialDateSchema.meta({ description });
export const end = (description: string) => PartialDateSchema.optional().meta({ description });

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
