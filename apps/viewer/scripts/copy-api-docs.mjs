// The API reference is TypeDoc's output for @aznato/data (its `docs` task); the site serves it at /api/.
import { cpSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const docs = fileURLToPath(new URL("../../../packages/data/docs/", import.meta.url));
const target = fileURLToPath(new URL("../dist/api/", import.meta.url));
if (!existsSync(docs)) {
  console.error("@aznato/viewer: packages/data/docs is missing: run the data package's docs task first");
  process.exit(1);
}
cpSync(docs, target, { recursive: true });
