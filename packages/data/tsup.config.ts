import { defineConfig } from "tsup";

const collections = [
  "sources",
  "areas",
  "places",
  "organizations",
  "people",
  "programmes",
  "operations",
  "events",
  "claims",
];

export default defineConfig({
  entry: {
    index: "src/index.ts",
    schema: "src/schema.ts",
    ...Object.fromEntries(collections.map((name) => [name, `src/collections/${name}.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  // shared chunks in both formats, so `/events` and the root hand out the same frozen array
  splitting: true,
  clean: true,
  target: "node20",
  platform: "neutral",
  external: ["zod"],
});
