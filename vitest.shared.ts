// Settings every workspace package's vitest config shares.

/**
 * Reporters: the console, and a JSON report per test tier that feeds the pass/fail summary .ci/run
 * prints (scripts/test-summary.mjs). `tier` names the report: `.vitest-results.<tier>.json`.
 */
export const ciReporters = (tier = "unit"): ["default", ["json", { outputFile: string }]] => [
  "default",
  ["json", { outputFile: `.vitest-results.${tier}.json` }],
];

/**
 * The unit tiers read the workspace's packages from their sources (the `@aznato/source` export
 * condition that packages/data's generator and packages/csv's package.json declare), so they need
 * no build; the dist and browser tiers leave this out and test the built packages. Vite replaces
 * its default conditions when given any, so they are restated (vite 8's defaults).
 */
export const sourceConditions = {
  resolve: { conditions: ["@aznato/source", "module", "browser", "development|production"] },
  ssr: { resolve: { conditions: ["@aznato/source", "module", "node", "development|production"] } },
};
