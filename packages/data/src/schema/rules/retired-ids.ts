import { isObject, type Rule, type RuleIssue } from "./context.js";

export const retiredIds: Rule = {
  name: "retired-ids",
  description: "A retired id is not used again, and the record that supersedes it exists.",
  check({ data, owner }) {
    const issues: RuleIssue[] = [];
    const meta = isObject(data.meta) ? data.meta : {};
    const retired = Array.isArray(meta.retired) ? meta.retired : [];
    retired.forEach((entry, index) => {
      if (!isObject(entry)) return;
      const id = typeof entry.id === "string" ? entry.id : undefined;
      const at = ["meta", "retired", index];
      if (id !== undefined && owner.has(id)) {
        issues.push({ segments: [...at, "id"], id, message: `retired id "${id}" is still in use` });
      }
      const next = entry.supersededBy;
      if (typeof next === "string" && !owner.has(next)) {
        issues.push({
          segments: [...at, "supersededBy"],
          ...(id ? { id } : {}),
          message: `"${next}" is not a record`,
        });
      }
    });
    return issues;
  },
};
