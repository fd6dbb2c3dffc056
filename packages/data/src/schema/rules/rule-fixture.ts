// Test helper for the rule tests: runs one rule on a small dataset and lists its issues as
// `segments: message` lines.
import { type Loose, type Rule, ruleContext } from "./context.js";

export const run = (rule: Rule, data: Loose): string[] =>
  rule
    .check(ruleContext(data))
    .map((i) => `${i.segments.join(".")}${i.id ? ` (${i.id})` : ""}: ${i.message}`);
