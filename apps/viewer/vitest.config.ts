import { defineConfig } from "vitest/config";
import { ciReporters, sourceConditions } from "../../vitest.shared.js";

// unit tests: the viewer's pure helpers against the workspace packages' sources, no build needed
export default defineConfig({
  ...sourceConditions,
  test: {
    name: "@aznato/viewer",
    include: ["src/**/*.test.ts"],
    reporters: ciReporters(),
  },
});
