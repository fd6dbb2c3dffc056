import { defineConfig } from "vitest/config";
import { ciReporters, dataSourceAliases } from "../../vitest.shared.js";

// unit tests: the viewer's pure helpers against the data package's sources, no build needed
export default defineConfig({
  resolve: { alias: dataSourceAliases },
  test: {
    name: "@aznato/viewer",
    include: ["src/**/*.test.ts"],
    reporters: ciReporters(),
  },
});
