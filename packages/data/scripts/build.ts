// Validates the data, then builds: nothing is written when a record is invalid.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "tsup";
import {
  collectionNames,
  formatIssues,
  jsonSchemaFiles,
  recordNames,
  validate,
} from "../src/schema.js";
import { packageDir, readDataFiles } from "./dataset-files.js";
import { idsFile, renderIds } from "./generate.js";

let raw: Record<string, unknown>;
try {
  raw = readDataFiles();
} catch (error) {
  console.error(`Build stopped, nothing written: ${(error as Error).message}`);
  process.exit(1);
}
const result = validate(raw);
if (!result.success) {
  console.error(
    `Build stopped, nothing written: ${result.issues.length} invalid value(s) in data/\n${formatIssues(result.issues)}`,
  );
  process.exit(1);
}

const ids = renderIds(raw);
if (readFileSync(idsFile, "utf8") !== ids) writeFileSync(idsFile, ids);

await build({ silent: true });

const dist = join(packageDir, "dist");
// bundlers keep only the imported collection: the data in index.js is marked pure
for (const name of collectionNames) {
  const type = recordNames[name];
  writeFileSync(join(dist, `${name}.js`), `export { ${name} } from "./index.js";\n`);
  writeFileSync(join(dist, `${name}.cjs`), `exports.${name} = require("./index.cjs").${name};\n`);
  writeFileSync(
    join(dist, `${name}.d.ts`),
    `export { ${name}, type ${type} } from "./index.js";\n`,
  );
  writeFileSync(
    join(dist, `${name}.d.cts`),
    `export { ${name}, type ${type} } from "./index.cjs";\n`,
  );
}

const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const { meta, ...collections } = result.data;
const dataset = { meta: { ...meta, name: "@aznato/data", version }, ...collections };
writeFileSync(join(dist, "dataset.json"), `${JSON.stringify(dataset, null, 2)}\n`);
mkdirSync(join(dist, "json-schema"), { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dist, "json-schema", file), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(
  `@aznato/data ${version}: built from ${Object.values(collections).flat().length} records`,
);
