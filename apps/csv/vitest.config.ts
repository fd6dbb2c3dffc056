import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "@aznato/csv",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // the JSON report feeds the pass/fail summary that .ci/run prints
    reporters: ["default", ["json", { outputFile: ".vitest-results.json" }]],
    testTimeout: 60_000,
  },
});
