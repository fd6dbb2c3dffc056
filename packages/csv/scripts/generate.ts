// `pnpm generate` in packages/csv (the root `pnpm generate` runs it after the data package's):
// rewrites the exporter's generated files from the schema.
import { readFileSync, writeFileSync } from "node:fs";
import { renderTableNames, TABLE_NAMES_FILE } from "./table-names.js";

// `generate` writes what differs; `generate --check` only names it and fails
const check = process.argv.includes("--check");
const { text } = renderTableNames();
if (text !== readFileSync(TABLE_NAMES_FILE, "utf8")) {
  if (!check) writeFileSync(TABLE_NAMES_FILE, text);
  console.log(`${check ? "out of date" : "wrote"} src/table-names.ts`);
  if (check) {
    console.error("@aznato/csv: generated files out of date: run `pnpm generate`");
    process.exitCode = 1;
  }
}
