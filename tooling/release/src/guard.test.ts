import { describe, expect, it } from "vitest";
import { refusal } from "./guard.js";

describe("release guard", () => {
  it("refuses a dirty tree for either step, in one line", () => {
    expect(refusal("release", { status: " M README.md\n?? x\n", changesets: [] })).toBe(
      "release refused: the working tree has 2 uncommitted change(s) (git status); commit or stash them first",
    );
    expect(refusal("version", { status: " M a\n", changesets: ["x.md"] })).toMatch(
      /^version refused: /,
    );
  });

  it("refuses versioning without a changeset, and publishing with one not yet versioned", () => {
    expect(refusal("version", { status: "", changesets: [] })).toMatch(/no changeset/);
    expect(refusal("release", { status: "", changesets: ["a.md", "b.md"] })).toMatch(
      /2 changeset\(s\) are not versioned/,
    );
  });

  it("lets a clean tree version its changesets, and publish once they are versioned", () => {
    expect(refusal("version", { status: "", changesets: ["a.md"] })).toBeUndefined();
    expect(refusal("release", { status: "", changesets: [] })).toBeUndefined();
  });
});
