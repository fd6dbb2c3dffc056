import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

export default defineConfig({
  test: {
    name: "@aznato/viewer",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ciReporters(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // one browser is started per e2e file; files share the two cores better one at a time
    fileParallelism: false,
    maxConcurrency: 3,
  },
});
