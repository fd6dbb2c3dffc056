import { expect, it } from "vitest";
import { claimEvidence } from "./claim-evidence.js";
import { run } from "./rule-fixture.js";

it("passes claims with evidence or judged unverified, and fails others without evidence", () => {
  expect(
    run(claimEvidence, {
      claims: [
        { id: "a", verdict: "confirmed", evidence: [{}] },
        { id: "b", verdict: "unverified", evidence: [] },
        { id: "c" },
      ],
    }),
  ).toEqual([]);
  expect(run(claimEvidence, { claims: [{ id: "a", verdict: "incorrect", evidence: [] }] })).toEqual(
    ['claims.0.evidence (a): a claim judged "incorrect" needs evidence'],
  );
});
