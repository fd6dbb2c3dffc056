import { expect, it } from "vitest";
import { noCycles } from "./no-cycles.js";
import { run } from "./rule-fixture.js";

it("passes a chain of successors, and fails a loop, reporting each record on it", () => {
  expect(
    run(noCycles, {
      programmes: [
        { id: "a", successor: "b" },
        { id: "b", successor: "c" },
        { id: "c" },
        { successor: "a" },
      ],
    }),
  ).toEqual([]);
  expect(run(noCycles, { programmes: [{ id: "a", parent: "a" }] })).toEqual([
    "programmes.0.parent (a): parent forms a cycle: a → a",
  ]);
  expect(
    run(noCycles, {
      programmes: [
        { id: "a", successor: "b" },
        { id: "b", successor: "a" },
      ],
    }),
  ).toEqual([
    "programmes.0.successor (a): successor forms a cycle: a → b → a",
    "programmes.1.successor (b): successor forms a cycle: b → a → b",
  ]);
  // a record that leads into a loop it is not on is not itself reported
  expect(
    run(noCycles, {
      programmes: [
        { id: "x", successor: "a" },
        { id: "a", successor: "b" },
        { id: "b", successor: "a" },
      ],
    }),
  ).toHaveLength(2);
});
