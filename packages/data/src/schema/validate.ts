import { z } from "zod";
import { type CollectionName, collectionNames, entriesAt, relations } from "../relations.js";
import { collectionSchemas, MetaSchema, type Source } from "./records.js";

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
    description: "The whole aznato dataset: metadata and nine collections.",
  });

/** What {@link DatasetSchema} accepts. */
export type DatasetInput = z.input<typeof DatasetSchema>;
/** A dataset that passed {@link validate}. */
export type Dataset = z.output<typeof DatasetSchema>;

/** One problem {@link validate} found. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `events[3].citations[0].quote`. */
  path: string;
  /** The id of the record it is in, when known. */
  id?: string;
  /** What is wrong, in words. */
  message: string;
}

/** The outcome of {@link validate}: the data, or every issue. */
export type ValidationResult =
  | { success: true; data: Dataset; issues: [] }
  | { success: false; issues: ValidationIssue[] };

const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((step, index) =>
      typeof step === "number" ? `[${step}]` : `${index === 0 ? "" : "."}${String(step)}`,
    )
    .join("");

/** Cross-record checks that no single record's schema can make. */
function checkDataset(data: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const owner = new Map<string, CollectionName>();

  for (const name of collectionNames) {
    data[name].forEach((record, index) => {
      const seen = owner.get(record.id);
      if (seen) {
        issues.push({
          path: `${name}[${index}].id`,
          id: record.id,
          message: `duplicate id "${record.id}" (also in ${seen})`,
        });
      } else owner.set(record.id, name);
    });
  }
  for (const [index, retired] of data.meta.retired.entries()) {
    if (owner.has(retired.id)) {
      issues.push({
        path: `meta.retired[${index}].id`,
        id: retired.id,
        message: `retired id "${retired.id}" is still in use`,
      });
    }
  }

  for (const relation of relations) {
    data[relation.from].forEach((record, index) => {
      for (const [at, target] of entriesAt(record, relation.path)) {
        const found = owner.get(target as string);
        const ok = relation.to === "any" ? found !== undefined : found === relation.to;
        if (!ok) {
          issues.push({
            path: `${relation.from}[${index}].${at}`,
            id: record.id,
            message: `"${String(target)}" is not ${relation.to === "any" ? "a record" : `in ${relation.to}`}`,
          });
        }
      }
    });
  }

  const texts = new Map<string, Source>(
    data.sources.filter((s) => s.text !== undefined).map((s) => [s.id, s]),
  );
  const checkQuote = (citation: unknown, path: string, id: string) => {
    const c = citation as { source: string; quote: string; start?: number; end?: number };
    const text = texts.get(c.source)?.text;
    if (text === undefined) {
      if (c.start !== undefined || c.end !== undefined) {
        issues.push({ path, id, message: `offsets given but "${c.source}" ships no text` });
      }
      return;
    }
    if (c.start === undefined || c.end === undefined) {
      issues.push({ path, id, message: `a quote from "${c.source}" needs start and end offsets` });
    } else if (text.slice(c.start, c.end) !== c.quote) {
      const at = text.indexOf(c.quote);
      issues.push({
        path,
        id,
        message:
          at === -1
            ? `quote is not verbatim in "${c.source}": ${JSON.stringify(c.quote.slice(0, 60))}`
            : `quote is at ${at}–${at + c.quote.length}, not ${c.start}–${c.end}`,
      });
    }
  };
  for (const relation of relations) {
    if (relation.to !== "sources") continue;
    const citationPath = relation.path.slice(0, -".source".length);
    data[relation.from].forEach((record, index) => {
      for (const [at, citation] of entriesAt(record, citationPath)) {
        checkQuote(citation, `${relation.from}[${index}].${at}`, record.id);
      }
    });
  }

  data.claims.forEach((claim, index) => {
    if (claim.evidence.length === 0 && claim.verdict !== "unverified") {
      issues.push({
        path: `claims[${index}].evidence`,
        id: claim.id,
        message: `a claim judged "${claim.verdict}" needs evidence`,
      });
    }
  });
  return issues;
}

/**
 * Validates a whole dataset: every record against its schema, then ids, references and quotes
 * across records. Returns every issue with its path and a readable message; never throws.
 */
export function validate(input: unknown): ValidationResult {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      success: false,
      issues: parsed.error.issues.map((issue) => {
        const [collection, index] = issue.path;
        const record =
          typeof collection === "string" && typeof index === "number"
            ? (input as Record<string, { id?: unknown }[]>)[collection]?.[index]
            : undefined;
        return {
          path: formatPath(issue.path),
          ...(typeof record?.id === "string" ? { id: record.id } : {}),
          message: issue.message,
        };
      }),
    };
  }
  const issues = checkDataset(parsed.data);
  return issues.length > 0
    ? { success: false, issues }
    : { success: true, data: parsed.data, issues: [] };
}

/** One line per issue, for error output: `events[3].date (pfp-1994): must be …`. */
export const formatIssues = (issues: readonly ValidationIssue[]): string =>
  issues.map((i) => `${i.path}${i.id ? ` (${i.id})` : ""}: ${i.message}`).join("\n");
