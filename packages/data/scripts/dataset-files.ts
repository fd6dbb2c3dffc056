import { readFileSync } from "node:fs";
import { join } from "node:path";
import { collectionNames } from "../src/registry.js";

export const packageDir = join(import.meta.dirname, "..");

/** Reads `data/*.json` as they stand, without validating them. */
export function readDataFiles(dataDir = join(packageDir, "data")): Record<string, unknown> {
  const read = (name: string): unknown => {
    const file = join(dataDir, `${name}.json`);
    try {
      return JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
  };
  return Object.fromEntries(["meta", ...collectionNames].map((name) => [name, read(name)]));
}
