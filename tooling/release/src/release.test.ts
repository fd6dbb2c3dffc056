// The release tier: publish the workspace to a local registry with the release's own command, then
// install it in a scratch project outside the repository and use it as the READMEs say, under
// Node 20, 22, 24 and 26.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readmeExamples } from "../../../packages/data/test/readme-examples.js";
import { freePort, type Registry, startRegistry } from "./registry.js";
import { manifest, NODE_MAJORS, otherNodes, run, scratchInstall } from "./scratch.js";
import { pnpmShim, publish, publishedPackages, root } from "./workspace.js";

const work = mkdtempSync(join(tmpdir(), "aznato-release-"));
const packages = publishedPackages();
let registry: Registry | undefined;
let published = "";
let scratch = "";
const nodes = new Map<number, string>([
  [Number(process.versions.node.split(".")[0]), process.execPath],
]);

beforeAll(async () => {
  registry = await startRegistry(join(work, "registry"), { port: await freePort() });
  mkdirSync(join(work, "bin"));
  published = publish(registry.npmrc, pnpmShim(join(work, "bin")));
  scratch = scratchInstall(
    registry.npmrc,
    packages.map((p) => p.name),
  );
  // kept between runs on one machine: the binaries are ~30 MB each
  for (const [major, node] of otherNodes(join(tmpdir(), "aznato-node-matrix")))
    nodes.set(major, node);
}, 1_200_000);

afterAll(async () => {
  await registry?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe("publishing", () => {
  it("publishes every public workspace package at its version", () => {
    expect(packages.map((p) => p.name).sort()).toEqual(["@aznato/csv", "@aznato/data"]);
    for (const { name, version } of packages) expect(published).toContain(`${name}@${version}`);
  });

  it("rewrites workspace: and catalog: specifiers to real ranges in the installed manifests", () => {
    const data = packages.find((p) => p.name === "@aznato/data");
    for (const { name } of packages) {
      const text = JSON.stringify(manifest(scratch, name));
      expect(text, name).not.toMatch(/"(workspace|catalog):/);
    }
    const csv = manifest(scratch, "@aznato/csv") as { dependencies: Record<string, string> };
    expect(csv.dependencies["@aznato/data"]).toBe(`^${data?.version}`);
  });
});

const examples = ["README.md", "packages/data/README.md"]
  .flatMap((file) => readmeExamples(readFileSync(join(root, file), "utf8")))
  .filter((e) => e.file.endsWith(".mjs") || e.file.endsWith(".cjs"))
  // examples that also need another package (ajv for the JSON Schemas) run in the data package's
  // dist tier, where it is installed; here the scratch project has only what `npm i` of ours brings
  .filter((e) =>
    [...e.code.matchAll(/from "([^"]+)"|require\("([^"]+)"\)/g)].every((m) =>
      /^(@aznato\/|node:)/.test(m[1] ?? m[2] ?? ""),
    ),
  );

describe.each([20, ...NODE_MAJORS])("the scratch install under Node %i", (major) => {
  const node = () => {
    const path = nodes.get(major);
    if (!path) throw new Error(`no Node ${major} binary`);
    return path;
  };
  const bin = () =>
    join(
      scratch,
      "node_modules/@aznato/csv",
      String((manifest(scratch, "@aznato/csv").bin as Record<string, string>)["aznato-csv"]),
    );

  it("is that version", () => {
    expect(run(node(), ["--version"], { cwd: scratch }).stdout).toMatch(
      new RegExp(`^v${major}\\.`),
    );
  });

  it.each(examples.map((e) => [e.file, e] as const))(
    "runs the README example %s",
    (file, example) => {
      writeFileSync(join(scratch, file), example.code);
      const result = run(node(), [file], { cwd: scratch });
      expect(result.stderr).toBe("");
      expect(result.stdout.trim().split("\n").slice(0, example.expected.length)).toEqual(
        example.expected,
      );
    },
  );

  it("runs aznato-csv --help, a full export and --sqlite", () => {
    const help = run(node(), [bin(), "--help"], { cwd: scratch });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^aznato-csv: /);
    const out = `out-${major}`;
    const full = run(node(), [bin(), "--out-dir", out], { cwd: scratch });
    expect(full.status, full.stderr).toBe(0);
    expect(full.stderr).toMatch(/^aznato-csv: wrote \d+ files/);
    expect(existsSync(join(scratch, out, "datapackage.json"))).toBe(true);
    // its own folder: --sqlite also writes metadata.json beside the database
    const dbDir = join(scratch, `sqlite-${major}`);
    mkdirSync(dbDir);
    const sqlite = run(node(), [bin(), "--sqlite", "aznato.db"], { cwd: dbDir });
    expect(sqlite.status, sqlite.stderr).toBe(0);
    const header = readFileSync(join(dbDir, "aznato.db")).subarray(0, 16).toString("latin1");
    expect(header).toBe("SQLite format 3\0");
  });
});

describe("npx, as the README says", () => {
  it("runs aznato-csv from the scratch project", () => {
    const result = run("npx", ["aznato-csv", "--help"], { cwd: scratch });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^aznato-csv: /);
  });
});

describe("bad input", () => {
  it("a registry that cannot start on a port in use: one line, no process or folder left", async () => {
    const server = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const dir = join(work, "busy");
    await expect(startRegistry(dir, { port })).rejects.toThrow(
      new RegExp(
        `^release tier: the registry did not start on http://127.0.0.1:${port}/: port ${port} is in use$`,
      ),
    );
    expect(existsSync(dir)).toBe(false);
    server.close();
  });

  it("a publish to a registry that does not answer: one line naming why", async () => {
    const npmrc = join(work, "bad-npmrc");
    writeFileSync(npmrc, `@aznato:registry=http://127.0.0.1:${await freePort()}/\n`);
    expect(() => publish(npmrc, join(work, "bin"))).toThrow(
      /^release tier: publishing failed: [^\n]+$/,
    );
  });
});
