import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

export default defineConfig({
  test: {
    name: "@aznato/csv",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ciReporters(),
    testTimeout: 60_000,
  },
});
