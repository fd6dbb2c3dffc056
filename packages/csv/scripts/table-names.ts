// `src/table-names.ts`, made from the tables the data dictionary makes: `pnpm generate` writes it
// (scripts/generate.ts) and src/tables.test.ts fails when it drifts.
import { readFileSync } from "node:fs";
import { relations } from "@aznato/data";
// the dictionary as `dictionary.json` has it, made from the schema (no JSON import, so that plain
// node under the source condition can run this)
import { dictionary } from "@aznato/data/schema";
import { buildTables } from "../src/tables.js";

export const TABLE_NAMES_FILE = new URL("../src/table-names.ts", import.meta.url);

/** The file as it should be: its banner and helpers kept, the list made from the tables. */
export function renderTableNames(current = readFileSync(TABLE_NAMES_FILE, "utf8")) {
  const names = buildTables(dictionary(), relations).map((t) => t.name);
  const list = `export const tableNames = [\n${names.map((n) => `  ${JSON.stringify(n)},\n`).join("")}] as const;`;
  return { names, text: current.replace(/export const tableNames = \[[\s\S]*?\] as const;/, list) };
}
