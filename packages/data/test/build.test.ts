import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageDir } from "../scripts/dataset-files.js";

// a copy of the package inside its own node_modules, so tsx, tsup and zod still resolve
const scratchRoot = join(packageDir, "node_modules/.cache");
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(join(scratchRoot, "build-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tsx = join(packageDir, "node_modules/.bin/tsx");
const copyPackage = (dir: string) => {
  for (const part of [
    "src",
    "scripts",
    "data",
    "package.json",
    "tsup.config.ts",
    "README.md",
    "CITATION.cff",
  ]) {
    cpSync(join(packageDir, part), join(dir, part), { recursive: true });
  }
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist/earlier-build.js"), "earlier");
};

describe("build", () => {
  it("stops on an invalid record and writes nothing", () => {
    copyPackage(scratch);
    const eventsFile = join(scratch, "data/events.json");
    const events = JSON.parse(readFileSync(eventsFile, "utf8"));
    events[0].start = "1994-02-30";
    writeFileSync(eventsFile, JSON.stringify(events));

    const run = spawnSync(tsx, ["scripts/build.ts"], { cwd: scratch, encoding: "utf8" });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Build stopped, nothing written: 1 invalid value(s) in data/");
    expect(run.stderr).toContain(
      `events[0].start (${events[0].id}): must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(join(scratch, "dist"))).toEqual(["earlier-build.js"]);
    expect(readFileSync(join(scratch, "dist/earlier-build.js"), "utf8")).toBe("earlier");
  });

  it("stops when a generated file is stale, and never writes into src/", () => {
    const dir = mkdtempSync(join(scratchRoot, "build-test-"));
    copyPackage(dir);
    const eventsFile = join(dir, "data/events.json");
    const events = JSON.parse(readFileSync(eventsFile, "utf8"));
    events.push({ ...events[0], id: "1994-a-new-event" });
    writeFileSync(eventsFile, JSON.stringify(events));
    const idsBefore = readFileSync(join(dir, "src/generated/ids.ts"), "utf8");

    const run = spawnSync(tsx, ["scripts/build.ts"], { cwd: dir, encoding: "utf8" });

    expect(run.status).toBe(1);
    // the new event also changes the README's counts
    expect(run.stderr).toMatch(
      /src\/generated\/ids\.ts, README\.md out of date: run `pnpm generate`/,
    );
    expect(readFileSync(join(dir, "src/generated/ids.ts"), "utf8")).toBe(idsBefore);
    expect(readdirSync(join(dir, "dist"))).toEqual(["earlier-build.js"]);
    rmSync(dir, { recursive: true, force: true });
  });
});
