import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

const dataDir = fileURLToPath(new URL("./data/", import.meta.url));
const freezeModule = fileURLToPath(new URL("./src/freeze.ts", import.meta.url));

export default defineConfig({
  // the collection subpaths are re-exports of the root that scripts/build.ts writes, so every
  // import hands out the same frozen arrays; the modules both entries use (the registry, the
  // relations) go to a shared chunk, built once, so the root and /schema hand out the same objects
  entry: { index: "src/index.ts", schema: "src/schema.ts" },
  format: ["esm", "cjs"],
  dts: true,
  // for CJS too: tsup splits the ESM build and converts the chunks (its experimental option)
  splitting: true,
  clean: true,
  target: "node20",
  platform: "neutral",
  external: ["zod"],
  // esbuild prints a string with many quotes as a template literal, which V8 scans twice at import
  esbuildOptions(options) {
    options.supported = { ...options.supported, "template-literal": false };
  },
  esbuildPlugins: [
    {
      // V8 parses a JSON string faster than the same data as an object literal; the reviver
      // freezes while parsing, so deepFreeze() finds the data frozen and returns at once
      name: "json-as-string",
      setup(build) {
        build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
          if (!path.startsWith(dataDir)) return undefined;
          const json = JSON.stringify(JSON.parse(await readFile(path, "utf8")));
          return {
            contents: `import { freezeReviver } from ${JSON.stringify(freezeModule)};\nexport default /* @__PURE__ */ JSON.parse(${JSON.stringify(json)}, freezeReviver);`,
            loader: "js",
          };
        });
      },
    },
  ],
});
