import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

// tests of the built site: its files, and pages in Debian's Chromium
export default defineConfig({
  test: {
    name: "@aznato/viewer (browser)",
    include: ["test/**/*.test.ts"],
    reporters: ciReporters("browser"),
    // sized for a shared 2-core machine: a page with axe can take tens of seconds under load
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // one browser per file; files run one at a time so axe never competes with another file
    fileParallelism: false,
    maxConcurrency: 2,
  },
});
