// The workspace as the release sees it: its packages, its pnpm, and the release's publish command.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const root = join(import.meta.dirname, "../../..");

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

/** `pnpm@12.4.2` → `12.4.2`, from the root package.json's `packageManager`. */
export const pnpmVersion = (): string =>
  String(readJson(join(root, "package.json")).packageManager).replace(/^pnpm@/, "");

/** The workspace's published packages (not private), by name, with their folder and version. */
export function publishedPackages(): { name: string; dir: string; version: string }[] {
  const out: { name: string; dir: string; version: string }[] = [];
  for (const group of ["packages", "apps"]) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base)) {
      const file = join(base, entry, "package.json");
      if (!existsSync(file)) continue;
      const pkg = readJson(file);
      if (!pkg.private) out.push({ name: pkg.name, dir: join(base, entry), version: pkg.version });
    }
  }
  return out;
}

/**
 * A folder with a `pnpm` command in it: changesets runs `pnpm publish`, and pnpm here runs through
 * npx (corepack cannot verify pnpm 12 on Node 20), so the command is the copy npx caches.
 */
export function pnpmShim(dir: string): string {
  const version = pnpmVersion();
  execFileSync("npx", ["-y", `pnpm@${version}`, "--version"], { stdio: "pipe" });
  const cache = join(process.env.npm_config_cache ?? join(homedir(), ".npm"), "_npx");
  const found = readdirSync(cache)
    .map((hash) => join(cache, hash, "node_modules/pnpm"))
    .find(
      (pkg) =>
        existsSync(join(pkg, "package.json")) &&
        readJson(join(pkg, "package.json")).version === version,
    );
  if (!found) throw new Error(`release tier: pnpm ${version} is not in npx's cache (${cache})`);
  const bin = join(found, "bin", existsSync(join(found, "bin/pnpm.mjs")) ? "pnpm.mjs" : "pnpm.cjs");
  const shim = join(dir, "pnpm");
  writeFileSync(
    shim,
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} "$@"\n`,
  );
  chmodSync(shim, 0o755);
  return dir;
}

/**
 * Publishes with the release's own command (the `release:publish` script: `changeset publish`) to
 * the registry of `npmrc`, without tagging this clone. Returns its output; throws a one-line error
 * naming what failed.
 */
export function publish(npmrc: string, shimDir: string): string {
  const scripts = readJson(join(root, "package.json")).scripts as Record<string, string>;
  const command = scripts["release:publish"];
  const [bin, ...args] = String(command).split(" ");
  const result = spawnSync(
    join(root, "node_modules/.bin", bin as string),
    [...args, "--no-git-tag"],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PATH: `${shimDir}:${process.env.PATH}`, npm_config_userconfig: npmrc },
    },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || /packages failed to publish/.test(output)) {
    const why =
      /error (?:npm error )?(\S.*)/.exec(output)?.[1] ??
      result.error?.message ??
      `exit code ${result.status ?? result.signal}`;
    throw new Error(`release tier: publishing failed: ${why}`);
  }
  return output;
}
