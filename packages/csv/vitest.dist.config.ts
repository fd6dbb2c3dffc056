import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

// tests of what the build makes: the built CLI and API against the built @aznato/data, as users run them
export default defineConfig({
  test: {
    name: "@aznato/csv (dist)",
    include: ["test/**/*.test.ts"],
    reporters: ciReporters("dist"),
    // spawned exports on a shared 2-core machine
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
