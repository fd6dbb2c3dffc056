import { expect, it } from "vitest";
import { certainty } from "./certainty.js";
import { run } from "./rule-fixture.js";

it("passes disputed values with alternatives, and fails disputed without or established with them", () => {
  const alternative = { field: "start", value: "1995" };
  expect(
    run(certainty, {
      events: [
        { id: "e", certainty: "disputed", alternatives: [alternative] },
        { id: "f", certainty: "established" },
      ],
    }),
  ).toEqual([]);
  expect(
    run(certainty, {
      events: [{ id: "e", certainty: "disputed" }],
      operations: [
        {
          id: "o",
          certainty: "established",
          contributions: [{ certainty: "established", alternatives: [alternative] }],
        },
      ],
    }),
  ).toEqual([
    "operations.0.contributions.0.certainty (o): has alternatives, so it must be disputed",
    "events.0.certainty (e): disputed, but no alternatives are given",
  ]);
});
