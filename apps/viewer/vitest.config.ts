import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "@aznato/viewer",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // the JSON report feeds the pass/fail summary that .ci/run prints
    reporters: ["default", ["json", { outputFile: ".vitest-results.json" }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // one browser is started per e2e file; files share the two cores better one at a time
    fileParallelism: false,
    maxConcurrency: 3,
  },
});
