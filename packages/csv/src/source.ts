// What the export reads: the installed @aznato/data's records and metadata, the tables made from
// its dictionary and relations, and its LICENSE-DATA.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CollectionName, dataset, datasetMeta } from "@aznato/data";
import { version } from "../package.json";
import { tables } from "./dictionaries.js";
import { type ExportSource, LICENSE_DATA } from "./export.js";

/** LICENSE-DATA as the installed @aznato/data ships it. */
function licenseText(): Uint8Array {
  let packageJson: string;
  try {
    // the ESM resolver has found @aznato/data already: far cheaper than a require.resolve
    packageJson = fileURLToPath(import.meta.resolve("@aznato/data/package.json"));
  } catch {
    // where import.meta.resolve is missing (some bundlers), the CommonJS resolver, loaded only then
    const { createRequire } = process.getBuiltinModule("node:module");
    packageJson = createRequire(import.meta.url).resolve("@aznato/data/package.json");
  }
  return new Uint8Array(readFileSync(join(dirname(packageJson), LICENSE_DATA)));
}

export const source: ExportSource = {
  meta: datasetMeta,
  collections: dataset as unknown as Record<CollectionName, readonly { id: string }[]>,
  tables,
  licenseText,
  toolVersion: version,
};
