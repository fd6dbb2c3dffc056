import { collectionNames, dataDictionary } from "@aznato/data/schema";
import { defineConfig } from "tsup";

// The data dictionaries, computed from the zod schemas now rather than at every start-up
const dictionaries = Object.fromEntries(
  collectionNames.map((name) => [name, dataDictionary(name)]),
);

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
      name: "inline-dictionaries",
      setup(build) {
        build.onLoad({ filter: /[\\/]src[\\/]dictionaries\.ts$/ }, () => ({
          // JSON.parse of a string literal parses faster than an object literal
          contents: `export const dictionaries = JSON.parse(${JSON.stringify(JSON.stringify(dictionaries))});`,
          loader: "js",
        }));
      },
    },
  ],
});
