import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

// unit tests of the release tooling (the release tier itself is vitest.release.config.ts)
export default defineConfig({
  test: {
    name: "@aznato/release-tooling",
    include: ["src/**/*.test.ts"],
    exclude: ["src/release.test.ts"],
    reporters: ciReporters(),
  },
});
