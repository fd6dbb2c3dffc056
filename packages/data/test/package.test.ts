// Checks the packed tarball, as npm users get it: publint, attw, and imports from a scratch consumer.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageDir } from "../scripts/dataset-files.js";
import { type PackedConsumer, packedConsumer, tscArgs } from "./pack-fixture.js";

const bin = (name: string) => join(packageDir, "node_modules/.bin", name);
let packed: PackedConsumer;
let tarball = "";
let consumer = "";
let installed = "";

const run = (command: string, args: string[], cwd = consumer) =>
  spawnSync(command, args, { cwd, encoding: "utf8" });

beforeAll(() => {
  packed = packedConsumer();
  ({ tarball, consumer, installed } = packed);
});
afterAll(() => packed.cleanup());

describe("the packed package", () => {
  it("passes publint --strict", () => {
    const result = run(bin("publint"), ["run", tarball, "--strict"]);
    expect(result.stdout + result.stderr).toContain("All good!");
    expect(result.status).toBe(0);
  });

  it("passes attw for node16 (from ESM and CJS) and bundler resolution", () => {
    const result = run(bin("attw"), [tarball, "--profile", "node16", "--format", "json"]);
    expect(result.status, result.stdout.slice(0, 2000)).toBe(0);
    // node10 cannot read `exports` at all, so its subpath failures are expected and ignored
    const problems = JSON.parse(result.stdout).analysis.problems as { resolutionKind?: string }[];
    expect(problems.filter((p) => p.resolutionKind !== "node10")).toEqual([]);
  });

  it("ships the licences, the dataset and the JSON Schemas, and no tests or sources", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
    for (const file of [
      "LICENSE",
      "LICENSE-DATA",
      "dist/dataset.json",
      "dist/json-schema/events.schema.json",
    ]) {
      expect(files).toContain(`package/${file}`);
    }
    expect(files.filter((f) => /\.test|\/src\/|\/data\//.test(f))).toEqual([]);
    for (const licence of ["LICENSE", "LICENSE-DATA"]) {
      expect(readFileSync(join(installed, licence), "utf8")).toBe(
        readFileSync(join(packageDir, "../..", licence), "utf8"),
      );
    }
  });

  it("packs the exports without the workspace's source condition", () => {
    const manifest = readFileSync(join(installed, "package.json"), "utf8");
    expect(JSON.parse(manifest).exports["."].import.default).toBe("./dist/index.js");
    expect(manifest).not.toContain("@aznato/source");
    expect(manifest).not.toContain("./src/");
  });

  it("imports from the root with Node ESM and CJS without zod installed", () => {
    const esm = run("node", [
      "--input-type=module",
      "-e",
      'import { events, getById, datasetMeta } from "@aznato/data"; import { events as e2 } from "@aznato/data/events"; console.log(events.length > 0, events === e2, Object.isFrozen(events[0]), typeof getById, datasetMeta.name)',
    ]);
    expect(esm.stderr).toBe("");
    expect(esm.stdout.trim()).toBe("true true true function @aznato/data");
    const cjs = run("node", [
      "-e",
      'const d = require("@aznato/data"); console.log(d.events.length > 0, d.events === require("@aznato/data/events").events, typeof d.search)',
    ]);
    expect(cjs.stderr).toBe("");
    expect(cjs.stdout.trim()).toBe("true true function");
    // the schema entry needs zod, so it fails here: proof that the root never loads it
    const schema = run("node", [
      "--input-type=module",
      "-e",
      'await import("@aznato/data/schema")',
    ]);
    expect(schema.stderr).toMatch(/Cannot find (package|module) 'zod'/);
  });

  it("reads dataset.json and the package.json through the exports map", () => {
    const result = run("node", [
      "-e",
      'const d = require("@aznato/data/dataset.json"); const s = require("@aznato/data/json-schema/events.schema.json"); console.log(d.meta.version === require("@aznato/data/package.json").version, s.type)',
    ]);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("true array");
  });

  describe("with zod installed", () => {
    beforeAll(() => packed.addZod());

    it("validates the shipped dataset.json with the schema entry (ESM and CJS)", () => {
      const esm = run("node", [
        "--input-type=module",
        "-e",
        'import { validate } from "@aznato/data/schema"; import { createRequire } from "node:module"; const r = validate(createRequire(import.meta.url)("@aznato/data/dataset.json")); console.log(r.success)',
      ]);
      expect(esm.stderr).toBe("");
      expect(esm.stdout.trim()).toBe("true");
      const cjs = run("node", [
        "-e",
        'const { validate } = require("@aznato/data/schema"); console.log(validate({}).issues.length > 0)',
      ]);
      expect(cjs.stdout.trim()).toBe("true");
    });

    it("hands out one registry and one relations list from the root and /schema (ESM and CJS)", () => {
      const esm = run("node", [
        "--input-type=module",
        "-e",
        'const a = await import("@aznato/data"); const b = await import("@aznato/data/schema"); console.log(a.collections === b.collections, a.relations === b.relations, a.collectionNames === b.collectionNames)',
      ]);
      expect(esm.stderr).toBe("");
      expect(esm.stdout.trim()).toBe("true true true");
      const cjs = run("node", [
        "-e",
        'const a = require("@aznato/data"); const b = require("@aznato/data/schema"); console.log(a.collections === b.collections, a.relations === b.relations)',
      ]);
      expect(cjs.stderr).toBe("");
      expect(cjs.stdout.trim()).toBe("true true");
    });

    it.each(["node16", "bundler"] as const)(
      "type-checks a consumer under moduleResolution %s",
      (resolution) => {
        const dir = join(consumer, resolution);
        mkdirSync(dir, { recursive: true });
        const tsc = tscArgs(dir, resolution);
        const usage = `import { getById, timeline, type Event, type Person } from "@aznato/data";
import { events } from "@aznato/data/events";
import { validate, EventSchema } from "@aznato/data/schema";
const person: Person = getById("heydar-aliyev");
const list: readonly Event[] = timeline({ from: "1994" });
const ok: boolean = validate(events).success && EventSchema.safeParse(list[0]).success;
export { person, ok };
`;
        writeFileSync(join(dir, "esm.mts"), usage);
        writeFileSync(
          join(dir, "cjs.cts"),
          'import data = require("@aznato/data");\nexport const n: number = data.events.length;\n',
        );
        const result = run("node", [tsc, "-p", dir]);
        expect(result.stdout + result.stderr).toBe("");
        expect(result.status).toBe(0);
      },
    );
  });

  it("bundles for the browser, and an events-only import leaves the other collections out", async () => {
    const bundle = async (source: string) => {
      const result = await build({
        stdin: { contents: source, resolveDir: consumer, loader: "js" },
        bundle: true,
        platform: "browser",
        format: "esm",
        minify: true,
        write: false,
        logLevel: "silent",
      });
      return result.outputFiles[0]?.text ?? "";
    };
    const whole = await bundle(
      'import { search } from "@aznato/data"; console.log(search("Baku"));',
    );
    // a phrase of the source document's full text, which only the sources collection carries
    const sourceText = "multi-faceted history of mutual cooperation";
    expect(whole).toContain(sourceText);
    expect(whole).not.toContain("zod");
    const events = await bundle(
      'import { events } from "@aznato/data/events"; console.log(events);',
    );
    expect(events.length).toBeLessThan(whole.length);
    expect(events).not.toContain(sourceText);
    // the data is built with pure annotations, so helpers alone leave every collection out
    const helpers = await bundle(
      'import { fold, formatDate } from "@aznato/data"; console.log(fold, formatDate);',
    );
    expect(helpers).not.toContain('"source-document"');
    expect(helpers.length).toBeLessThan(events.length);
  });
});
