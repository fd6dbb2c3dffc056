import { expect, it } from "vitest";
import { notAfterAsOf } from "./not-after-as-of.js";
import { run } from "./rule-fixture.js";

it("passes checked days and status dates up to the as-of date, and fails later ones", () => {
  const meta = { asOf: "2026-12-04" };
  expect(
    run(notAfterAsOf, {
      meta,
      events: [{ id: "e", checked: "2026-12-04", status: { asOf: "2026-12" } }],
    }),
  ).toEqual([]);
  expect(
    run(notAfterAsOf, {
      meta,
      programmes: [{ id: "p", checked: "2026-12-05", status: { asOf: "2027" } }],
    }),
  ).toEqual([
    "programmes.0.checked (p): checked 2026-12-05 is after the dataset's as-of date 2026-12-04",
    "programmes.0.status.asOf (p): asOf 2027 is after the dataset's as-of date 2026-12-04",
  ]);
  // no valid as-of date: nothing to compare with (the schema reports it)
  expect(
    run(notAfterAsOf, { meta: { asOf: "soon" }, events: [{ checked: "2030-01-01" }] }),
  ).toEqual([]);
  expect(run(notAfterAsOf, { meta, events: [{ checked: "not a date" }] })).toEqual([]);
});
