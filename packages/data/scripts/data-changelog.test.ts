import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "../src/dataset.js";
import {
  bumpFor,
  type DatasetLike,
  diffDatasets,
  renderDiff,
  snapshotFile,
  unexplainedRemovals,
} from "./data-changelog.js";

const before = {
  meta: { retired: [] },
  places: [
    { id: "baku", name: { en: "Baku" }, kind: "city" },
    { id: "sheki", name: { en: "Sheki" }, kind: "city" },
    { id: "quba", name: { en: "Quba" }, kind: "city" },
  ],
} as unknown as DatasetLike;

const after = {
  meta: { retired: [{ id: "quba", supersededBy: "guba", reason: "renamed", since: "0.2.0" }] },
  places: [
    { id: "baku", name: { en: "Baku" }, kind: "city" },
    { id: "sheki", name: { en: "Shaki" }, kind: "city", wikidata: "Q1" },
    { id: "guba", name: { en: "Guba" }, kind: "city" },
  ],
} as unknown as DatasetLike;

describe("diffDatasets", () => {
  const diff = diffDatasets(before, after);

  it("lists added, removed and changed ids with the fields that changed", () => {
    expect(diff.added).toEqual([{ id: "guba", collection: "places" }]);
    expect(diff.removed).toEqual([{ id: "quba", collection: "places", supersededBy: "guba" }]);
    expect(diff.changed).toEqual([
      {
        id: "sheki",
        collection: "places",
        fields: ["name", "wikidata"],
        renamed: { from: "Sheki", to: "Shaki" },
      },
    ]);
  });

  it("calls out renames and removals in the summary", () => {
    const text = renderDiff(diff);
    expect(text).toContain("Data changes: 1 added, 1 changed, 1 removed.");
    expect(text).toContain('- `sheki`: "Sheki" → "Shaki"');
    expect(text).toContain("- `quba` (places), superseded by `guba`");
    expect(text).toContain("- `sheki` (places): name, wikidata");
  });

  it("asks for the bump the versioning policy gives", () => {
    expect(bumpFor(diff)).toBe("major");
    expect(
      bumpFor(diffDatasets(before, { ...before, places: [...(before.places ?? []), { id: "x" }] })),
    ).toBe("minor");
    expect(bumpFor(diffDatasets(before, before))).toBe("patch");
    // before 1.0.0 a breaking change bumps the minor version, an addition the patch version
    expect(bumpFor(diff, "0.1.0")).toBe("minor");
    expect(
      bumpFor(
        diffDatasets(before, { ...before, places: [...(before.places ?? []), { id: "x" }] }),
        "0.1.0",
      ),
    ).toBe("patch");
    expect(renderDiff(diffDatasets(before, before))).toBe("No data changes.");
  });

  it("summarises a first release by collection", () => {
    const first = diffDatasets({}, after);
    expect(first.first).toBe(true);
    expect(renderDiff(first)).toBe("Data: first release, 3 records (3 places).");
    expect(diff.first).toBe(false);
  });

  it("flags an id that disappears without a retired entry", () => {
    const dropped = { ...after, meta: { retired: [] } } as unknown as DatasetLike;
    expect(unexplainedRemovals(diffDatasets(before, dropped), dropped)).toEqual(["quba"]);
    expect(unexplainedRemovals(diff, after)).toEqual([]);
  });
});

describe("stable ids", () => {
  it("keeps every id of the last release, or retires it with supersededBy", () => {
    expect(existsSync(snapshotFile), "release/dataset.json, the last release's data").toBe(true);
    const previous = JSON.parse(readFileSync(snapshotFile, "utf8")) as DatasetLike;
    const current = structuredClone(dataset) as unknown as DatasetLike;
    expect(unexplainedRemovals(diffDatasets(previous, current), current)).toEqual([]);
  });
});
