import { collectionNames } from "../../registry.js";
import { idOf, type Rule, type RuleIssue } from "./context.js";

export const uniqueIds: Rule = {
  name: "unique-ids",
  description: "Every id is used by one record only, across all collections.",
  check({ entries }) {
    const issues: RuleIssue[] = [];
    const seen = new Map<string, string>();
    for (const name of collectionNames) {
      for (const [index, record] of entries(name)) {
        const id = idOf(record);
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first) {
          issues.push({
            segments: [name, index, "id"],
            id,
            message: `duplicate id "${id}" (also in ${first})`,
          });
        } else seen.set(id, name);
      }
    }
    return issues;
  },
};
