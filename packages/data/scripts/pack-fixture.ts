import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageDir } from "./dataset-files.js";

export interface PackedConsumer {
  tarball: string;
  /** A project with the tarball unpacked into node_modules/@aznato/data, as npm would. */
  consumer: string;
  installed: string;
  /** Links zod into the consumer (it starts without it, to prove the root never loads it). */
  addZod: () => void;
  cleanup: () => void;
}

/** Packs the built package with pnpm (which resolves `catalog:`) into a scratch consumer. */
export function packConsumer(): PackedConsumer {
  const work = mkdtempSync(join(tmpdir(), "aznato-pack-"));
  execFileSync("npx", ["-y", "pnpm@12.4.2", "pack", "--pack-destination", work], {
    cwd: packageDir,
    stdio: "pipe",
  });
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const tarball = join(work, `aznato-data-${version}.tgz`);
  const consumer = join(work, "consumer");
  const installed = join(consumer, "node_modules/@aznato/data");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  writeFileSync(join(consumer, "package.json"), '{ "name": "consumer", "private": true }');
  return {
    tarball,
    consumer,
    installed,
    addZod: () =>
      symlinkSync(join(packageDir, "node_modules/zod"), join(consumer, "node_modules/zod"), "dir"),
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}

/**
 * Writes a tsconfig for the consumer's TypeScript files under a module resolution mode and returns
 * the tsc to run; `checkLibs` also checks the package's own declaration files.
 */
export function tscArgs(dir: string, resolution: "node16" | "bundler", checkLibs = true): string {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "es2022",
        module: resolution === "node16" ? "node16" : "preserve",
        moduleResolution: resolution,
        strict: true,
        noEmit: true,
        types: [],
        skipLibCheck: !checkLibs,
      },
      include: ["*.ts", "*.mts", "*.cts"],
    }),
  );
  return join(packageDir, "node_modules/typescript/bin/tsc");
}
