// A small site folder and a raw HTTP client for the server tests: no build needed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { type IncomingHttpHeaders, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect } from "vitest";
import { serveStatic } from "../scripts/serve.mjs";

export const css = "body { color: #123456; }\n";
/** Every folder made here, removed after the file's tests. */
export const folders: string[] = [];

afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A site folder with an index page, a stylesheet and (unless told) a 404 page. */
export function makeSite({ notFoundPage = true } = {}): string {
  const root = mkdtempSync(join(tmpdir(), "aznato-serve-"));
  folders.push(root);
  writeFileSync(join(root, "index.html"), "<!doctype html><title>Home</title><h1>Home</h1>\n");
  writeFileSync(join(root, "style.css"), css);
  if (notFoundPage) writeFileSync(join(root, "404.html"), "<!doctype html><h1>No such page</h1>\n");
  return root;
}

export type Reply = { status: number; headers: IncomingHttpHeaders; body: string };

/** One HTTP request on its own connection, so a closed server is never kept waiting. */
export function fetchRaw(
  url: string,
  { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end();
  });
}

/** The script-src directive of a reply's Content-Security-Policy, as its sources. */
export const scriptSources = ({ headers }: Reply): string[] =>
  /(?:^|;)\s*script-src ([^;]*)/
    .exec(String(headers["content-security-policy"] ?? ""))?.[1]
    ?.split(" ") ?? [];

export function expectSecurityHeaders(reply: Reply): void {
  const { headers } = reply;
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(csp).toContain(directive);
  }
  // nothing may be loaded from another origin, no eval, and no inline script but by its hash
  expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
  expect(scriptSources(reply)[0]).toBe("'self'");
  expect(scriptSources(reply).slice(1)).toEqual(
    scriptSources(reply)
      .slice(1)
      .filter((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source)),
  );
}

export async function start(root: string): Promise<{ server: Server; url: string }> {
  const started = await serveStatic(root, { port: 0 });
  return { server: started.server as Server, url: started.url };
}

export const close = (server: Server) => new Promise<void>((done) => server.close(() => done()));
