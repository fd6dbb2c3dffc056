import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { packageDir } from "../scripts/dataset-files.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The packed tarball, made once per run by test/global-setup.ts. */
    tarball: string;
  }
}

/** Packs the built package with pnpm (which resolves `catalog:`) into `dir`; returns the tarball. */
export function pack(dir: string): string {
  execFileSync("npx", ["-y", "pnpm@12.4.2", "pack", "--pack-destination", dir], {
    cwd: packageDir,
    stdio: "pipe",
  });
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  return join(dir, `aznato-data-${version}.tgz`);
}

export interface PackedConsumer {
  tarball: string;
  /** A project with the tarball unpacked into node_modules/@aznato/data, as npm would. */
  consumer: string;
  installed: string;
  /** Links zod into the consumer (it starts without it, to prove the root never loads it). */
  addZod: () => void;
  cleanup: () => void;
}

/** A scratch consumer of the run's tarball (packed once, in the global setup). */
export function packedConsumer(): PackedConsumer {
  const tarball = inject("tarball");
  const consumer = mkdtempSync(join(tmpdir(), "aznato-consumer-"));
  const installed = join(consumer, "node_modules/@aznato/data");
  mkdirSync(installed, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  writeFileSync(join(consumer, "package.json"), '{ "name": "consumer", "private": true }');
  // the search engine is a dependency that npm installs with the package
  symlinkSync(
    join(packageDir, "node_modules/minisearch"),
    join(consumer, "node_modules/minisearch"),
    "dir",
  );
  return {
    tarball,
    consumer,
    installed,
    addZod: () =>
      symlinkSync(join(packageDir, "node_modules/zod"), join(consumer, "node_modules/zod"), "dir"),
    cleanup: () => rmSync(consumer, { recursive: true, force: true }),
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
