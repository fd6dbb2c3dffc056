import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { ciReporters, dataSourceAliases } from "../../vitest.shared.js";

// unit tests: the viewer's pure helpers against the data package's sources, no build needed
export default defineConfig({
  resolve: {
    alias: [
      ...dataSourceAliases,
      // the exporter's formats registry reads no data: its source will do
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
