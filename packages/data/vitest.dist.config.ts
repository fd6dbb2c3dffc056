import { defineConfig } from "vitest/config";
import { ciReporters } from "../../vitest.shared.js";

// tests of what the build makes: the build script itself, and the packed tarball (packed once)
export default defineConfig({
  test: {
    name: "@aznato/data (dist)",
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    reporters: ciReporters("dist"),
    // spawned builds and compilers on a shared 2-core machine
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
