// Validates the data, then builds: nothing is written when a record is invalid or a generated
// file is stale. The build never writes into src/ (run `pnpm generate` for that).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "tsup";
import { noHomeNotice } from "../src/citation.js";
import { entriesAt } from "../src/relations.js";
import {
  collectionNames,
  type Dataset,
  dictionary,
  formatIssues,
  jsonSchemaFiles,
  recordNames,
  relations,
  validate,
} from "../src/schema.js";
import { selectorsFor } from "../src/selectors.js";
import { packageDir, readDataFiles } from "./dataset-files.js";
import { projectHome, staleFiles } from "./generate.js";

const stop = (message: string): never => {
  console.error(`Build stopped, nothing written: ${message}`);
  process.exit(1);
};

let raw: Record<string, unknown> = {};
try {
  raw = readDataFiles();
} catch (error) {
  stop((error as Error).message);
}
const result = validate(raw);
if (!result.success) {
  stop(`${result.issues.length} invalid value(s) in data/\n${formatIssues(result.issues)}`);
}
const data = (result as { data: Dataset }).data;
const stale = staleFiles(raw);
if (stale.length > 0) stop(`${stale.join(", ")} out of date: run \`pnpm generate\``);

/** The dataset as `dataset.json` ships it: package name and version, and a selector on every citation. */
function withSelectors(dataset: Dataset): Dataset {
  const copy = structuredClone(dataset);
  const texts = new Map(copy.sources.map((s) => [s.id, s.text]));
  for (const relation of relations) {
    if (relation.to !== "sources") continue;
    const path = relation.path.slice(0, -".source".length);
    for (const record of copy[relation.from]) {
      for (const [, citation] of entriesAt(record, path)) {
        const c = citation as Dataset["events"][number]["citations"][number];
        c.selector = selectorsFor(c, texts.get(c.source));
      }
    }
  }
  return copy;
}

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
const { meta, ...collections } = withSelectors(data);
const home = projectHome();
const dataset = {
  meta: { ...meta, name: "@aznato/data", version, home },
  ...collections,
};
writeFileSync(join(dist, "dataset.json"), `${JSON.stringify(dataset, null, 2)}\n`);
writeFileSync(join(dist, "dictionary.json"), `${JSON.stringify(dictionary(), null, 2)}\n`);
mkdirSync(join(dist, "json-schema"), { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dist, "json-schema", file), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(
  `@aznato/data ${version}: built from ${Object.values(collections).flat().length} records`,
);
// said once per build, here where the home is read, not by every page or file that lacks a link
const notice = noHomeNotice(home);
if (notice) console.log(`@aznato/data: ${notice}`);
