import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "@aznato/data",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    // type tests (`*.test-d.ts`) run with tsc alongside the runtime tests
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // the JSON report feeds the pass/fail summary that .ci/run prints
    reporters: ["default", ["json", { outputFile: ".vitest-results.json" }]],
    testTimeout: 60_000,
  },
});
