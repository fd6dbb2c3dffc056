import { expect, it } from "vitest";
import { retiredIds } from "./retired-ids.js";
import { run } from "./rule-fixture.js";

it("passes a retired id superseded by a record, and fails one in use or superseded by nothing", () => {
  const events = [{ id: "new" }];
  expect(
    run(retiredIds, {
      events,
      meta: { retired: [{ id: "old", supersededBy: "new" }, { id: "gone" }] },
    }),
  ).toEqual([]);
  expect(
    run(retiredIds, {
      events,
      meta: {
        retired: [
          null,
          { id: "new" },
          { id: "old", supersededBy: "missing" },
          { supersededBy: "x" },
        ],
      },
    }),
  ).toEqual([
    'meta.retired.1.id (new): retired id "new" is still in use',
    'meta.retired.2.supersededBy (old): "missing" is not a record',
    'meta.retired.3.supersededBy: "x" is not a record',
  ]);
  expect(run(retiredIds, { meta: "x" })).toEqual([]);
});
