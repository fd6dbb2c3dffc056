import { dataset } from "@aznato/data";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, openAt, overflow, startSite } from "./helpers.ts";

let base: string;
let browser: Browser;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ base, browser, stop } = await startSite());
});
afterAll(async () => {
  await stop?.();
});

const home = dataset.places.find((p) => p.iso3166?.alpha2 === "AZ");
// every place with a point that is not in Azerbaijan (a city with no country record counts)
const abroad = dataset.places.filter((p) => p.coordinates && p.country !== home?.id);
// the maps of places outside Azerbaijan: Europe to Central Asia, and North America
const frames = "#map-abroad svg, #map-americas svg";

describe("the maps of places outside Azerbaijan", () => {
  it("draw one dot for each place with coordinates outside Azerbaijan, linked to its page", async () => {
    expect(abroad.length).toBeGreaterThan(10);
    const page = await openAt(browser, base, "/places/");
    const dots = await page.locator(frames).evaluateAll((svgs) =>
      svgs.flatMap((svg) =>
        [...svg.querySelectorAll("circle")].map((c) => ({
          href: c.closest("a")?.getAttribute("href") ?? "",
          title: c.closest("a")?.querySelector("title")?.textContent ?? "",
        })),
      ),
    );
    for (const place of abroad) {
      const mine = dots.filter((d) => d.href.endsWith(`/places/${place.id}/`));
      expect(mine, place.id).toHaveLength(1);
      expect(mine[0]?.title, place.id).toContain(place.name.en);
    }
    // and no dot for a place in Azerbaijan: those are on the first map
    expect(dots).toHaveLength(abroad.length);
    await page.close();
  });

  it("link every mark to a page that opens on that place", async () => {
    const page = await openAt(browser, base, "/places/");
    const hrefs = await page
      .locator(frames)
      .evaluateAll((svgs) =>
        svgs.flatMap((svg) => [...svg.querySelectorAll("a")].map((a) => a.getAttribute("href"))),
      );
    const ids = new Set<string>(dataset.places.map((p) => p.id));
    for (const href of hrefs) {
      const id = /\/places\/([^/]+)\/$/.exec(href ?? "")?.[1];
      expect(id && ids.has(id), href ?? "").toBe(true);
    }
    // following one of them (a city's name on the map) opens its record
    const kabul = page.locator("#map-abroad a.map-label", { hasText: "Kabul" });
    await Promise.all([page.waitForURL("**/places/kabul/"), kabul.click()]);
    expect(await page.locator("main h1").textContent()).toContain("Kabul");
    await page.close();
  });

  it("draw Azerbaijan apart from its neighbours, and name it", async () => {
    const page = await openAt(browser, base, "/places/");
    const fills = await page
      .locator("#map-abroad svg path")
      .evaluateAll((paths) => paths.map((p) => getComputedStyle(p).fill));
    const homeFill = await page
      .locator("#map-abroad svg path.c-home")
      .evaluate((p) => getComputedStyle(p).fill);
    expect(fills.filter((f) => f === homeFill)).toHaveLength(1);
    expect(await page.locator("#map-abroad .country-label.home").textContent()).toBe(home?.name.en);
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px: nothing overflows, every visible label is 11 px or more`, async () => {
      const page = await openAt(browser, base, "/places/", width);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const small = await page
        .locator(".places-map .map-label, .places-map .country-label")
        .evaluateAll((labels) =>
          labels
            .filter((l) => l.getClientRects().length > 0)
            .map((l) => ({
              text: l.textContent,
              px: Number.parseFloat(getComputedStyle(l).fontSize),
            }))
            .filter((l) => l.px < 11),
        );
      expect(small).toEqual([]);
      await page.close();
    });
  }
});

describe("a foreign place's page", () => {
  it.each(["kabul", "madrid", "washington"])(
    "%s has a locator map with its dot, named for screen readers",
    async (id) => {
      const place = dataset.places.find((p) => p.id === id);
      expect(place?.coordinates).toBeDefined();
      const page = await openAt(browser, base, `/places/${id}/`, 390);
      const locator = page.locator("figure.locator svg[role=img]");
      expect(await locator.locator("circle").count()).toBe(1);
      expect(await locator.locator("title").textContent()).toContain(place?.name.en);
      // the dot sits inside the drawing, not at its edge (a degenerate frame puts it at 0,0)
      const { cx, cy } = await locator
        .locator("circle")
        .evaluate((c) => ({ cx: Number(c.getAttribute("cx")), cy: Number(c.getAttribute("cy")) }));
      expect(cx).toBeGreaterThan(30);
      expect(cy).toBeGreaterThan(30);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
