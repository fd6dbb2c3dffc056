import { type Rule, type RuleIssue, withId } from "./context.js";

export const claimEvidence: Rule = {
  name: "claim-evidence",
  description: "A claim judged anything but unverified cites evidence.",
  check({ entries }) {
    const issues: RuleIssue[] = [];
    for (const [index, claim] of entries("claims")) {
      if (
        !Array.isArray(claim.evidence) ||
        claim.evidence.length > 0 ||
        claim.verdict === "unverified"
      ) {
        continue;
      }
      issues.push({
        segments: ["claims", index, "evidence"],
        ...withId(claim),
        message: `a claim judged "${String(claim.verdict)}" needs evidence`,
      });
    }
    return issues;
  },
};
