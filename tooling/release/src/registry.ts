// A throw-away Verdaccio registry on 127.0.0.1, for the release tier: started with its own storage
// folder and user, stopped (process and folder) whatever happens.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const VERDACCIO = join(import.meta.dirname, "../node_modules/verdaccio/bin/verdaccio");

export interface Registry {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** An npm user config (registry and token) for publishing to it and installing from it. */
  npmrc: string;
  stop: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1, as the system hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The Verdaccio config: our scope is published here; everything else is proxied to npm. */
export const verdaccioConfig = (storage: string, upstream: string): string =>
  [
    `storage: ${JSON.stringify(join(storage, "packages"))}`,
    "auth:",
    `  htpasswd: { file: ${JSON.stringify(join(storage, "htpasswd"))}, max_users: 1 }`,
    `uplinks: { upstream: { url: ${JSON.stringify(upstream)} } }`,
    "packages:",
    "  '@aznato/*': { access: $all, publish: $authenticated }",
    "  '**': { access: $all, proxy: upstream }",
    "log: { type: stdout, format: pretty, level: warn }",
    "",
  ].join("\n");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts Verdaccio on `port` with storage in `dir` (made, and removed by `stop`), creates a user
 * and writes an npm user config for it. Rejects with a one-line error, leaving no process and no
 * folder behind, when the registry does not come up (a port in use, a broken install).
 */
export async function startRegistry(
  dir: string,
  {
    port,
    upstream = "https://registry.npmjs.org/",
    waitMs = 120_000,
  }: { port: number; upstream?: string; waitMs?: number },
): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, "config.yaml");
  writeFileSync(config, verdaccioConfig(dir, upstream));
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    [VERDACCIO, "--config", config, "--listen", `127.0.0.1:${port}`],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const cleanup = async () => {
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  };
  const fail = async (why: string): Promise<never> => {
    await cleanup();
    throw new Error(`release tier: the registry did not start on ${url}: ${why}`);
  };

  const deadline = Date.now() + waitMs;
  for (;;) {
    // Verdaccio reports a port in use, and may keep running without listening
    if (/EADDRINUSE/.test(output)) return fail(`port ${port} is in use`);
    if (child.exitCode !== null) {
      const fatal = /fatal-*\s*(.*)/.exec(output)?.[1] ?? `exited with code ${child.exitCode}`;
      return fail(fatal.trim());
    }
    try {
      const ping = await fetch(new URL("-/ping", url), { signal: AbortSignal.timeout(2_000) });
      if (ping.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) return fail(`no answer within ${waitMs / 1000} s`);
    await sleep(250);
  }

  const user = await fetch(new URL("-/user/org.couchdb.user:release-tier", url), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "release-tier", password: "release-tier-password" }),
    signal: AbortSignal.timeout(30_000),
  }).then(
    (r) => r.json() as Promise<{ token?: string }>,
    () => ({}) as { token?: string },
  );
  if (!user.token) return fail("it did not create a user");
  const npmrc = join(dir, "npmrc");
  writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${user.token}\n`);
  return { url, npmrc, stop: cleanup };
}
