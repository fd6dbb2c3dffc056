import { defineConfig } from "tsup";
import { dictionaries, tables } from "./src/dictionaries.js";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" } },
  splitting: true,
  clean: true,
  target: "node20",
  platform: "node",
  external: ["@aznato/data"],
  // bundled: one file loads faster than the dozen csv-stringify is made of
  noExternal: ["csv-stringify"],
  esbuildPlugins: [
    {
      // the data dictionaries and the tables made from them, computed now rather than at every start-up
      name: "inline-dictionaries",
      setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]dictionaries\.ts$/ }, () => ({
          // JSON.parse of a string literal parses faster than an object literal
          contents: [
            `export const dictionaries = JSON.parse(${JSON.stringify(JSON.stringify(dictionaries))});`,
            `export const tables = JSON.parse(${JSON.stringify(JSON.stringify(tables))});`,
          ].join("\n"),
          loader: "js",
        }));
      },
    },
  ],
});
