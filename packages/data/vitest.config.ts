import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

// unit tests: the sources and data as they are, no build needed (`*.test-d.ts` is checked by tsc)
export default defineConfig({
  test: {
    name: "@aznato/data",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    reporters: ciReporters(),
  },
});
