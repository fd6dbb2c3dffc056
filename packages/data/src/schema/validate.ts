import type { z } from "zod";
import { datePrecision, earliestDay } from "../dates.js";
import { type CollectionName, collectionNames } from "../registry.js";
import { entriesAt, relations } from "../relations.js";
import { selectorsFor } from "../selectors.js";
import { type Dataset, DatasetSchema } from "./dataset-schema.js";
import { dataDictionary } from "./dictionary.js";
import { checkChecklists } from "./rules/checklists.js";

/** One problem {@link validate} found. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `events[3].citations[0].quote`; `(dataset)` for the whole. */
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

const ROOT = "(dataset)";

const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((step, index) =>
      typeof step === "number" ? `[${step}]` : `${index === 0 ? "" : "."}${String(step)}`,
    )
    .join("") || ROOT;

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const records = (data: Loose, name: string): Loose[] => {
  const list = data[name];
  return Array.isArray(list) ? list.filter(isObject) : [];
};
const idOf = (record: Loose): string | undefined =>
  typeof record.id === "string" ? record.id : undefined;
/** `{ id }` for an issue in this record, when it has an id. */
const withId = (record: Loose): { id?: string } => {
  const id = idOf(record);
  return id === undefined ? {} : { id };
};

// paths of every field of a collection (`contributions[].personnel`), for alternatives[].field
let fieldPaths: Map<CollectionName, Set<string>> | undefined;
const knownFields = (collection: CollectionName): Set<string> => {
  fieldPaths ??= new Map(
    collectionNames.map((name) => [name, new Set(dataDictionary(name).map((f) => f.path))]),
  );
  return fieldPaths.get(collection) ?? new Set();
};

/** Every object in `value` with its path, depth first, the value itself included. */
function* objects(value: unknown, path: string): Generator<[string, Loose]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* objects(item, `${path}[${i}]`);
  } else if (isObject(value)) {
    yield [path, value];
    for (const [key, child] of Object.entries(value)) yield* objects(child, `${path}.${key}`);
  }
}

/** Cross-record checks that no single record's schema can make. Tolerant of malformed input. */
function checkDataset(data: Loose): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const owner = new Map<string, CollectionName>();
  const meta = isObject(data.meta) ? data.meta : {};
  const asOf = typeof meta.asOf === "string" && datePrecision(meta.asOf) ? meta.asOf : undefined;

  for (const name of collectionNames) {
    records(data, name).forEach((record, index) => {
      const id = idOf(record);
      if (id === undefined) return;
      const seen = owner.get(id);
      if (seen) {
        issues.push({
          path: `${name}[${index}].id`,
          id,
          message: `duplicate id "${id}" (also in ${seen})`,
        });
      } else owner.set(id, name);
    });
  }
  const retired = Array.isArray(meta.retired) ? meta.retired.filter(isObject) : [];
  for (const [index, entry] of retired.entries()) {
    const id = typeof entry.id === "string" ? entry.id : undefined;
    if (id !== undefined && owner.has(id)) {
      issues.push({
        path: `meta.retired[${index}].id`,
        id,
        message: `retired id "${id}" is still in use`,
      });
    }
    const next = entry.supersededBy;
    if (typeof next === "string" && !owner.has(next)) {
      issues.push({
        path: `meta.retired[${index}].supersededBy`,
        ...(id ? { id } : {}),
        message: `"${next}" is not a record`,
      });
    }
  }

  for (const relation of relations) {
    records(data, relation.from).forEach((record, index) => {
      for (const [at, target] of entriesAt(record, relation.path)) {
        if (typeof target !== "string") continue;
        const found = owner.get(target);
        const ok = relation.to === "any" ? found !== undefined : found === relation.to;
        if (!ok) {
          issues.push({
            path: `${relation.from}[${index}].${at}`,
            ...withId(record),
            message: `"${target}" is not ${relation.to === "any" ? "a record" : `in ${relation.to}`}`,
          });
        }
      }
    });
  }

  // no record is its own ancestor or successor
  for (const relation of relations) {
    if (relation.to !== relation.from || relation.path.includes("[]")) continue;
    const next = new Map<string, string>();
    for (const record of records(data, relation.from)) {
      const id = idOf(record);
      const target = record[relation.path];
      if (id !== undefined && typeof target === "string") next.set(id, target);
    }
    records(data, relation.from).forEach((record, index) => {
      const id = idOf(record);
      if (id === undefined) return;
      const chain = [id];
      for (let at = next.get(id); at !== undefined; at = next.get(at)) {
        if (at === id) {
          issues.push({
            path: `${relation.from}[${index}].${relation.path}`,
            id,
            message: `${relation.path} forms a cycle: ${[...chain, id].join(" → ")}`,
          });
          break;
        }
        if (chain.includes(at)) break;
        chain.push(at);
      }
    });
  }

  const texts = new Map<string, string>();
  for (const source of records(data, "sources")) {
    const id = idOf(source);
    if (id !== undefined && typeof source.text === "string") texts.set(id, source.text);
  }
  const checkQuote = (citation: Loose, path: string, id: string | undefined) => {
    const where = { path, ...(id ? { id } : {}) };
    if (typeof citation.source !== "string" || typeof citation.quote !== "string") return;
    const { source, quote, start, end } = citation;
    const text = texts.get(source);
    if (text === undefined) {
      if (start !== undefined || end !== undefined) {
        issues.push({ ...where, message: `offsets given but "${source}" ships no text` });
      }
    } else if (typeof start !== "number" || typeof end !== "number") {
      issues.push({ ...where, message: `a quote from "${source}" needs start and end offsets` });
    } else if (text.slice(start, end) !== quote) {
      const at = text.indexOf(quote);
      issues.push({
        ...where,
        message:
          at === -1
            ? `quote is not verbatim in "${source}": ${JSON.stringify(quote.slice(0, 60))}`
            : `quote is at ${at}–${at + quote.length}, not ${start}–${end}`,
      });
      return;
    }
    if (citation.selector !== undefined) {
      const offsets = typeof start === "number" && typeof end === "number" ? { start, end } : {};
      const expected = JSON.stringify(selectorsFor({ quote, ...offsets }, text));
      if (JSON.stringify(citation.selector) !== expected) {
        issues.push({ ...where, message: "selector does not match the quote and its offsets" });
      }
    }
  };
  for (const relation of relations) {
    if (relation.to !== "sources") continue;
    const citationPath = relation.path.slice(0, -".source".length);
    records(data, relation.from).forEach((record, index) => {
      for (const [at, citation] of entriesAt(record, citationPath)) {
        if (isObject(citation))
          checkQuote(citation, `${relation.from}[${index}].${at}`, idOf(record));
      }
    });
  }

  for (const name of collectionNames) {
    const fields = knownFields(name);
    records(data, name).forEach((record, index) => {
      const idPart = withId(record);
      for (const [at, object] of objects(record, "")) {
        const path = `${name}[${index}]${at}`;
        const alternatives = Array.isArray(object.alternatives) ? object.alternatives : [];
        if (object.certainty === "disputed" && alternatives.length === 0) {
          issues.push({
            path: `${path}.certainty`,
            ...idPart,
            message: "disputed, but no alternatives are given",
          });
        }
        if (object.certainty === "established" && alternatives.length > 0) {
          issues.push({
            path: `${path}.certainty`,
            ...idPart,
            message: "has alternatives, so it must be disputed",
          });
        }
        // the holder's own path in the dictionary: `.contributions[1]` → `contributions[]`
        const prefix = at.replace(/^\./, "").replace(/\[\d+\]/g, "[]");
        alternatives.forEach((alternative, i) => {
          if (!isObject(alternative) || typeof alternative.field !== "string") return;
          const field = prefix ? `${prefix}.${alternative.field}` : alternative.field;
          if (!fields.has(field)) {
            issues.push({
              path: `${path}.alternatives[${i}].field`,
              ...idPart,
              message: `"${alternative.field}" is not a field here`,
            });
          }
        });
        for (const key of ["checked", "asOf"]) {
          const value = object[key];
          if (asOf && typeof value === "string" && datePrecision(value)) {
            if (earliestDay(value) > asOf) {
              issues.push({
                path: `${path}.${key}`,
                ...idPart,
                message: `${key} ${value} is after the dataset's as-of date ${asOf}`,
              });
            }
          }
        }
      }
    });
  }

  records(data, "claims").forEach((claim, index) => {
    if (
      Array.isArray(claim.evidence) &&
      claim.evidence.length === 0 &&
      claim.verdict !== "unverified"
    ) {
      issues.push({
        path: `claims[${index}].evidence`,
        ...withId(claim),
        message: `a claim judged "${String(claim.verdict)}" needs evidence`,
      });
    }
  });
  issues.push(...checkChecklists(data));
  return issues;
}

function schemaIssues(input: unknown, error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const [collection, index] = issue.path;
    const record =
      isObject(input) && typeof collection === "string" && typeof index === "number"
        ? (input[collection] as unknown[] | undefined)?.[index]
        : undefined;
    const id = isObject(record) ? idOf(record) : undefined;
    return { path: formatPath(issue.path), ...(id ? { id } : {}), message: issue.message };
  });
}

/**
 * Validates a whole dataset: every record against its schema, then ids, references, quotes,
 * alternatives, cycles and dates across records. Returns every issue at once, each with a path and
 * a readable message; never throws, whatever the input.
 */
export function validate(input: unknown): ValidationResult {
  try {
    const parsed = DatasetSchema.safeParse(input);
    const issues = [
      ...(parsed.success ? [] : schemaIssues(input, parsed.error)),
      ...(isObject(input) ? checkDataset(input) : []),
    ];
    if (parsed.success && issues.length === 0) {
      return { success: true, data: parsed.data, issues: [] };
    }
    return { success: false, issues };
  } catch (error) {
    // e.g. a getter that throws, or a proxy: the input cannot be read as data
    const message = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [{ path: ROOT, message: `cannot be read as data: ${message.split("\n")[0]}` }],
    };
  }
}

/** One line per issue, for error output: `events[3].start (pfp-1994): must be …`. */
export const formatIssues = (issues: readonly ValidationIssue[]): string =>
  issues.map((i) => `${i.path}${i.id ? ` (${i.id})` : ""}: ${i.message}`).join("\n");
