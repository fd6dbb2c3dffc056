// Settings every workspace package's vitest config shares.
import { fileURLToPath } from "node:url";

/**
 * Reporters: the console, and a JSON report per test tier that feeds the pass/fail summary .ci/run
 * prints (scripts/test-summary.mjs). `tier` names the report: `.vitest-results.<tier>.json`.
 */
export const ciReporters = (tier = "unit"): ["default", ["json", { outputFile: string }]] => [
  "default",
  ["json", { outputFile: `.vitest-results.${tier}.json` }],
];

const dataSource = (file: string) =>
  fileURLToPath(new URL(`./packages/data/src/${file}`, import.meta.url));

/**
 * Unit tests of the apps import @aznato/data from its sources, so they need no build; the built
 * package is tested by the dist tiers.
 */
export const dataSourceAliases = [
  { find: /^@aznato\/data$/, replacement: dataSource("index.ts") },
  { find: /^@aznato\/data\/schema$/, replacement: dataSource("schema.ts") },
];
