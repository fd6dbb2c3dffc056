// Sums the vitest JSON reports (see vitest.shared.ts) of every workspace package into one closing line for CI.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ["packages", "apps", "tooling"]) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const dir = join(group, name);
    for (const file of readdirSync(dir).filter((f) => /^\.vitest-results\.[\w-]+\.json$/.test(f))) {
      const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      skipped += report.numPendingTests + report.numTodoTests;
      // a suite that failed to load counts as a failure even when no test inside it ran
      failed += report.testResults.filter(
        (r) => r.status === "failed" && r.assertionResults.length === 0,
      ).length;
    }
  }
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
