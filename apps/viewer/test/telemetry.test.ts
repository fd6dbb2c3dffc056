// Turbo and Astro send no telemetry however this repository runs them.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseJsonc } from "jsonc-parser";
import { describe, expect, it } from "vitest";

const viewer = fileURLToPath(new URL("../", import.meta.url));
const root = join(viewer, "../../");

const manifests = ["package.json"]
  .concat(
    ["apps", "packages", "tooling"].flatMap((dir) =>
      readdirSync(join(root, dir)).map((name) => `${dir}/${name}/package.json`),
    ),
  )
  .filter((file) => existsSync(join(root, file)));

/** Every command of every script, as [file, words], split at &&, || and ;. */
const commands = manifests.flatMap((file) => {
  const { scripts = {} } = JSON.parse(readFileSync(join(root, file), "utf8")) as {
    scripts?: Record<string, string>;
  };
  return Object.values(scripts).flatMap((script) =>
    script.split(/&&|\|\||;/).map((command) => [file, command.trim().split(/\s+/)] as const),
  );
});

/** The program a command runs, its arguments and the VAR=value words before it. */
const parse = (words: readonly string[]) => {
  const found = words.findIndex((word) => !/^\w+=/.test(word));
  const at = found === -1 ? words.length : found;
  return { env: words.slice(0, at), program: words[at] ?? "", args: words.slice(at + 1) };
};

/** A program runs `tool` itself, through npx or pnpm (exec), or a shell script of the repository does. */
const runs = (tool: string, program: string, args: readonly string[]): boolean =>
  program === tool ||
  (/^(npx|pnpm)$/.test(program) &&
    args.filter((a) => !a.startsWith("-") && a !== "exec").slice(0, 1)[0] === tool) ||
  (/^(ba)?sh$/.test(program) &&
    new RegExp(`^\\s*(npx |pnpm (exec )?)?${tool}\\b`, "m").test(
      readFileSync(join(root, args[0] ?? ""), "utf8"),
    ));

describe("telemetry", () => {
  it.each([
    ["turbo", "TURBO_TELEMETRY_DISABLED=1"],
    ["astro", "ASTRO_TELEMETRY_DISABLED=1"],
  ])("every script that runs %s switches its telemetry off", (tool, switchOff) => {
    const using = commands.filter(([, words]) => {
      const { program, args } = parse(words);
      return runs(tool, program, args);
    });
    expect(using.length).toBeGreaterThan(0);
    for (const [file, words] of using) {
      expect(parse(words).env, `${file}: ${words.join(" ")}`).toContain(switchOff);
    }
  });

  it("counts npx turbo, pnpm exec turbo and a shell script's turbo as running turbo", () => {
    expect(runs("turbo", "npx", ["turbo", "run", "build"])).toBe(true);
    expect(runs("turbo", "pnpm", ["exec", "turbo", "run", "build"])).toBe(true);
    expect(runs("turbo", "pnpm", ["--filter", "x", "build"])).toBe(false);
    expect(runs("turbo", "bash", ["scripts/version-packages.sh"])).toBe(true);
  });

  it("astro.config.mjs switches Astro telemetry off for astro commands run by hand", () => {
    const config = readFileSync(join(viewer, "astro.config.mjs"), "utf8");
    expect(config).toMatch(/^process\.env\.ASTRO_TELEMETRY_DISABLED \?\?= "1";$/m);
  });

  it(".ci/run switches turbo telemetry off before it runs anything", () => {
    const lines = readFileSync(join(root, ".ci/run"), "utf8").split("\n");
    const off = lines.indexOf("export TURBO_TELEMETRY_DISABLED=1");
    expect(off).toBeGreaterThan(-1);
    expect(off).toBeLessThan(lines.findIndex((line) => line.includes("pnpm@")));
  });

  // turbo 2.11 reads telemetry only from the environment and the user's config folder
  // (turborepo/telemetry.json): no repository-level switch exists, so the README names the command
  it("the README's command switches turbo telemetry off for the machine", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const command = /^npx turbo telemetry disable$/m.exec(readme)?.[0];
    expect(command, "README.md names `npx turbo telemetry disable`").toBeDefined();
    expect(readme).toContain("TURBO_TELEMETRY_DISABLED=1");
    const home = mkdtempSync(join(tmpdir(), "aznato-turbo-config-"));
    try {
      // turbo's config folder, here a scratch one on every system (never the user's own)
      const env: NodeJS.ProcessEnv = { ...process.env, TURBO_CONFIG_DIR_PATH: home };
      delete env.TURBO_TELEMETRY_DISABLED;
      delete env.DO_NOT_TRACK;
      // the repository's own turbo, as npx finds it
      const turbo = join(root, "node_modules/.bin/turbo");
      const args = String(command).split(" ").slice(2);
      const disable = spawnSync(turbo, args, { cwd: root, env, encoding: "utf8" });
      expect(disable.status, disable.stderr).toBe(0);
      const config = JSON.parse(readFileSync(join(home, "turborepo/telemetry.json"), "utf8"));
      expect(config.telemetry_enabled).toBe(false);
      const status = spawnSync(turbo, ["telemetry", "status"], {
        cwd: root,
        env,
        encoding: "utf8",
      });
      expect(status.stdout).toMatch(/Status: Disabled/);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it("turbo passes PORT on to `pnpm start`, as the busy-port message tells", () => {
    const turbo = parseJsonc(readFileSync(join(root, "turbo.json"), "utf8")) as {
      tasks: Record<string, { passThroughEnv?: string[] }>;
    };
    expect(turbo.tasks.start?.passThroughEnv).toContain("PORT");
  });
});
