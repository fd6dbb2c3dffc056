// The command line in-process with captured output, for the unit tests of src/main.ts and src/job.ts.
import { type Io, run } from "../src/main.js";

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  exports: { dir: string; force: boolean | undefined; files: string[]; own: boolean }[];
}

/** Runs argv with captured output; --out-dir records its call instead of writing. */
export async function runCaptured(argv: string[], overrides: Partial<Io> = {}): Promise<Ran> {
  const ran: Ran = { code: -1, stdout: "", stderr: "", exports: [] };
  const io: Io = {
    stdout: (text) => {
      ran.stdout += text;
    },
    stderr: (text) => {
      ran.stderr += text;
    },
    env: {},
    trapSignals: () => ({ signal: new AbortController().signal, release: () => {} }),
    waitForInput: async () => {},
    writeExport: async (dir, files, options) => {
      ran.exports.push({
        dir,
        force: options.force,
        files: files.map((f) => f.path),
        own: options.own !== undefined,
      });
    },
    ...overrides,
  };
  ran.code = await run(argv, io);
  return ran;
}
