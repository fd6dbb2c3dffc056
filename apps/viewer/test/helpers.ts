import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { serveStatic } from "../scripts/serve.mjs";

export const dist = fileURLToPath(new URL("../dist/", import.meta.url));

/** Serves the built site on a free port of 127.0.0.1 and starts Debian Chromium headless. */
export async function startSite(): Promise<{
  base: string;
  browser: Browser;
  stop: () => Promise<void>;
}> {
  if (!existsSync(`${dist}index.html`)) throw new Error(`No build in ${dist}: run the build first`);
  const { server, url } = await serveStatic(dist, { port: 0, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  const stop = async () => {
    await browser.close();
    await new Promise<void>((done) => (server as Server).close(() => done()));
  };
  return { base: url, browser, stop };
}

/** Opens `path` in a fresh context `width` px wide (the context closes with the page). */
export async function openAt(
  browser: Browser,
  base: string,
  path: string,
  width = 1280,
  javaScriptEnabled = true,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  // closing the browser in afterAll can race a context still closing: that race is not a failure
  page.on("close", () => {
    context.close().catch(() => {});
  });
  await page.goto(new URL(path, base).href, { waitUntil: "load" });
  return page;
}

/** axe's WCAG 2.1 A/AA violations on the page, one line each (an empty list when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/** How far the page is wider than its viewport, in px (0 when nothing overflows). */
export const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
