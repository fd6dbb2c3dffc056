import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

// the release tier: a local registry, a publish, a scratch install and four Node versions. Slow
// (network and installs), so one file, no parallel work, and timeouts sized for a loaded machine.
export default defineConfig({
  test: {
    name: "@aznato/release-tier",
    include: ["src/release.test.ts"],
    reporters: ciReporters("release"),
    testTimeout: 300_000,
    hookTimeout: 1_200_000,
    fileParallelism: false,
  },
});
