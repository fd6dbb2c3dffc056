import { chromium } from "playwright-core";
import { serveStatic } from "./scripts/serve.mjs";

const { server, url } = await serveStatic("./dist", { port: 0, host: "127.0.0.1" });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
  ],
});
const pages = process.argv.slice(2);
for (const width of [390, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.goto(url + p.replace(/^\//, ""), { waitUntil: "load" });
    await page.waitForTimeout(300);
    const name = (p.replace(/[^a-z0-9]+/gi, "_") || "home") + `-${width}.png`;
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    const y = Number(process.env.Y ?? 0);
    await page.screenshot({
      path: `/tmp/shots-main/${name}`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(width === 390 ? 1500 : 1100, h - y) },
    });
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(name, w);
  }
  await ctx.close();
}
await browser.close();
server.close();
