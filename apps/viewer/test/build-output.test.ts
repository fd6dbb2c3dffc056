import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { collectionNames, dataset, verdicts } from "@aznato/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../scripts/serve.mjs";
import { markdownSections } from "../src/lib/readme.ts";
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

  it("ships only the layout's name-language script on static pages, under 20 kB (brotli) everywhere", () => {
    const layoutOnly = scriptBytes(join(dist, "404.html"));
    // the layout's inline script: store the name language and apply it before the first paint
    expect(layoutOnly).toBeGreaterThan(0);
    expect(layoutOnly).toBeLessThan(1024);
    const perTemplate = new Map<string, number>();
    for (const file of pages) {
      const bytes = scriptBytes(file);
      const path = `/${relative(dist, file).replace(/index\.html$/, "")}`;
      if (["/about/", "/dictionary/", "/source-document/", "/404.html"].includes(path)) {
        expect(bytes, path).toBe(layoutOnly);
      }
      // record pages copy citations and quotes, the fact check marks its filter: a small script each
      if (/^\/[a-z]+\/[^/]+\/$/.test(path) || path === "/fact-check/") {
        expect(bytes, path).toBeGreaterThan(layoutOnly);
        expect(bytes, path).toBeLessThan(layoutOnly + 1024);
      }
      expect(bytes, path).toBeLessThan(20 * 1024);
      const template = /^\/[a-z]+\/[^/]+\/$/.test(path) ? "/[collection]/[id]/" : path;
      perTemplate.set(template, Math.max(perTemplate.get(template) ?? 0, bytes));
    }
    for (const path of ["/", "/timeline/", "/events/", "/places/", "/search/"]) {
      expect(perTemplate.get(path), path).toBeGreaterThan(layoutOnly);
    }
    console.log(
      "JavaScript per page template (brotli bytes, largest page):",
      Object.fromEntries(perTemplate),
    );
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

const page = (path: string) => html(join(dist, path, "index.html"));

describe("small things readers noticed", () => {
  it("no page puts a space before a comma or full stop outside quoted sources", () => {
    const offenders: string[] = [];
    for (const file of pages) {
      const text = html(file)
        // quotes and source titles are verbatim, spaces and all
        .replace(/<(blockquote|script|style|pre|q)\b[\s\S]*?<\/\1>/g, " ")
        .replace(/<[^>]+>/g, "")
        .replace(/&nbsp;/g, " ");
      const hit = /\w ,|\w \.(?=\s|$)/.exec(text);
      if (hit)
        offenders.push(
          `${relative(dist, file)}: …${text.slice(Math.max(0, hit.index - 30), hit.index + 10)}…`,
        );
    }
    expect(offenders.slice(0, 10)).toEqual([]);
  });

  it("every page has an icon, so no first load logs a 404", () => {
    expect(readFileSync(join(dist, "favicon.svg"), "utf8")).toContain("<svg");
    for (const file of pages)
      expect(html(file).includes('<link rel="icon" href="/favicon.svg"'), file).toBe(true);
  });

  it("the fact check prints each verdict and its count with a space between", () => {
    const counts = verdicts
      .map((v) => ({ v, n: dataset.claims.filter((c) => c.verdict === v).length }))
      .filter((x) => x.n > 0);
    const text = page("fact-check").replace(/<[^>]+>/g, "");
    expect(text).toContain(`Verdicts: ${counts.map((x) => `${x.v} ${x.n}`).join(", ")}.`);
  });

  it("source-document markers sit against their passage, keep to one line and take the verdict's colour", () => {
    const text = page("source-document");
    const markers = text.match(/<sup class="refs"/g) ?? [];
    expect(markers.length).toBeGreaterThan(0);
    expect(text.match(/<\/mark><sup class="refs"/g)).toHaveLength(markers.length);
    expect(text.match(/<\/sup>\s+[.,;:!?)]/g) ?? []).toEqual([]);
    expect(/sup(\[[^\]]+\])?\.refs(\[[^\]]+\])?\{[^}]*white-space:\s*nowrap/.test(text)).toBe(true);
    for (const claim of dataset.claims.filter((c) => c.statement.start !== undefined)) {
      const mark = new RegExp(
        `<mark id="at-${claim.statement.start}" class="verdict-([a-z]+)"`,
      ).exec(text);
      expect(mark, claim.id).not.toBeNull();
    }
    const classes = new Set(
      [...text.matchAll(/<mark[^>]* class="(verdict-[a-z]+)"/g)].map((m) => m[1]),
    );
    const used = new Set(dataset.claims.map((c) => c.verdict));
    expect(classes.size).toBeGreaterThan(used.size > 1 ? 1 : 0);
  });

  it("the timeline numbers events on across years instead of restarting at 1", () => {
    const text = page("timeline");
    const starts = [...text.matchAll(/<li data-year="(\d+)"[^>]*>[\s\S]*?<ol start="(\d+)"/g)].map(
      (m) => Number(m[2]),
    );
    const years = new Map<number, number>();
    for (const e of dataset.events)
      years.set(Number(e.start.slice(0, 4)), (years.get(Number(e.start.slice(0, 4))) ?? 0) + 1);
    const counts = [...years.entries()].sort(([a], [b]) => a - b).map(([, n]) => n);
    expect(starts).toEqual(counts.map((_, i) => 1 + counts.slice(0, i).reduce((a, b) => a + b, 0)));
  });

  it("every API reference page links back to the site", () => {
    const api = walk(join(dist, "api")).filter((f) => f.endsWith(".html"));
    expect(api.length).toBeGreaterThan(5);
    for (const file of api)
      expect(html(file).includes('<a href="/" class="tsd-widget aznato-home">'), file).toBe(true);
  });

  it("the home page folds the link tables behind one section", () => {
    const home = html(join(dist, "index.html"));
    const folded = /<details class="all-tables"[^>]*>([\s\S]*?)<\/details>/.exec(home)?.[1] ?? "";
    const links = home.match(/href="\/downloads\/[^"]+\.csv"/g) ?? [];
    const inside = folded.match(/href="\/downloads\/[^"]+\.csv"/g) ?? [];
    expect(inside.length).toBeGreaterThan(0);
    // outside the fold: one CSV per collection and the dictionary, no more
    expect(links.length - inside.length).toBeLessThanOrEqual(collectionNames.length + 1);
  });

  it("the dictionary folds each collection, and describes a citation's fields once", () => {
    const text = page("dictionary");
    expect(text.match(/<details class="collection"/g)).toHaveLength(collectionNames.length + 1);
    expect(text.match(/<code[^>]*>quote<\/code>/g)).toHaveLength(1);
  });

  it("the About page renders the README's Coverage, Naming and Versioning sections", () => {
    const readme = readFileSync(join(dist, "../../../packages/data/README.md"), "utf8");
    const coverage = markdownSections(readme).find((s) => /^coverage/i.test(s.heading));
    expect(coverage, "packages/data/README.md has a ## Coverage section").toBeDefined();
    const about = page("about");
    for (const id of ["coverage", "naming-policy", "versioning-policy"]) {
      expect(about.includes(`<h2 id="${id}`), id).toBe(true);
    }
    const firstWords = (coverage?.body ?? "")
      .replace(/[*_`#>[\]()-]/g, " ")
      .split(/\s+/)
      .filter((w) => w.length > 3)
      .slice(0, 3);
    for (const word of firstWords) expect(about.includes(word), word).toBe(true);
  });
});

describe("record pages", () => {
  it("use plain labels: no list brackets, dotted paths or field names in quotes", () => {
    for (const file of pages.filter((f) =>
      /^[a-z]+\/[^/]+\/index\.html$/.test(relative(dist, f)),
    )) {
      const text = html(file);
      for (const dt of text.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>/g)) {
        expect(dt[1], file).not.toMatch(/\[\]|\w\.\w|“/);
      }
      expect(text.includes("that list this in"), file).toBe(false);
      expect(/Facts last checked <time datetime="\d{4}-\d\d-\d\d"/.test(text), file).toBe(true);
    }
  });

  it("link Wikidata ids and draw a locator map for places with coordinates", () => {
    for (const c of ["places", "people", "organizations"] as const) {
      for (const r of dataset[c] as readonly { id: string; wikidata?: string }[]) {
        if (r.wikidata) {
          const linked = page(`${c}/${r.id}`).includes(
            `href="https://www.wikidata.org/wiki/${r.wikidata}"`,
          );
          expect(linked, r.id).toBe(true);
        }
      }
    }
    for (const p of dataset.places.filter((x) => x.coordinates)) {
      expect(/<figure class="locator"[\s\S]*<circle/.test(page(`places/${p.id}`)), p.id).toBe(true);
    }
  });

  it("date every related event", () => {
    for (const person of dataset.people) {
      const text = page(`people/${person.id}`);
      const list = /<ol class="dated"[^>]*>([\s\S]*?)<\/ol>/.exec(text)?.[1];
      if (!list) continue;
      for (const li of list.split("<li").slice(1)) expect(li, person.id).toMatch(/<time datetime=/);
    }
  });

  it("the search index holds every record once, with what each hit shows", () => {
    const index = JSON.parse(readFileSync(join(dist, "search-index.json"), "utf8"));
    const total = collectionNames.reduce((n, c) => n + dataset[c].length, 0);
    expect(index.engine.docs).toHaveLength(total);
    expect(new Set(index.engine.docs.map((d: string[]) => d[0])).size).toBe(total);
    expect(index.show).toHaveLength(total);
  });

  it("keeps the search page's first load (HTML and JavaScript, brotli) under 60 kB", () => {
    const file = join(dist, "search", "index.html");
    const htmlBytes = brotliCompressSync(readFileSync(file)).length;
    const total = htmlBytes + scriptBytes(file);
    console.log(`search page first load: ${total} bytes brotli (HTML ${htmlBytes})`);
    expect(total).toBeLessThan(60 * 1024);
  });

  it("has brotli and gzip copies of the pages, scripts and the search index", () => {
    for (const file of ["index.html", "search/index.html", "search-index.json"]) {
      expect(
        brotliDecompressSync(readFileSync(join(dist, `${file}.br`))).equals(
          readFileSync(join(dist, file)),
        ),
        file,
      ).toBe(true);
      expect(existsSync(join(dist, `${file}.gz`)), file).toBe(true);
    }
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
