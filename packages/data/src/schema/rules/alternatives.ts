import { datePrecision } from "../../dates.js";
import { type CollectionName, collectionNames } from "../../registry.js";
import { textProblem } from "../../text-rules.js";
import { dataDictionary, type FieldDescription } from "../dictionary.js";
import { isObject, objects, type Rule, type RuleIssue, withId } from "./context.js";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `value` cannot stand in `field`, or undefined when it can. */
export function valueProblem(field: FieldDescription, value: unknown): string | undefined {
  if (field.values) {
    return field.values.includes(value as string)
      ? undefined
      : `must be one of ${field.values.join(", ")}`;
  }
  switch (field.type) {
    case "integer":
      return Number.isInteger(value) ? undefined : "must be a whole number";
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? undefined : "must be a number";
    case "partial-date":
      return typeof value === "string" && datePrecision(value)
        ? undefined
        : "must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD";
    case "date":
      return typeof value === "string" && datePrecision(value) === "day"
        ? undefined
        : "must be a real calendar day as YYYY-MM-DD";
    case "id":
      return typeof value === "string" && SLUG.test(value) ? undefined : "must be a record id";
    case "string":
    case "url":
      if (typeof value !== "string") return "must be text";
      return textProblem(value);
    default:
      return `is a field of kind ${field.type}, which cannot have an alternative value`;
  }
}

// the dictionary of each collection by path, built on first use
let fields: Map<CollectionName, Map<string, FieldDescription>> | undefined;
const fieldsOf = (name: CollectionName) => {
  fields ??= new Map(
    collectionNames.map((n) => [n, new Map(dataDictionary(n).map((f) => [f.path, f]))]),
  );
  return fields.get(name) as Map<string, FieldDescription>; // every collection is in the map
};

export const alternatives: Rule = {
  name: "alternatives",
  description:
    "An alternative names a field of the record it is in, and its value fits that field.",
  check({ entries }) {
    const issues: RuleIssue[] = [];
    for (const name of collectionNames) {
      for (const [index, record] of entries(name)) {
        for (const [at, object] of objects(record, [name, index])) {
          if (!Array.isArray(object.alternatives)) continue;
          // the holder's own path in the dictionary: [.., "contributions", 1] → `contributions[]`
          const prefix = at
            .slice(2)
            .map((s) => (typeof s === "number" ? "[]" : `.${s}`))
            .join("")
            .replace(/^\./, "");
          object.alternatives.forEach((alternative, i) => {
            if (!isObject(alternative) || typeof alternative.field !== "string") return;
            const segments = [...at, "alternatives", i];
            const path = prefix ? `${prefix}.${alternative.field}` : alternative.field;
            const field = fieldsOf(name).get(path);
            if (!field) {
              issues.push({
                segments: [...segments, "field"],
                ...withId(record),
                message: `"${alternative.field}" is not a field here`,
              });
              return;
            }
            if (alternative.value === undefined) return; // the schema reports it missing
            const problem = valueProblem(field, alternative.value);
            if (problem) {
              issues.push({
                segments: [...segments, "value"],
                ...withId(record),
                message: `${JSON.stringify(alternative.value)} cannot be ${alternative.field}: ${problem}`,
              });
            }
          });
        }
      }
    }
    return issues;
  },
};
