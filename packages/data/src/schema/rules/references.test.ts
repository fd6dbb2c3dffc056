import { expect, it } from "vitest";
import { references } from "./references.js";
import { run } from "./rule-fixture.js";

it("passes references that resolve in their collection, and fails the others", () => {
  const people = [{ id: "p" }];
  const sources = [{ id: "s" }];
  expect(
    run(references, {
      people,
      sources,
      events: [{ id: "e", people: ["p"], citations: [{ source: "s" }] }],
    }),
  ).toEqual([]);
  expect(
    run(references, {
      people,
      sources,
      events: [{ id: "e", people: ["s", 5], citations: [{ source: "nowhere" }] }],
      claims: [{ id: "c", about: ["nothing"] }],
    }),
  ).toEqual([
    'events.0.people.0 (e): "s" is not in people',
    'events.0.citations.0.source (e): "nowhere" is not in sources',
    'claims.0.about.0 (c): "nothing" is not a record',
  ]);
});
