// The search page in Chromium: the same hits as the package's searchPage(), marked snippets,
// filters, order, paging, both widths, axe, and the fallback without JavaScript.
import AxeBuilder from "@axe-core/playwright";
import { collectionNames, dataset, type SearchOptions, searchPage } from "@aznato/data";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite } from "./helpers.ts";

let base: string;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ base, browser, stop } = await startSite());
});
afterAll(async () => {
  await stop?.();
});

const PER_PAGE = 20;

/** Opens the search page at a width, counting requests for the index and errors. */
async function open(path: string, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const fetched: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(new URL(path, base).href, { waitUntil: "load" });
  return { page, errors, fetched, close: () => context.close() };
}

const status = (page: Page) => page.locator("[data-status]");
const hrefs = (page: Page) =>
  page
    .locator("ol[data-results] > li > a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
const expected = (q: string, options: SearchOptions = {}) =>
  searchPage(q, { limit: PER_PAGE, ...options }).hits.map((h) => `/${h.collection}/${h.id}/`);
const waitForResults = (page: Page) =>
  expect.poll(() => status(page).textContent()).toMatch(/match/);

describe("the search page", () => {
  it.each(["Aliyev", "ISAF troops", "Qarabağ", "Seki", "Bakı", "Stoltenbreg"])(
    "gives for %s the hits and marked snippets of the package's search",
    async (q) => {
      const { page, errors, close } = await open(`/search/?q=${encodeURIComponent(q)}`);
      await waitForResults(page);
      expect(await hrefs(page)).toEqual(expected(q));
      const marks = await page.locator("ol[data-results] .snippet mark").allTextContents();
      const want = searchPage(q, { limit: PER_PAGE })
        .hits.filter((h) => h.snippet && h.snippet.text !== h.id)
        .flatMap((h) => h.snippet?.marks.map(([a, b]) => h.snippet?.text.slice(a, b)) ?? []);
      expect(marks.length).toBeGreaterThan(0);
      expect(want).toEqual(expect.arrayContaining(marks));
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("fetches the index once, after the page, however many queries follow", async () => {
    const { page, fetched, close } = await open("/search/");
    await page.locator("#q").fill("Baku");
    await waitForResults(page);
    await page.locator("#q").fill("Sheki");
    await expect.poll(() => status(page).textContent()).toContain("Sheki");
    expect(fetched.filter((p) => p === "/search-index.json")).toHaveLength(1);
    expect(page.url()).toContain("?q=Sheki");
    // with a query in the URL the page preloads it, and the script uses that one copy
    const shared = await open("/search/?q=Baku");
    await waitForResults(shared.page);
    expect(shared.fetched.filter((p) => p === "/search-index.json")).toHaveLength(1);
    expect(await shared.page.locator("link[rel=preload][as=fetch]").count()).toBe(1);
    await shared.close();
    await close();
  });

  it("answers the header's search box of any page", async () => {
    const { page, close } = await open("/");
    await page.locator("#site-q").fill("Əliyev");
    await page.locator("#site-q").press("Enter");
    await page.waitForURL(/\/search\/\?q=/);
    await waitForResults(page);
    expect(await hrefs(page)).toEqual(expected("Aliyev"));
    await close();
  });

  it("filters by collection and event type, with counts, in the URL", async () => {
    const q = "Aliyev";
    const { page, close } = await open(`/search/?q=${q}`);
    await waitForResults(page);
    const all = searchPage(q);
    const events = page.locator("select[name=in]");
    expect(await page.getByRole("combobox", { name: "Collection" }).count()).toBe(1);
    expect(await events.locator("option[value=events]").textContent()).toBe(
      `Events (${all.counts.collections.events})`,
    );
    await events.selectOption("events");
    await expect.poll(() => hrefs(page)).toEqual(expected(q, { collections: ["events"] }));
    expect(page.url()).toContain("in=events");
    await page.getByRole("combobox", { name: "Event type" }).selectOption("visit");
    await expect
      .poll(() => hrefs(page))
      .toEqual(expected(q, { collections: ["events"], types: ["visit"] }));
    expect(page.url()).toContain("type=visit");
    await events.selectOption("people");
    await expect.poll(() => page.locator("select[name=type]").isVisible()).toBe(false);
    await expect.poll(() => hrefs(page)).toEqual(expected(q, { collections: ["people"] }));
    await close();
  });

  it("orders by date on request", async () => {
    const { page, close } = await open("/search/?q=summit");
    await waitForResults(page);
    await page.getByLabel("Newest first").check();
    await expect.poll(() => hrefs(page)).toEqual(expected("summit", { order: "date-desc" }));
    expect(page.url()).toContain("order=date-desc");
    await page.getByLabel("Oldest first").check();
    await expect.poll(() => hrefs(page)).toEqual(expected("summit", { order: "date" }));
    await close();
  });

  it("pages the results, with the page in the URL and Back going back", async () => {
    const q = "Aliyev";
    const total = searchPage(q).total;
    expect(total).toBeGreaterThan(2 * PER_PAGE);
    const { page, close } = await open(`/search/?q=${q}`);
    await waitForResults(page);
    expect(await hrefs(page)).toHaveLength(PER_PAGE);
    const pages = page.getByRole("navigation", { name: "Result pages" });
    expect(await pages.textContent()).toContain(`Page 1 of ${Math.ceil(total / PER_PAGE)}`);
    await pages.getByRole("link", { name: /Next/ }).click();
    await expect.poll(() => hrefs(page)).toEqual(expected(q, { offset: PER_PAGE }));
    expect(page.url()).toContain("page=2");
    expect(await page.locator("ol[data-results]").getAttribute("start")).toBe(String(PER_PAGE + 1));
    await page.goBack();
    await expect.poll(() => hrefs(page)).toEqual(expected(q));
    await close();
  });

  it.each([390, 1280])(
    "fits %i px without sideways scrolling, in a few screens, and passes axe",
    async (width) => {
      const { page, errors, close } = await open("/search/?q=Aliyev", width);
      await waitForResults(page);
      const size = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      }));
      expect(size.scroll).toBeLessThanOrEqual(width);
      // 20 hits a page: no 10,000-px phone page
      expect(size.height).toBeLessThan(width < 600 ? 7000 : 4000);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
      ).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("without JavaScript lists every record and hides the filters", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(new URL("/search/?q=Baku", base).href);
    expect(await page.locator("[data-no-js] .note").isVisible()).toBe(true);
    expect(await page.locator("[data-filters]").isVisible()).toBe(false);
    const total = collectionNames.reduce((n, c) => n + dataset[c].length, 0);
    expect(await page.locator("[data-no-js] details li a").count()).toBe(total);
    await context.close();
  });
});
