// The built site cites and links only what exists: no file under dist/ (pages, JSON twins, the
// feeds, the downloads and the files inside the zip and the workbook) names the npm registry
// unless the registry has this version, and every record page says how to report an error,
// linking the issue form only once the project has an issue tracker.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { apa, citationData, dataset, datasetMeta } from "@aznato/data";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { reportError } from "../src/lib/report-error.ts";
import { dist } from "./helpers.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Every file of the build as its readable bytes: a zip's (and a workbook's) entries one by one. */
function builtFiles(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const file of walk(dist)) {
    const path = relative(dist, file);
    // the .br and .gz copies hold the same bytes as the file beside them
    if (/\.(br|gz)$/.test(path)) continue;
    const bytes = new Uint8Array(readFileSync(file));
    if (/\.(zip|xlsx)$/.test(path)) {
      for (const [entry, data] of Object.entries(unzipSync(bytes))) {
        out.push({ path: `${path}!${entry}`, text: Buffer.from(data).toString("latin1") });
      }
    } else out.push({ path, text: Buffer.from(bytes).toString("latin1") });
  }
  return out;
}

const home = datasetMeta.home;
const html = (path: string) => readFileSync(join(dist, path), "utf8");
const decodeHtml = (s: string) => s.replace(/&amp;/g, "&").replace(/&#39;/g, "'");

describe("no built file links a page that is not there", () => {
  const files = builtFiles();

  it("reads the zip's README, datapackage.json, Datasette metadata and claimreview.json", () => {
    const zipped = files.filter((f) => f.path.includes(".zip!")).map((f) => f.path);
    for (const name of ["README.md", "datapackage.json", "metadata.json", "claimreview.json"]) {
      expect(
        zipped.some((p) => p.endsWith(`/${name}`)),
        name,
      ).toBe(true);
    }
    expect(files.some((f) => f.path === "downloads/aznato.db")).toBe(true);
  });

  it("names the npm registry nowhere but as the page of this version, once it is published", () => {
    const allowed = home.registry;
    const naming = files
      .filter((f) => f.text.replaceAll(allowed ?? "\u0000", "").includes("npmjs.com"))
      .map((f) => f.path);
    expect(naming).toEqual([]);
    // with the flag unset, not even the version's page
    if (!allowed) expect(files.filter((f) => f.text.includes("npmjs")).length).toBe(0);
  });

  it("cites the version and as-of date on the home page as the package's citation renders it", () => {
    expect(decodeHtml(html("index.html"))).toContain(apa(citationData(datasetMeta)));
  });
});

describe("reporting an error", () => {
  const paragraph = (page: string) =>
    decodeHtml(/<p class="report-error">([\s\S]*?)<\/p>/.exec(html(page))?.[1] ?? "");

  it("the About page and every record page say how, linking only an issue form that exists", () => {
    const about = paragraph("about/index.html");
    const expected = reportError(home);
    expect(about).toContain(expected.text);
    if (expected.href) expect(about).toContain(`href="${expected.href}"`);
    else expect(about).not.toContain("href");
    for (const collection of ["events", "claims", "people"] as const) {
      for (const record of dataset[collection]) {
        const p = paragraph(`${collection}/${record.id}/index.html`);
        const { href, text } = reportError(home, { id: record.id });
        expect(p, record.id).toContain(text);
        if (href) expect(p, record.id).toContain(`href="${href}"`);
        else expect(p, record.id).not.toMatch(/href|https?:/);
      }
    }
  });
});
