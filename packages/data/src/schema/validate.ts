import type { z } from "zod";
import { type Dataset, DatasetSchema } from "./dataset-schema.js";
import { describeThrown, readPlain } from "./plain.js";
import { isObject, ruleContext } from "./rules/context.js";
import { datasetRules, type Segments } from "./rules/index.js";

export type { Segments };

/** One problem {@link validate} found. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `events[3].citations[0].quote`; `(dataset)` for the whole. */
  path: string;
  /** The same place as steps a caller can walk: `["events", 3, "citations", 0, "quote"]`. */
  segments: Segments;
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

const issue = (segments: Segments, message: string, id?: string): ValidationIssue => ({
  path: formatPath(segments),
  segments,
  ...(id === undefined ? {} : { id }),
  message,
});

function schemaIssues(input: unknown, error: z.ZodError): ValidationIssue[] {
  return error.issues.map((found) => {
    const segments = found.path.map((s) => (typeof s === "number" ? s : String(s)));
    const [collection, index] = segments;
    const list = isObject(input) && typeof collection === "string" ? input[collection] : undefined;
    const record = Array.isArray(list) && typeof index === "number" ? list[index] : undefined;
    const id = isObject(record) && typeof record.id === "string" ? record.id : undefined;
    return issue(segments, found.message, id);
  });
}

/**
 * Validates a whole dataset: every record against its schema, then the dataset rules (ids,
 * references, quotes, alternatives, cycles, dates, checklists) across records. Returns every issue
 * at once, each with a path, its segments and a readable message. Never throws and never hangs,
 * whatever the input: it first reads a plain copy of it within `INPUT_LIMITS` (no getters run
 * twice, no cycles, capped size and depth), and every later step is linear in that copy.
 */
export function validate(input: unknown): ValidationResult {
  try {
    const read = readPlain(input);
    if ("problem" in read) {
      const { segments, message } = read.problem;
      return { success: false, issues: [issue(segments, message)] };
    }
    const data = read.value;
    const parsed = DatasetSchema.safeParse(data);
    const issues = parsed.success ? [] : schemaIssues(data, parsed.error);
    if (isObject(data)) {
      const context = ruleContext(data);
      for (const rule of datasetRules) {
        for (const found of rule.check(context)) {
          issues.push(issue(found.segments, found.message, found.id));
        }
      }
    }
    if (parsed.success && issues.length === 0) {
      return { success: true, data: parsed.data, issues: [] };
    }
    return { success: false, issues };
  } catch (thrown) {
    // a fault of our own: still one readable issue, never an exception
    return {
      success: false,
      issues: [issue([], `cannot be validated: ${describeThrown(thrown)}`)],
    };
  }
}

/** One line per issue, for error output: `events[3].start (pfp-1994): must be …`. */
export const formatIssues = (issues: readonly ValidationIssue[]): string =>
  issues.map((i) => `${i.path}${i.id ? ` (${i.id})` : ""}: ${i.message}`).join("\n");
