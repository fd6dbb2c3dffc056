import { collectionNames } from "../../registry.js";
import { objects, type Rule, type RuleIssue, withId } from "./context.js";

export const certainty: Rule = {
  name: "certainty",
  description: "A disputed value lists its alternatives; a value with alternatives is disputed.",
  check({ entries }) {
    const issues: RuleIssue[] = [];
    for (const name of collectionNames) {
      for (const [index, record] of entries(name)) {
        for (const [at, object] of objects(record, [name, index])) {
          const count = Array.isArray(object.alternatives) ? object.alternatives.length : 0;
          const segments = [...at, "certainty"];
          if (object.certainty === "disputed" && count === 0) {
            issues.push({
              segments,
              ...withId(record),
              message: "disputed, but no alternatives are given",
            });
          }
          if (object.certainty === "established" && count > 0) {
            issues.push({
              segments,
              ...withId(record),
              message: "has alternatives, so it must be disputed",
            });
          }
        }
      }
    }
    return issues;
  },
};
