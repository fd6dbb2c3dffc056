#!/usr/bin/env node
// The process around run() (main.ts): streams, signals, exit code. Nothing here decides anything.
import { oneLine, reason } from "./errors.js";
import { run } from "./main.js";

// the last resort: whatever escapes is still one line and exit code 1, never a stack trace
const fail = (error: unknown) => {
  try {
    process.stderr.write(`aznato-csv: ${oneLine((error as Error)?.message || reason(error))}\n`);
  } catch {}
  process.exit(1);
};
process.on("uncaughtException", fail);

// writes to a pipe can fail after write() returned: a closed pipe ends the run quietly
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  fail(new Error(`Cannot write to standard output: ${reason(error)}`));
});

function trapSignals() {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => controller.abort(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return {
    signal: controller.signal,
    release() {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    },
  };
}

function waitForInput(signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      process.stdin.off("data", finish).off("end", finish).pause();
      signal.removeEventListener("abort", finish);
      done();
    };
    process.stdin.on("data", finish).on("end", finish);
    signal.addEventListener("abort", finish);
  });
}

run(process.argv.slice(2), {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  env: process.env,
  trapSignals,
  waitForInput,
}).then((code) => {
  process.exitCode = code;
}, fail);
