import { defineConfig } from "vitest/config";
import { ciReporters, sourceConditions } from "../../vitest.shared.js";

// unit tests: the package's sources, no build needed (the built CLI is tested by vitest.dist.config.ts)
export default defineConfig({
  ...sourceConditions,
  test: {
    name: "@aznato/csv",
    include: ["src/**/*.test.ts"],
    reporters: ciReporters(),
    testTimeout: 60_000,
  },
});
