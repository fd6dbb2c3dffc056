// The release gate: publint --strict and attw on the tarball that would be published.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { packageDir } from "./dataset-files.js";
import { packConsumer } from "./pack-fixture.js";

const packed = packConsumer();
const bin = (name: string) => join(packageDir, "node_modules/.bin", name);
let failed = false;
for (const [tool, args] of [
  ["publint", ["run", packed.tarball, "--strict"]],
  // node10 cannot read `exports`, so subpaths cannot resolve there; every modern mode is checked
  ["attw", [packed.tarball, "--profile", "node16"]],
] as const) {
  const result = spawnSync(bin(tool), [...args], { stdio: "inherit" });
  failed ||= result.status !== 0;
}
packed.cleanup();
process.exit(failed ? 1 : 0);
