// scripts/serve.mjs against a small folder made here: no build needed.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { type IncomingHttpHeaders, request, type Server, ServerResponse } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { compressSite } from "../scripts/compress.mjs";
import {
  close,
  css,
  expectSecurityHeaders,
  fetchRaw,
  folders,
  makeSite,
  start,
} from "./serve-fixture.ts";

const viewer = fileURLToPath(new URL("../", import.meta.url));

describe("serveStatic", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await start(makeSite()));
  });
  afterAll(() => close(server));
  afterEach(() => vi.restoreAllMocks());

  it("serves files with the security headers", async () => {
    const page = await fetchRaw(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain("<h1>Home</h1>");
    expectSecurityHeaders(page);
    const head = await fetchRaw(`${url}style.css`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expectSecurityHeaders(head);
  });

  it("answers a matching If-None-Match with 304 and the security headers", async () => {
    const { headers } = await fetchRaw(`${url}style.css`);
    const again = await fetchRaw(`${url}style.css`, {
      headers: { "If-None-Match": String(headers.etag) },
    });
    expect(again.status).toBe(304);
    expectSecurityHeaders(again);
  });

  it("answers unknown paths with the site's 404 page", async () => {
    const missing = await fetchRaw(`${url}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/^text\/html/);
    expect(missing.body).toContain("No such page");
    expectSecurityHeaders(missing);
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])("answers %s with 405", async (method) => {
    const reply = await fetchRaw(`${url}style.css`, { method });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe("GET, HEAD");
    expectSecurityHeaders(reply);
  });

  it.each([
    ["bytes=0-3", 0, 3],
    ["bytes=4-", 4, css.length - 1],
    ["bytes=-5", css.length - 5, css.length - 1],
    ["bytes=3-3", 3, 3],
    ["bytes=2-9999", 2, css.length - 1],
    // sirv 3.0.2, which this server once used, read an end of 0 as "to the end"
    ["bytes=0-0", 0, 0],
  ])("answers the valid range %s with 206 and those bytes", async (range, start, end) => {
    const reply = await fetchRaw(`${url}style.css`, { headers: { Range: range } });
    expect(reply.status).toBe(206);
    expect(reply.headers["content-range"]).toBe(`bytes ${start}-${end}/${css.length}`);
    expect(reply.body).toBe(css.slice(start, end + 1));
    expectSecurityHeaders(reply);
  });

  it.each(["bytes=5-2", "bytes=abc", "bytes=-", "bytes=-0", "bytes=1-2-3", `bytes=${css.length}-`])(
    "answers the range %s with 416 and stays up",
    async (range) => {
      const reply = await fetchRaw(`${url}style.css`, { headers: { Range: range } });
      expect(reply.status).toBe(416);
      expect(reply.headers["content-range"]).toBe(`bytes */${css.length}`);
      expectSecurityHeaders(reply);
      expect((await fetchRaw(`${url}style.css`)).body).toBe(css);
    },
  );

  it.each([
    ["several ranges", { Range: "bytes=0-1,4-5" }],
    ["another unit", { Range: "items=0-1" }],
    ["an If-Range", { Range: "bytes=0-1", "If-Range": 'W/"stale"' }],
  ])("sends the whole file for %s", async (_what, headers) => {
    const reply = await fetchRaw(`${url}style.css`, { headers });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(css);
  });

  it("turns an unexpected error into a 500 and stays up", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(ServerResponse.prototype, "writeHead").mockImplementationOnce(() => {
      throw new Error("a bug");
    });
    const reply = await fetchRaw(`${url}style.css`);
    expect(reply.status).toBe(500);
    expect(reply.headers["content-type"]).toMatch(/^text\/plain/);
    expect(reply.headers["content-length"]).toBe(String(reply.body.length));
    expectSecurityHeaders(reply);
    expect(logged).toHaveBeenCalled();
    expect((await fetchRaw(`${url}style.css`)).status).toBe(200);
  });
});

describe("serveStatic with the build's compressed copies", () => {
  let server: Server;
  let url: string;
  const page = `<!doctype html><title>Big</title>${"<p>Azerbaijan and NATO</p>\n".repeat(200)}`;
  beforeAll(async () => {
    const root = makeSite();
    writeFileSync(join(root, "big.html"), page);
    writeFileSync(join(root, "tiny.txt"), "x");
    expect(compressSite(root)).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(root, "tiny.txt.br")), "a copy that saves nothing").toBe(false);
    ({ server, url } = await start(root));
  });
  afterAll(() => close(server));

  /** The raw bytes of a GET, with the given Accept-Encoding. */
  const bytes = (path: string, encoding: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
      const headers = encoding ? { "Accept-Encoding": encoding } : {};
      request(`${url}${path}`, { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on("error", fail)
        .end();
    });

  it("sends brotli, else gzip, else the file itself, and says it varies", async () => {
    const br = await bytes("big.html", "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/^text\/html/);
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(br.body.length).toBeLessThan(page.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    const gz = await bytes("big.html", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const plain = await bytes("big.html", "");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    // q=0 refuses an encoding
    const refused = await bytes("big.html", "br;q=0, gzip;q=0.5");
    expect(refused.headers["content-encoding"]).toBe("gzip");
    expect((await bytes("big.html", "br;q=0")).headers["content-encoding"]).toBeUndefined();
    expectSecurityHeaders({ status: 200, headers: br.headers, body: "" });
  });
});

describe("serveStatic with files gone", () => {
  it("answers 404 in plain text when there is no 404 page", async () => {
    const { server, url } = await start(makeSite({ notFoundPage: false }));
    try {
      const missing = await fetchRaw(`${url}nothing/`);
      expect(missing.status).toBe(404);
      expect(missing.headers["content-type"]).toMatch(/^text\/plain/);
      expect(missing.body).toBe("Not found\n");
      expectSecurityHeaders(missing);
      expect((await fetchRaw(url)).status).toBe(200);
    } finally {
      await close(server);
    }
  });

  it("answers 404 for a file deleted since start (a rebuild), and stays up", async () => {
    const root = makeSite();
    const { server, url } = await start(root);
    try {
      rmSync(join(root, "style.css"));
      rmSync(join(root, "404.html"));
      const gone = await fetchRaw(`${url}style.css`);
      expect([gone.status, gone.body]).toEqual([404, "Not found\n"]);
      expectSecurityHeaders(gone);
      expect((await fetchRaw(`${url}gone/`)).status).toBe(404);
      expect((await fetchRaw(url)).status).toBe(200);
    } finally {
      await close(server);
    }
  });
});

type Run = { code: number | null; stdout: string; stderr: string };

/** Every script started here, so that none outlives a failed test. */
const children: ChildProcess[] = [];

/** Runs `node scripts/serve.mjs` (in apps/viewer) with `env` until it exits. */
async function runScript(env: Record<string, string>): Promise<Run> {
  const child = spawnScript(env);
  const [code] = await once(child, "exit");
  return { code, stdout: child.output.stdout, stderr: child.output.stderr };
}

function spawnScript(
  env: Record<string, string>,
): ChildProcess & { output: { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: viewer,
    env: { ...process.env, ...env },
  });
  children.push(child);
  const output = { stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output.stderr += chunk));
  return Object.assign(child, { output });
}

/** Listens on a free port of localhost, as the script does; `close` frees it. */
async function occupyPort(): Promise<{ port: number; close: () => Promise<void> }> {
  const holder = createTcpServer();
  await new Promise<void>((done) => holder.listen(0, "localhost", done));
  const address = holder.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    close: () => new Promise<void>((done) => holder.close(() => done())),
  };
}

/** Exit code 1 and one line on stderr, no stack trace. */
function expectOneLineFailure(run: Run, message: string): void {
  expect(run.code).toBe(1);
  expect(run.stderr.trimEnd().split("\n")).toEqual([`@aznato/viewer: ${message}`]);
}

describe("node scripts/serve.mjs", () => {
  afterEach(() => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    }
  });

  it("serves VIEWER_DIST and survives a bad Range header", async () => {
    const free = await occupyPort();
    await free.close();
    const child = spawnScript({ PORT: String(free.port), VIEWER_DIST: makeSite() });
    await new Promise<void>((done, fail) => {
      child.stdout?.on("data", () => child.output.stdout.includes("serving") && done());
      child.on("exit", () => fail(new Error(`it exited: ${child.output.stderr}`)));
    });
    const url = /at (http:\S+)/.exec(child.output.stdout)?.[1] ?? "";
    expect(url).toBe(`http://localhost:${free.port}/`);
    const bad = await fetchRaw(`${url}style.css`, { headers: { Range: "bytes=5-2" } });
    expect(bad.status).toBe(416);
    expect((await fetchRaw(`${url}style.css`)).body).toBe(css);
    expect(child.exitCode).toBeNull();
  });

  it("says how to fix a busy port", async () => {
    const busy = await occupyPort();
    try {
      const run = await runScript({ PORT: String(busy.port), VIEWER_DIST: makeSite() });
      expectOneLineFailure(
        run,
        `port ${busy.port} is in use: set PORT to a free port, e.g. PORT=${busy.port + 1} pnpm start`,
      );
    } finally {
      await busy.close();
    }
  });

  it.each(["abc", "0", "65536", "80x", "-1", "4e3"])("rejects PORT=%s", async (port) => {
    const run = await runScript({ PORT: port, VIEWER_DIST: makeSite() });
    expectOneLineFailure(run, `PORT must be a number from 1 to 65535, not "${port}"`);
  });

  it("says to build first when there is no site", async () => {
    const empty = mkdtempSync(join(tmpdir(), "aznato-serve-empty-"));
    folders.push(empty);
    const run = await runScript({ PORT: "4321", VIEWER_DIST: empty });
    expectOneLineFailure(run, `no site in ${empty}: run pnpm build first`);
  });
});
