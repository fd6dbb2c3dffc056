import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { dataset } from "@aznato/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../scripts/serve.mjs";
import { dist } from "./helpers.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

// TypeDoc's own pages under /api/ are its output, not this site's templates
const pages = walk(dist).filter((f) => f.endsWith(".html") && !relative(dist, f).startsWith("api"));
const html = (file: string) => readFileSync(file, "utf8");

/** JavaScript a page loads: inline module scripts plus the files (and their imports) it references. */
function scriptBytes(file: string): number {
  const text = html(file);
  const parts: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), "utf8");
    parts.push(code);
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)) {
      add(join("_astro", m[1] ?? m[2] ?? ""));
    }
  };
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if ((m[1] ?? "").includes('type="application/ld+json"')) continue; // JSON-LD is data, not code
    const src = /src="\/?([^"]+)"/.exec(m[1] ?? "")?.[1];
    if (src) add(src);
    else parts.push(m[2] ?? "");
  }
  return parts.length === 0 ? 0 : brotliCompressSync(Buffer.from(parts.join("\n"))).length;
}

describe("build output", () => {
  it("has a page per record and per collection", () => {
    for (const c of ["events", "claims", "places"] as const) {
      for (const r of dataset[c]) expect(pages).toContain(join(dist, c, r.id, "index.html"));
    }
  });

  it("ships no JavaScript on pages without interactivity, under 20 kB (brotli) elsewhere", () => {
    const interactive = new Map<string, number>();
    for (const file of pages) {
      const bytes = scriptBytes(file);
      const path = `/${relative(dist, file).replace(/index\.html$/, "")}`;
      if (
        /^\/[a-z]+\/[^/]+\/$/.test(path) ||
        ["/about/", "/dictionary/", "/source-document/", "/fact-check/", "/404.html"].includes(path)
      ) {
        expect(bytes, path).toBe(0);
      }
      if (bytes > 0) interactive.set(path, bytes);
      expect(bytes, path).toBeLessThan(20 * 1024);
    }
    expect([...interactive.keys()].sort()).toEqual(
      expect.arrayContaining(["/", "/timeline/", "/events/", "/places/"]),
    );
    console.log("JavaScript per interactive page (brotli bytes):", Object.fromEntries(interactive));
  });

  it("renders no third-party resources and marks external links", () => {
    for (const file of pages) {
      const text = html(file);
      expect(text, file).not.toMatch(/<(script|img|iframe)[^>]+src="(https?:)?\/\//);
      expect(text, file).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
      for (const a of text.matchAll(/<a\b[^>]*href="https?:[^"]*"[^>]*>/g)) {
        expect(a[0], file).toContain('rel="noopener noreferrer"');
      }
    }
  });

  it("repeats no class on an element (Astro once grew a shared props object with every link)", () => {
    for (const file of pages) {
      for (const m of html(file).matchAll(/class="([^"]*)"/g)) {
        const tokens = (m[1] ?? "").split(/\s+/).filter(Boolean);
        expect(new Set(tokens).size, `${relative(dist, file)}: ${m[0].slice(0, 80)}`).toBe(
          tokens.length,
        );
      }
    }
  });

  it("never renders data as raw HTML", () => {
    const sources = walk(join(dist, "../src")).filter((f) => f.endsWith(".astro"));
    // the one exception: JSON-LD, written through scriptJson(), which escapes < > & (jsonld.test.ts)
    for (const file of sources)
      expect(
        readFileSync(file, "utf8").replace("set:html={scriptJson(data)}", ""),
        file,
      ).not.toMatch(/set:html|innerHTML/);
  });

  it("offers the CSV export and dataset.json", () => {
    const files = readdirSync(join(dist, "downloads"));
    expect(files).toEqual(
      expect.arrayContaining([
        "dataset.json",
        "datapackage.json",
        "events.csv",
        "data-dictionary.csv",
      ]),
    );
    const json = JSON.parse(readFileSync(join(dist, "downloads/dataset.json"), "utf8"));
    expect(json.events).toHaveLength(dataset.events.length);
    const home = html(join(dist, "index.html"));
    expect(home).toContain('href="/downloads/datapackage.json"');
  });
});

describe("links", () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(dist, { port: 0 });
  });
  afterAll(() => new Promise<void>((done) => server.server.close(() => done())));

  it("every internal link of the site (API reference included) returns 200", async () => {
    const origin = new URL(server.url);
    const queue = [new URL("/", origin).href];
    const seen = new Set(queue);
    const broken: string[] = [];
    while (queue.length > 0) {
      const batch = queue.splice(0, 16);
      await Promise.all(
        batch.map(async (href) => {
          const res = await fetch(href, { redirect: "manual" });
          if (res.status !== 200) {
            broken.push(`${res.status} ${href}`);
            return;
          }
          if (!(res.headers.get("content-type") ?? "").startsWith("text/html")) return;
          const text = await res.text();
          for (const m of text.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
            const raw = (m[1] ?? "").replace(/&amp;/g, "&");
            if (raw.startsWith("#") || /^(mailto|data|javascript):/.test(raw)) continue;
            const next = new URL(raw, href);
            if (next.origin !== origin.origin) continue;
            next.hash = "";
            next.search = "";
            if (!seen.has(next.href)) {
              seen.add(next.href);
              queue.push(next.href);
            }
          }
        }),
      );
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(dataset.events.length);
  });
});
