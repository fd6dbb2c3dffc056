// The site's pages in Chromium under the Content-Security-Policy the server sends: their own
// inline and module scripts run without a violation, and an injected inline script is blocked.
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

type Watched = { page: Page; violations: () => Promise<string[]>; errors: string[] };

/** Opens `path`, recording every CSP violation the page reports and every console error. */
async function open(path: string): Promise<Watched> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("close", () => {
    context.close().catch(() => {});
  });
  // an init script comes from the browser itself, before any of the page's: CSP does not apply to it
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(new URL(path, base).href, { waitUntil: "load" });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { page, violations, errors };
}

describe("the Content-Security-Policy in Chromium", () => {
  it("lets the name-language scripts run: the choice applies, is stored and applies before paint", async () => {
    const { page, violations, errors } = await open("/events/");
    await page.locator("details:has(#names-en) > summary").click();
    await page.locator("#names-en").check();
    expect(await page.evaluate(() => document.documentElement.dataset.names)).toBe("en");
    await page.reload({ waitUntil: "load" });
    // the pre-paint script read the stored choice, the header script ticked its radio
    expect(await page.evaluate(() => document.documentElement.dataset.names)).toBe("en");
    expect(await page.locator("#names-en").isChecked()).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets the search page's inline and module scripts run", async () => {
    const { page, violations, errors } = await open("/search/?q=Baku");
    // the inline script preloads the index for a query in the URL; the module script searches it
    expect(await page.locator('link[rel="preload"][as="fetch"]').count()).toBe(1);
    await expect.poll(() => page.locator("[data-status]").textContent()).toMatch(/match/);
    expect(await page.locator("ol[data-results] > li").count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(["/fact-check/", "/events/", "/api/"])(
    "reports no violation on %s (Astro's inlined module scripts, TypeDoc's theme script)",
    async (path) => {
      const { page, violations, errors } = await open(path);
      expect(await violations()).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
      await page.close();
    },
  );

  it("blocks an injected inline script and reports it", async () => {
    const { page, violations, errors } = await open("/");
    await page
      .addScriptTag({ content: "window.__injected = true;" })
      .catch((error: Error) => errors.push(error.message));
    await page.evaluate(() => {
      const div = document.createElement("div");
      div.innerHTML = '<img src="/favicon.svg" onload="window.__handler = true">';
      document.body.append(div);
    });
    await expect.poll(violations).toHaveLength(2);
    const state = await page.evaluate(() => {
      const w = window as unknown as { __injected?: boolean; __handler?: boolean };
      return [w.__injected, w.__handler];
    });
    expect(state).toEqual([undefined, undefined]);
    for (const violation of await violations()) expect(violation).toMatch(/^script-src/);
    expect(errors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    await page.close();
  });
});
