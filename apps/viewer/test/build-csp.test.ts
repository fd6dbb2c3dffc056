// The built site under its own Content-Security-Policy: every script it inlines is allowed by hash,
// static hosts get the same policy in _headers, and every kind of file it ships has a media type.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADERS_FILE } from "../scripts/csp.mjs";
import { serveStatic } from "../scripts/serve.mjs";
import { dist } from "./helpers.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const files = walk(dist);
// every page, TypeDoc's API reference included: its theme script runs under the same policy
const pages = files.filter((f) => f.endsWith(".html"));

/** The inline scripts of a page that a browser runs, found here independently of csp.mjs. */
function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = "", text = ""] of html
    .replace(/<!--[\s\S]*?-->/g, "")
    .matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attributes)) continue;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1] ?? "";
    if (type === "" || type === "module" || type === "text/javascript") scripts.push(text);
    // anything else must be a data block that is never run
    else expect(type).toBe("application/ld+json");
  }
  return scripts;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

let server: Server;
let base: string;
beforeAll(async () => {
  const started = await serveStatic(dist, { port: 0 });
  server = started.server as Server;
  base = started.url;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const head = async (path: string) => {
  const reply = await fetch(new URL(path, base), { method: "HEAD" });
  return reply.headers;
};

describe("the built site's Content-Security-Policy", () => {
  it("allows every inline script of every page by its hash, and no inline script else", async () => {
    const policy = String((await head("/")).get("content-security-policy"));
    const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.split(" ") ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const needed = new Set<string>();
    for (const page of pages) {
      for (const script of inlineScripts(readFileSync(page, "utf8"))) needed.add(sha256(script));
    }
    // the layout's two name-language scripts at least, on every one of the site's pages
    expect(needed.size).toBeGreaterThanOrEqual(2);
    expect(scriptSrc.slice(1).sort()).toEqual([...needed].sort());
  });

  it("sends that policy with every page, and static hosts get it in _headers", async () => {
    const policy = (await head("/")).get("content-security-policy");
    for (const path of ["/search/", "/fact-check/", "/api/", "/no/such/page/"]) {
      expect((await head(path)).get("content-security-policy"), path).toBe(policy);
    }
    const headers = readFileSync(join(dist, HEADERS_FILE), "utf8");
    expect(headers).toContain(`\n/*\n  Content-Security-Policy: ${policy}\n`);
  });

  it("has no inline event handlers or javascript: links, which script-src hashes cannot allow", () => {
    for (const page of pages) {
      const html = readFileSync(page, "utf8").replace(/<script[\s\S]*?<\/script>/g, "");
      expect(html, relative(dist, page)).not.toMatch(/<[^>]*\son[a-z]+\s*=|javascript:/i);
    }
  });
});

describe("the built site's media types", () => {
  /** One file of every kind the site ships: by extension, or by name for files without one. */
  const kinds = new Map<string, string>();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    if (/\.(br|gz)$/.test(name)) continue;
    const kind = name.includes(".") ? name.slice(name.lastIndexOf(".")) : name;
    if (!kinds.has(kind)) kinds.set(kind, `/${relative(dist, file)}`);
  }

  it.each([...kinds])("serves %s files with a media type (%s)", async (_kind, path) => {
    const type = (await head(path)).get("content-type") ?? "";
    expect(type).not.toBe("");
    expect(type).not.toBe("application/octet-stream");
    if (/^text\//.test(type)) expect(type).toMatch(/; ?charset=utf-8$/);
  });

  it("serves the downloads as their formats", async () => {
    expect((await head("/downloads/aznato.db")).get("content-type")).toBe(
      "application/vnd.sqlite3",
    );
    expect((await head("/downloads/events.csv")).get("content-type")).toBe(
      "text/csv; charset=utf-8",
    );
    expect((await head("/downloads/aznato.xlsx")).get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  });
});
