// `tsx tooling/release/src/guard-cli.ts version|release`: one line and exit 1 when refused.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { refusal } from "./guard.js";
import { root } from "./workspace.js";

const mode = process.argv[2];
if (mode !== "version" && mode !== "release") {
  console.error("usage: guard-cli.ts version|release");
  process.exit(2);
}
const status = execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" });
const changesets = readdirSync(join(root, ".changeset")).filter(
  (f) => f.endsWith(".md") && f !== "README.md",
);
const why = refusal(mode, { status, changesets });
if (why) {
  console.error(why);
  process.exit(1);
}
