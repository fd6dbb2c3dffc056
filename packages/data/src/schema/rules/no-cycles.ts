import { relations } from "../../relations.js";
import { idOf, type Rule, type RuleIssue } from "./context.js";

export const noCycles: Rule = {
  name: "no-cycles",
  description: "No record is its own parent or successor, directly or through others.",
  check({ entries }) {
    const issues: RuleIssue[] = [];
    for (const relation of relations) {
      // single references within one collection: parent, successor
      if (relation.to !== relation.from || relation.path.includes("[]")) continue;
      const next = new Map<string, string>();
      for (const [, record] of entries(relation.from)) {
        const id = idOf(record);
        const target = record[relation.path];
        if (id !== undefined && typeof target === "string") next.set(id, target);
      }
      for (const [index, record] of entries(relation.from)) {
        const id = idOf(record);
        if (id === undefined) continue;
        const chain = [id];
        for (let at = next.get(id); at !== undefined; at = next.get(at)) {
          if (at === id) {
            issues.push({
              segments: [relation.from, index, relation.path],
              id,
              message: `${relation.path} forms a cycle: ${[...chain, id].join(" → ")}`,
            });
            break;
          }
          if (chain.includes(at)) break;
          chain.push(at);
        }
      }
    }
    return issues;
  },
};
