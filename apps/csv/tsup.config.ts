import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" } },
  splitting: true,
  clean: true,
  target: "node20.19",
  platform: "node",
  // read at run time from the installed packages: the data, its dictionary.json, and SQLite
  external: ["@aznato/data", "@sqlite.org/sqlite-wasm"],
});
