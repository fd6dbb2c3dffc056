import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

export default defineConfig({
  test: {
    name: "@aznato/data",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    // type tests (`*.test-d.ts`) run with tsc alongside the runtime tests
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    reporters: ciReporters,
    testTimeout: 60_000,
  },
});
