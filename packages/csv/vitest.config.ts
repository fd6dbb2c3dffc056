import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { ciReporters, dataSourceAliases } from "../../vitest.shared.js";

// unit tests: the package's sources, no build needed (the built CLI is tested by vitest.dist.config.ts)
export default defineConfig({
  resolve: {
    alias: [
      ...dataSourceAliases,
      {
        find: /^@aznato\/data\/dictionary\.json$/,
        replacement: fileURLToPath(new URL("./test/dictionary-source.ts", import.meta.url)),
      },
    ],
  },
  test: {
    name: "@aznato/csv",
    include: ["src/**/*.test.ts"],
    reporters: ciReporters(),
    testTimeout: 60_000,
  },
});
