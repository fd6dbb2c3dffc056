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
import { packageDir } from "./dataset-files.js";

// a copy of the package inside its own node_modules, so tsx, tsup and zod still resolve
const scratchRoot = join(packageDir, "node_modules/.cache");
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(join(scratchRoot, "build-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("build", () => {
  it("stops on an invalid record and writes nothing", () => {
    for (const part of ["src", "scripts", "data", "package.json", "tsup.config.ts"]) {
      cpSync(join(packageDir, part), join(scratch, part), { recursive: true });
    }
    const eventsFile = join(scratch, "data/events.json");
    const events = JSON.parse(readFileSync(eventsFile, "utf8"));
    events[0].date = "1994-02-30";
    writeFileSync(eventsFile, JSON.stringify(events));
    mkdirSync(join(scratch, "dist"));
    writeFileSync(join(scratch, "dist/earlier-build.js"), "earlier");

    const tsx = join(packageDir, "node_modules/.bin/tsx");
    const run = spawnSync(tsx, ["scripts/build.ts"], { cwd: scratch, encoding: "utf8" });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Build stopped, nothing written: 1 invalid value(s) in data/");
    expect(run.stderr).toContain(
      `events[0].date (${events[0].id}): must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(join(scratch, "dist"))).toEqual(["earlier-build.js"]);
    expect(readFileSync(join(scratch, "dist/earlier-build.js"), "utf8")).toBe("earlier");
  });
});
