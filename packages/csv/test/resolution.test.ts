import { describe, expect, it } from "vitest";

// the dist tier sets no source condition: it must test the built package, as users get it
describe("the dist tier's resolution", () => {
  it("reads @aznato/data from its build (dist/), not its sources", async () => {
    const resolved = await import("@aznato/data");
    // a computed path, so that tsc (which reads the sources) does not need the build
    const dist = new URL("../../data/dist/index.js", import.meta.url).pathname;
    const built = await import(/* @vite-ignore */ dist);
    expect(resolved.collections).toBe(built.collections);
  });
});
