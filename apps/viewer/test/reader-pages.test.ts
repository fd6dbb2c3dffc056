// The reader-facing pages of issue 19 and 17: downloads, honest dates, charts that finish,
// share and cite, maps, coverage. Each at a phone's and a laptop's width, with axe, and
// without JavaScript where the page promises to work without it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { collectionNames, dataset, datasetMeta, formatDate, timeline } from "@aznato/data";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, dist, openAt, overflow, startSite } from "./helpers.ts";

let base: string;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ base, browser, stop } = await startSite());
});
afterAll(async () => {
  await stop?.();
});

const open = (path: string, width = 1280, js = true) => openAt(browser, base, path, width, js);
const widths = [390, 1280] as const;

/**
 * The page at `width`, checked: no overflow and axe clean (axe needs JavaScript), then opened
 * again without JavaScript unless `js` (what the test reads next must be there without it).
 */
async function clean(path: string, width: number, js = false) {
  const checked = await open(path, width);
  expect(await overflow(checked), `${path} at ${width}px`).toBe(0);
  expect(await axeViolations(checked), `${path} at ${width}px`).toEqual([]);
  if (js) return checked;
  await checked.close();
  const page = await open(path, width, false);
  expect(await overflow(page), `${path} at ${width}px without JavaScript`).toBe(0);
  return page;
}

const datapackage = JSON.parse(readFileSync(join(dist, "downloads/datapackage.json"), "utf8")) as {
  resources: { path: string; description?: string }[];
};

describe("downloads", () => {
  it.each(widths)("the downloads page lists every file with its size at %i px", async (width) => {
    const page = await clean("/downloads/", width, false);
    const offered = readdirSync(join(dist, "downloads")).filter((f) => f !== "index.html");
    const links = await page
      .locator("main table a[download]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")?.replace(/^.*\/downloads\//, "")));
    expect(links.sort()).toEqual(offered.sort());
    // every CSV says what one of its rows is, in the export's own words
    for (const r of datapackage.resources) {
      const row = page.locator("tr", { has: page.locator(`a[href$="/downloads/${r.path}"]`) });
      const text = (await row.textContent()) ?? "";
      expect(text, r.path).toMatch(/\d+(\.\d)? (B|kB|MB)/);
      const at = r.description?.indexOf("One row per") ?? -1;
      if (at >= 0) expect(text, r.path).toContain(r.description?.slice(at, at + 40));
    }
    // the checksums cover every file
    const sums = (await page.locator("pre.sums").textContent()) ?? "";
    expect(sums.trim().split("\n")).toHaveLength(offered.length);
    expect(sums).toMatch(/^[0-9a-f]{64} {2}dataset\.json$/m);
    await page.close();
  });

  it("the menu leads there, and the home page groups the files right", async () => {
    const page = await open("/", 390);
    await page.locator("details.menu > summary").click();
    await page.locator('nav[aria-label="Site"] a', { hasText: "Downloads" }).click();
    await page.waitForURL("**/downloads/");
    await page.goto(new URL("/", base).href);
    const under = (heading: string) =>
      page
        .locator(`h3:text-is("${heading}") + ul a`)
        .evaluateAll((as) => as.map((a) => a.textContent ?? ""));
    const collections = await under("One CSV per collection");
    expect(collections.sort()).toEqual(collectionNames.map((c) => `${c}.csv`).sort());
    const folded = await page
      .locator("details.all-tables a")
      .evaluateAll((as) => as.map((a) => a.textContent ?? ""));
    const links = datapackage.resources
      .map((r) => r.path)
      .filter((p) => p !== "data-dictionary.csv" && !collections.includes(p));
    expect(folded.sort()).toEqual(links.sort());
    expect(await page.locator('main a[href$="/downloads/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe("honest dates", () => {
  it("the home page shows the newest event's date beside the as-of date", async () => {
    const newest = timeline().at(-1)?.start ?? "";
    expect(newest).not.toBe("");
    const page = await open("/", 390, false);
    expect(await page.locator("time[data-newest]").getAttribute("datetime")).toBe(newest);
    expect(await page.locator("time[data-newest]").textContent()).toBe(formatDate(newest));
    expect(await page.locator("time[data-as-of]").getAttribute("datetime")).toBe(datasetMeta.asOf);
    // the newest event is the one with the latest start: no event starts after it
    expect(dataset.events.every((e) => e.start <= newest || e.start.startsWith(newest))).toBe(true);
    await page.close();
  });
});
