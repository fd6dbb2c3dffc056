// Packs the tarball once for every test of the built package.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { pack } from "./pack-fixture.js";

export function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "aznato-pack-"));
  project.provide("tarball", pack(dir));
  return () => rmSync(dir, { recursive: true, force: true });
}
