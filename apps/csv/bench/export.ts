// Full export (every collection, datapackage.json, data dictionary) against the start-up of a
// bare `node -e 0`, interleaved on the same machine; the goal is a median ratio of at most 2.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
if (!existsSync(cli)) {
  console.error("bench: build first (pnpm --filter @aznato/csv build)");
  process.exit(1);
}
const runs = Number(process.env.BENCH_RUNS ?? 21);
const scratch = mkdtempSync(join(tmpdir(), "aznato-csv-bench-"));

function time(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}`);
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const bare: number[] = [];
const exports: number[] = [];
time(["-e", "0"]);
time([cli, "--out-dir", join(scratch, "warm-up")]);
for (let i = 0; i < runs; i++) {
  bare.push(time(["-e", "0"]));
  exports.push(time([cli, "--out-dir", join(scratch, `run-${i}`)]));
}
rmSync(scratch, { recursive: true, force: true });

const ratio = median(exports) / median(bare);
console.log(
  `node ${process.version} on ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores)`,
);
console.log(`runs: ${runs}, interleaved`);
console.log(`node -e 0:              median ${median(bare).toFixed(1)} ms`);
console.log(`aznato-csv --out-dir:   median ${median(exports).toFixed(1)} ms`);
console.log(`ratio: ${ratio.toFixed(2)}x (goal <= 2x) ${ratio <= 2 ? "met" : "NOT met"}`);
