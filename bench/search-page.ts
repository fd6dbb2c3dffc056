// The search page on a throttled phone (CPU ×4, 1.6 Mbit/s down, 150 ms round trips, through the
// Chrome DevTools Protocol), in Debian's Chromium: bytes of the first load, and the time from the
// first keystroke to the first results. Timings are taken with the page's own clock.
/// <reference lib="dom" />
import { type CDPSession, chromium, type Page } from "playwright-core";
import { serveStatic } from "../apps/viewer/scripts/serve.mjs";

/** What one profile of the search page measured, medians over the runs. */
export interface SearchPageNumbers {
  runs: number;
  /** Bytes on the wire (compressed) until the load event, of the page without a query. */
  firstLoadBytes: number;
  /** Bytes of the index, fetched on the first interaction. */
  indexBytes: number;
  /** Load event of the page without a query, ms from navigation. */
  loadMs: number;
  /** From the tap on the box (which starts fetching the index) and first keystroke to results. */
  typingToResultsMs: number;
  /** With the index loaded: a keystroke to updated results. */
  warmKeystrokeMs: number;
  /** `?q=Aliyev` opened cold: navigation to results. */
  urlQueryToResultsMs: number;
}

/** What the page records, in its own clock. */
type Marks = { resultsAt?: number | undefined; keyAt?: number | undefined };

const PHONE = {
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Counts the compressed bytes of every response that finishes. */
function countBytes(cdp: CDPSession) {
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response.url));
  cdp.on("Network.loadingFinished", (e) => {
    const url = new URL(urls.get(e.requestId) ?? "about:blank").pathname;
    bytes.set(url, (bytes.get(url) ?? 0) + e.encodedDataLength);
  });
  return bytes;
}

async function throttled(page: Page): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...PHONE });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return countBytes(cdp);
}

/** Marks, in the page's clock, when the results list first gets (or changes) its items. */
const watchResults = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector("ol[data-results]");
    const w = window as unknown as Marks;
    w.resultsAt = undefined;
    new MutationObserver(() => {
      if (list?.children.length) w.resultsAt ??= performance.now();
    }).observe(list as Node, { childList: true });
    document.addEventListener("pointerdown", () => (w.keyAt ??= performance.now()), {
      once: true,
      capture: true,
    });
    document.addEventListener("keydown", () => (w.keyAt ??= performance.now()), {
      once: true,
      capture: true,
    });
  });

const elapsed = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Marks;
    return (w.resultsAt ?? Number.NaN) - (w.keyAt ?? Number.NaN);
  });

/** Measures the search page of the site in `dist` `runs` times on the phone profile. */
export async function benchSearchPage(dist: string, runs = 5): Promise<SearchPageNumbers> {
  const { server, url } = await serveStatic(dist, { port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  const samples = { first: [], index: [], load: [], typing: [], warm: [], url: [] } as Record<
    string,
    number[]
  >;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 3,
      });
      const page = await context.newPage();
      const bytes = await throttled(page);
      await page.goto(`${url}search/`, { waitUntil: "load" });
      samples.first?.push([...bytes.values()].reduce((a, b) => a + b, 0));
      samples.load?.push(
        await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.duration ?? 0),
      );
      await watchResults(page);
      await page.locator("#q").click();
      await page.keyboard.type("Aliyev", { delay: 120 });
      await page.waitForFunction(() => (window as unknown as Marks).resultsAt !== undefined);
      samples.typing?.push(await elapsed(page));
      samples.index?.push(bytes.get("/search-index.json") ?? 0);
      // one more keystroke with the index in memory
      await page.evaluate(() => {
        const w = window as unknown as Marks;
        w.resultsAt = undefined;
        w.keyAt = undefined;
        document.addEventListener("keydown", () => (w.keyAt ??= performance.now()), {
          once: true,
          capture: true,
        });
      });
      await page.keyboard.type(" b");
      await page.waitForFunction(() => (window as unknown as Marks).resultsAt !== undefined);
      samples.warm?.push(await elapsed(page));
      // a shared link with the query: a cold load straight to results
      const cold = await context.newPage();
      await throttled(cold);
      await cold.goto(`${url}search/?q=Aliyev`, { waitUntil: "commit" });
      await cold.waitForSelector("ol[data-results] li");
      samples.url?.push(await cold.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const m = (k: string) => median(samples[k] ?? []);
  return {
    runs,
    firstLoadBytes: m("first"),
    indexBytes: m("index"),
    loadMs: m("load"),
    typingToResultsMs: m("typing"),
    warmKeystrokeMs: m("warm"),
    urlQueryToResultsMs: m("url"),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = new URL("../apps/viewer/dist/", import.meta.url).pathname;
  console.log(await benchSearchPage(dist, Number(process.env.BENCH_RUNS ?? 3)));
}
