// Settings every workspace package's vitest config shares.

/** The JSON report feeds the pass/fail summary that .ci/run prints (scripts/test-summary.mjs). */
export const ciReporters: ["default", ["json", { outputFile: string }]] = [
  "default",
  ["json", { outputFile: ".vitest-results.json" }],
];
