import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { ciReporters, dataSourceAliases } from "../../vitest.shared.js";

// unit tests: the viewer's pure helpers against the data package's sources, no build needed
export default defineConfig({
  resolve: {
    alias: [
      ...dataSourceAliases,
      // the exporter's sources too (its registry and recipes), bound to the data's sources
      {
        find: /^@aznato\/csv$/,
        replacement: fileURLToPath(new URL("../../packages/csv/src/index.ts", import.meta.url)),
      },
      {
        find: /^@aznato\/csv\/formats$/,
        replacement: fileURLToPath(new URL("../../packages/csv/src/formats.ts", import.meta.url)),
      },
    ],
  },
  test: {
    name: "@aznato/viewer",
    include: ["src/**/*.test.ts"],
    reporters: ciReporters(),
  },
});
