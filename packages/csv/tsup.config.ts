import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { datasetMeta, relations } from "@aznato/data";
import { defineConfig } from "tsup";
import { buildTables } from "./src/tables.js";

// The tables of the export, made now from the built @aznato/data (its dictionary.json and
// relations) rather than at every start-up; src/dictionaries.ts uses them while the installed data
// is this version, and makes its own otherwise.
const dictionary = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@aznato/data/dictionary.json"), "utf8"),
);
const tables = { version: datasetMeta.version, tables: buildTables(dictionary, relations) };

export default defineConfig({
  entry: { index: "src/index.ts", formats: "src/formats.ts", cli: "src/cli.ts" },
  format: ["esm"],
  // the formats registry on its own (@aznato/csv/formats): no data loaded, for the viewer's pages
  dts: { entry: { index: "src/index.ts", formats: "src/formats.ts" } },
  splitting: true,
  clean: true,
  target: "node20.19",
  platform: "node",
  // read at run time from the installed packages: the data, its dictionary.json, and SQLite
  external: ["@aznato/data", "@sqlite.org/sqlite-wasm"],
  // JSON.parse of a string literal parses faster than the object literal would
  define: { __AZNATO_CSV_TABLES__: JSON.stringify(JSON.stringify(tables)) },
});
