import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
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
