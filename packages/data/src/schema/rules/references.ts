import { relations } from "../../relations.js";
import { type Rule, type RuleIssue, valuesAt, withId } from "./context.js";

export const references: Rule = {
  name: "references",
  description: "Every reference names a record of the collection its field points to.",
  check({ entries, owner }) {
    const issues: RuleIssue[] = [];
    for (const relation of relations) {
      for (const [index, record] of entries(relation.from)) {
        for (const [at, target] of valuesAt(record, relation.path)) {
          if (typeof target !== "string") continue;
          const found = owner.get(target);
          if (relation.to === "any" ? found !== undefined : found === relation.to) continue;
          issues.push({
            segments: [relation.from, index, ...at],
            ...withId(record),
            message: `"${target}" is not ${relation.to === "any" ? "a record" : `in ${relation.to}`}`,
          });
        }
      }
    }
    return issues;
  },
};
