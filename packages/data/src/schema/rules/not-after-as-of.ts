import { datePrecision, earliestDay } from "../../dates.js";
import { collectionNames } from "../../registry.js";
import { objects, type Rule, type RuleIssue, withId } from "./context.js";

const KEYS = ["checked", "asOf"] as const;

export const notAfterAsOf: Rule = {
  name: "not-after-as-of",
  description: "No record was checked, and no status observed, after the dataset's as-of date.",
  check({ entries, asOf }) {
    const issues: RuleIssue[] = [];
    if (asOf === undefined) return issues;
    for (const name of collectionNames) {
      for (const [index, record] of entries(name)) {
        for (const [at, object] of objects(record, [name, index])) {
          for (const key of KEYS) {
            const value = object[key];
            if (typeof value !== "string" || !datePrecision(value) || earliestDay(value) <= asOf)
              continue;
            issues.push({
              segments: [...at, key],
              ...withId(record),
              message: `${key} ${value} is after the dataset's as-of date ${asOf}`,
            });
          }
        }
      }
    }
    return issues;
  },
};
