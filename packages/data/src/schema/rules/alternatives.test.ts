import { describe, expect, it } from "vitest";
import { alternatives, valueProblem } from "./alternatives.js";
import { run } from "./rule-fixture.js";

const disputed = (field: string, value: unknown) => ({
  certainty: "disputed",
  alternatives: [{ field, value }],
});

describe("alternatives", () => {
  it("passes alternatives of existing fields with values that fit them", () => {
    expect(
      run(alternatives, {
        events: [{ id: "e", ...disputed("start", "1995-04") }],
        operations: [
          {
            id: "o",
            ...disputed("participation.end", "2021-08-30"),
            contributions: [disputed("personnel", 21)],
          },
        ],
      }),
    ).toEqual([]);
  });

  it("fails an unknown field and values that do not fit the field (the 2026 probe's cases)", () => {
    expect(
      run(alternatives, {
        events: [{ id: "e", ...disputed("colour", "red") }],
        operations: [
          {
            id: "o",
            ...disputed("participation.end", "2021-13-45"),
            contributions: [disputed("personnel", "lots")],
          },
        ],
      }),
    ).toEqual([
      'operations.0.alternatives.0.value (o): "2021-13-45" cannot be participation.end: must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD',
      'operations.0.contributions.0.alternatives.0.value (o): "lots" cannot be personnel: must be a whole number',
      'events.0.alternatives.0.field (e): "colour" is not a field here',
    ]);
  });
});

describe("valueProblem", () => {
  const field = (type: string, values?: string[]) =>
    ({ path: "x", type, list: false, required: true, ...(values ? { values } : {}) }) as never;
  it.each([
    ["integer", 3, undefined],
    ["integer", 3.5, "must be a whole number"],
    ["number", 3.5, undefined],
    ["number", Number.NaN, "must be a number"],
    ["date", "2020-02-29", undefined],
    ["date", "2020-02", "must be a real calendar day as YYYY-MM-DD"],
    ["id", "kfor", undefined],
    ["id", "KFOR", "must be a record id"],
    ["string", "text", undefined],
    ["string", 5, "must be text"],
    ["url", " https://nato.int", "must not start or end with whitespace"],
    ["object", "x", "is a field of kind object, which cannot have an alternative value"],
  ])("%s %j", (type, value, problem) => {
    expect(valueProblem(field(type), value)).toBe(problem);
  });
  it("checks a closed vocabulary", () => {
    expect(valueProblem(field("string", ["a", "b"]), "b")).toBeUndefined();
    expect(valueProblem(field("string", ["a", "b"]), "c")).toBe("must be one of a, b");
  });
});

it("leaves an alternative without a value to the schema", () => {
  expect(
    run(alternatives, {
      events: [
        { id: "e", certainty: "disputed", alternatives: [{ field: "start" }, null, { value: 1 }] },
      ],
    }),
  ).toEqual([]);
});
