// `pnpm generate` in packages/csv (the root `pnpm generate` runs it after the data package's):
// rewrites the exporter's generated files from the schema.
import { readFileSync, writeFileSync } from "node:fs";
import { renderTableNames, TABLE_NAMES_FILE } from "./table-names.js";

const { text } = renderTableNames();
if (text !== readFileSync(TABLE_NAMES_FILE, "utf8")) {
  writeFileSync(TABLE_NAMES_FILE, text);
  console.log("wrote src/table-names.ts");
}
