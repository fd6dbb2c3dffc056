import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

// unit tests: the sources and data as they are, no build needed (`*.test-d.ts` is checked by tsc)
export default defineConfig({
  test: {
    name: "@aznato/data",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    reporters: ciReporters(),
    // whole-dataset checks take seconds on a loaded 2-core machine
    testTimeout: 60_000,
    // the validator's rules and the text search under them: every branch is exercised by a test
    coverage: {
      enabled: true,
      provider: "v8",
      include: ["src/schema/rules/*.ts", "src/schema/plain.ts", "src/selectors.ts", "src/find.ts"],
      exclude: ["**/*.test.ts", "src/schema/rules/rule-fixture.ts"],
      reporter: ["text-summary"],
      reportsDirectory: ".coverage",
      thresholds: { perFile: true, branches: 100, functions: 100, lines: 100, statements: 100 },
    },
  },
});
