import { expect, it } from "vitest";
import { run } from "./rule-fixture.js";
import { uniqueIds } from "./unique-ids.js";

it("passes distinct ids and fails one used twice, across collections", () => {
  expect(
    run(uniqueIds, {
      events: [{ id: "a" }, { id: "b" }, { title: "no id" }],
      people: [{ id: "c" }],
    }),
  ).toEqual([]);
  expect(run(uniqueIds, { events: [{ id: "a" }], people: [null, { id: "a" }] })).toEqual([
    'events.0.id (a): duplicate id "a" (also in people)',
  ]);
});
