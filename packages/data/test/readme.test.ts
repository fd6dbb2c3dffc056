// Runs every example of the READMEs against the packed package and checks its `// →` lines.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageDir } from "../scripts/dataset-files.js";
import { type PackedConsumer, packedConsumer, tscArgs } from "./pack-fixture.js";
import { readmeExamples } from "./readme-examples.js";

// the repository's README and the package's own, which npm shows
const examples = ["../../README.md", "README.md"].flatMap((file) =>
  readmeExamples(readFileSync(join(packageDir, file), "utf8")),
);
let packed: PackedConsumer;

beforeAll(() => {
  packed = packedConsumer();
  packed.addZod();
  // the strict-validation example uses ajv, as a consumer would install it
  for (const name of ["ajv", "ajv-formats"]) {
    symlinkSync(
      join(packageDir, "node_modules", name),
      join(packed.consumer, "node_modules", name),
    );
  }
});
afterAll(() => packed.cleanup());

describe("README examples", () => {
  it("cover ESM, a subpath, CJS, TypeScript and Python", () => {
    expect(examples.map((e) => e.file)).toEqual([
      "example.mjs",
      "subpath.mjs",
      "example.cjs",
      "example.ts",
      "example.py",
      "usage.mjs",
      "usage.cjs",
      "strict.mjs",
      "search.mjs",
    ]);
  });

  it.each(examples.map((e) => [e.file, e] as const))(
    "%s runs and prints what it says",
    (file, example) => {
      const path = join(packed.consumer, file);
      writeFileSync(path, example.code);
      let result: ReturnType<typeof spawnSync>;
      if (file.endsWith(".ts")) {
        const dir = join(packed.consumer, "ts-example");
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, file), example.code);
        // package.test.ts checks the declaration files themselves
        const tsc = tscArgs(dir, "node16", false);
        result = spawnSync("node", [tsc, "-p", dir], { cwd: packed.consumer, encoding: "utf8" });
      } else {
        const command = file.endsWith(".py") ? "python3" : "node";
        result = spawnSync(command, [file], { cwd: packed.consumer, encoding: "utf8" });
      }
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const lines = String(result.stdout).trim().split("\n");
      expect(lines.slice(0, example.expected.length)).toEqual(example.expected);
    },
  );
});
