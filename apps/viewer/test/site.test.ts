import { readdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type AnyRecord, citationsFor, collectionNames, dataset, fold } from "@aznato/data";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dist, startSite } from "./helpers.ts";

let base: string;
let browser: Browser;
let context: BrowserContext;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ base, browser, stop } = await startSite());
  context = await browser.newContext();
});
afterAll(async () => {
  await context?.close();
  await stop?.();
});

/** Opens a page, collecting console errors, page errors and requests that leave the site. */
async function open(path: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  await page.goto(new URL(path, base).href, { waitUntil: "load" });
  return { page, errors, foreign };
}

const firstOf = <T>(list: readonly T[], what: string): T => {
  const item = list[0];
  if (!item) throw new Error(`The dataset has no ${what}`);
  return item;
};

const claim = firstOf(
  dataset.claims.filter((c) => c.statement.start !== undefined),
  "claim with offsets",
);
const event = firstOf(
  dataset.events.filter((e) => e.citations.length > 0),
  "event",
);

// one page per template (and a record page per collection, their field layouts differ)
const templates = [
  "/",
  "/timeline/",
  "/events/",
  "/places/",
  "/claims/",
  "/source-document/",
  "/fact-check/",
  "/dictionary/",
  "/about/",
  "/downloads/",
  "/coverage/",
  "/search/?q=Baku",
  "/no-such-page/",
  ...collectionNames.flatMap((c) => {
    const record = dataset[c][0];
    return record ? [`/${c}/${record.id}/`] : [];
  }),
];

describe("every page template", () => {
  // one page at a time: axe is CPU-bound, and on a shared 2-core machine two runs starve each other
  it.each(templates)(
    "%s loads without console errors or third-party requests, and passes axe",
    async (path) => {
      const { page, errors, foreign } = await open(path);
      expect(errors).toEqual(
        path === "/no-such-page/" ? errors.filter((e) => e.includes("404")) : [],
      );
      expect(foreign).toEqual([]);
      expect(await page.locator("main h1").count()).toBe(1);
      expect(await page.locator("header nav, main, footer").count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator("header form[role=search] input[name=q]").count()).toBe(1);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
      await page.close();
    },
  );
});

describe("search, filters and the table", () => {
  it('finds Şəki when searching "Seki", and keeps the query in the URL', async () => {
    const target = dataset.places.find((p) => p.name.az && fold(p.name.az).includes("seki"));
    expect(target, "a place named Şəki").toBeDefined();
    const { page } = await open("/places/");
    await page.getByLabel("Filter places").fill("Seki");
    await expect.poll(() => page.url()).toContain("q=Seki");
    const visible = page.locator("tbody tr:not([hidden])");
    await expect.poll(() => visible.count()).toBeGreaterThan(0);
    expect(await visible.count()).toBeLessThan(dataset.places.length);
    await expect.poll(() => visible.locator(`a[href$="/places/${target?.id}/"]`).count()).toBe(1);
    expect(await visible.first().textContent()).toContain("Şəki");
    // the URL restores the view
    const again = await open(page.url().slice(base.length - 1));
    expect(await again.page.getByLabel("Filter places").inputValue()).toBe("Seki");
    expect(await again.page.locator("tbody tr:not([hidden])").count()).toBe(await visible.count());
    await page.close();
    await again.page.close();
  });

  it("filters the timeline by an area, changing the list and the URL", async () => {
    const counts = dataset.areas.map((a) => ({
      id: a.id,
      count: dataset.events.filter((e) => e.areas.includes(a.id)).length,
    }));
    const area = counts.find((a) => a.count > 0 && a.count < dataset.events.length);
    expect(area).toBeDefined();
    const { page } = await open("/timeline/");
    const items = page.locator("li[data-event]:not([hidden])");
    expect(await items.count()).toBe(dataset.events.length);
    await page.getByLabel("Area").selectOption(area?.id ?? "");
    await expect.poll(() => items.count()).toBe(area?.count);
    expect(page.url()).toContain(`area=${area?.id}`);
    await expect(page.locator("[data-status]").textContent()).resolves.toContain(
      `Showing ${area?.count} of`,
    );
    await page.close();
  });

  it("sorts by a header with the keyboard (Enter and Space) and shows focus", async () => {
    const { page } = await open("/events/");
    const header = page.locator('th[data-key="start"]');
    const button = header.getByRole("button");
    // Tab from the search box reaches the controls, then the sort buttons in order
    await page.getByLabel("Filter events").focus();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await button.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    const dates = () =>
      page
        .locator("tbody tr td:first-child time")
        .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
    const asc = await dates();
    expect(asc).toEqual([...asc].sort());
    await page.keyboard.press("Space");
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    expect(await dates()).toEqual([...asc].reverse());
    expect(page.url()).toContain("sort=start");
    expect(page.url()).toContain("order=desc");
    await page.close();
  });
});

describe("records and the source document", () => {
  it("a record page shows its citations with quote and source", async () => {
    const { page } = await open(`/events/${event.id}/`);
    const quotes = await page.locator(".citation blockquote").allInnerTexts();
    for (const c of event.citations) expect(quotes).toContain(c.quote);
    const source = dataset.sources.find((s) => s.id === event.citations[0]?.source);
    expect(
      await page.locator(`.citation a[href$="/sources/${source?.id}/"]`).count(),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it("the source document highlights a known quote and links it to its claim", async () => {
    const { page } = await open("/source-document/");
    const mark = page.locator(`mark#at-${claim.statement.start}`);
    expect(await mark.count()).toBe(1);
    const marked = await page
      .locator("mark")
      .evaluateAll((els) => els.map((e) => e.textContent).join(""));
    expect(marked.replace(/\s+/g, " ")).toContain(claim.statement.quote.replace(/\s+/g, " "));
    expect(await page.locator(`sup.refs a[href$="/claims/${claim.id}/"]`).count()).toBe(1);
    await page.close();
  });

  it("the fact check shows each claim's verdict and links to the passage", async () => {
    const { page } = await open("/fact-check/");
    const article = page.locator("article", { has: page.locator(`#h-${claim.id}`) });
    expect(await article.textContent()).toContain(claim.verdict);
    expect(
      await article.locator(`a[href$="/source-document/#at-${claim.statement.start}"]`).count(),
    ).toBe(1);
    await page.close();
  });
});

describe("without JavaScript and with the names switch", () => {
  it("tables and the timeline read fully without JavaScript", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(new URL("/events/", base).href);
    expect(await page.locator("tbody tr").count()).toBe(dataset.events.length);
    expect(await page.locator("form[data-controls]").isHidden()).toBe(true);
    await page.goto(new URL("/timeline/", base).href);
    expect(await page.locator("li[data-event]").count()).toBe(dataset.events.length);
    await noJs.close();
  });

  it("switches names between English and Azerbaijani with no script", async () => {
    const place = dataset.places.find((p) => p.name.az && p.name.az !== p.name.en);
    expect(place).toBeDefined();
    const { page } = await open(`/places/${place?.id}/`);
    const heading = page.locator("main h1");
    expect(await heading.textContent()).toContain(place?.name.az);
    await page.locator("details.menu > summary").click();
    await page.getByLabel("English").check();
    expect(await heading.locator(".n-az").isVisible()).toBe(false);
    expect(await heading.locator(".n-en").isVisible()).toBe(true);
    await page.getByLabel("Azərbaycanca").check();
    expect(await heading.locator(".n-en").isVisible()).toBe(false);
    expect(await heading.locator(".n-az").isVisible()).toBe(true);
    await page.close();
  });
});

describe("phones and laptops", () => {
  const builtPages = (dir: string, prefix = "/"): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory()) {
        // downloads/ holds the data files and one page, its index.html
        return entry.name === "api" || entry.name === "_astro"
          ? []
          : builtPages(join(dir, entry.name), `${prefix}${entry.name}/`);
      }
      return entry.name === "index.html"
        ? [prefix]
        : entry.name === "404.html"
          ? ["/404.html"]
          : [];
    });
  const paths = builtPages(dist);

  // every built page, not a sample: one context and one tab per width, reused; no axe here
  it.each([390, 1280])("no page is wider than a %i px viewport", async (width) => {
    expect(paths.length).toBeGreaterThan(dataset.events.length);
    const wide = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await wide.newPage();
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, base).href, { waitUntil: "load" });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) overflowing.push(`${path} ${scroll}px`);
    }
    await wide.close();
    expect(overflowing).toEqual([]);
  });
});

describe("names in two languages", () => {
  const withAz = dataset.places.find((p) => p.name.az && p.name.az !== p.name.en);
  const person = dataset.people.find((p) => p.name.az && p.name.az !== p.name.en);

  it("the choice persists across pages and applies before the first paint", async () => {
    expect(withAz && person).toBeTruthy();
    const fresh = await browser.newContext();
    // records the choice at the moment <body> exists, i.e. before anything of it is painted
    await fresh.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { namesAtBody: string }).namesAtBody =
            document.documentElement.dataset.names ?? "unset";
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await fresh.newPage();
    await page.goto(new URL(`/places/${withAz?.id}/`, base).href);
    await page.locator("details.menu > summary").click();
    await page.getByLabel("English").check();
    await page.goto(new URL(`/people/${person?.id}/`, base).href);
    expect(
      await page.evaluate(() => (window as unknown as { namesAtBody: string }).namesAtBody),
    ).toBe("en");
    expect(await page.locator("main h1 .n-az").isVisible()).toBe(false);
    expect(await page.locator("main h1 .n-en").isVisible()).toBe(true);
    expect(await page.locator("#names-en").isChecked()).toBe(true);
    await page.locator("details.menu > summary").click();
    await page.getByLabel("both").check();
    await page.reload();
    expect(
      await page.evaluate(() => (window as unknown as { namesAtBody: string }).namesAtBody),
    ).toBe("unset");
    expect(await page.locator("main h1 .n-az").isVisible()).toBe(true);
    await fresh.close();
  });

  it("Azerbaijani text is marked lang=az wherever it appears", async () => {
    // a source title or quote in Azerbaijani from a source tagged with another language keeps the
    // source's tag (the data has no per-quote language; reported); every other Azerbaijani text,
    // names above all, must carry lang="az"
    const language = new Map(dataset.sources.map((s) => [s.id as string, s.language as string]));
    const mixedTitles = [
      ...dataset.sources
        .filter((s) => s.language !== "az" && /[əƏ]/.test(s.title))
        .map((s) => s.title),
      ...collectionNames.flatMap((c) =>
        (dataset[c] as readonly AnyRecord[]).flatMap((r) =>
          citationsFor(r.id)
            .filter((x) => language.get(x.source.id) !== "az" && /[əƏ]/.test(x.citation.quote))
            .map((x) => x.citation.quote.trim()),
        ),
      ),
    ];
    const pages = [
      "/",
      "/places/",
      "/people/",
      "/sources/",
      `/places/${withAz?.id}/`,
      `/people/${person?.id}/`,
      "/search/?q=Baku",
      "/timeline/",
      "/about/",
    ];
    for (const path of pages) {
      const { page } = await open(path);
      await page.waitForLoadState("load");
      if (path.startsWith("/search/"))
        await expect.poll(() => page.locator("ol[data-results] li").count()).toBeGreaterThan(0);
      const unmarked = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? "";
          // README prose (About) is the package's text: examples in it are its to mark up
          if (!/[əƏ]/.test(text) || node.parentElement?.closest(".readme")) continue;
          const lang = node.parentElement?.closest("[lang]")?.getAttribute("lang") ?? "";
          if (!lang.startsWith("az")) found.push(text.trim().slice(0, 60));
        }
        return found;
      });
      expect(
        unmarked.filter((t) => !mixedTitles.some((m) => m.startsWith(t.replace(/^:\s*/, "")))),
        path,
      ).toEqual([]);
      await page.close();
    }
  });
});
