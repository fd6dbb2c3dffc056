import AxeBuilder from "@axe-core/playwright";
import { dataset } from "@aznato/data";
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

/** Opens `path` in a fresh context `width` px wide (closed with the page). */
async function open(path: string, width = 1280, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  // closing the browser in afterAll can race a context still closing: that race is not a failure
  page.on("close", () => {
    context.close().catch(() => {});
  });
  await page.goto(new URL(path, base).href, { waitUntil: "load" });
  return page;
}

// the pages that carry charts
const chartPages = ["/timeline/", "/places/"];
const hasPersonnel = dataset.operations.some((o) =>
  o.contributions.some((c) => c.personnel !== undefined),
);
const operation = dataset.operations.find((o) =>
  o.contributions.some((c) => c.personnel !== undefined),
);
const eventsWithDots = dataset.events.length;
const embassyRoles = dataset.organizations.flatMap((o) =>
  o.roles.filter((r) => r.role === "nato-contact-point-embassy"),
);
const datedBars =
  dataset.programmes.filter((p) => p.start).length +
  dataset.operations.length +
  embassyRoles.filter((r) => r.start).length;

describe("chart marks are links with tooltips", () => {
  it("clicking a bar opens its record", async () => {
    const op = dataset.operations[0];
    expect(op).toBeDefined();
    const page = await open("/timeline/");
    const bar = page.locator(`.swim svg a[href$="/operations/${op?.id}/"] rect`);
    expect(await bar.count()).toBe(1);
    await Promise.all([page.waitForURL(`**/operations/${op?.id}/`), bar.click()]);
    expect(await page.locator("main h1").textContent()).toContain(op?.name.en);
    await page.close();
  });

  it("clicking a personnel figure opens its operation", async () => {
    expect(hasPersonnel).toBe(true);
    const page = await open("/timeline/");
    const mark = page
      // another source's figure can sit under the figure it disputes: click the figure itself
      .locator(`.contingent svg a.mark:not(.alternative)[href$="/operations/${operation?.id}/"]`)
      .first();
    await Promise.all([page.waitForURL(`**/operations/${operation?.id}/`), mark.click()]);
    expect(await page.locator("main h1").textContent()).toContain(operation?.name.en);
    await page.close();
  });

  it("clicking an event dot opens the event", async () => {
    const event = dataset.events[0];
    const page = await open("/timeline/", 390);
    const dot = page.locator(`.swim svg a[href$="/events/${event?.id}/"] circle`);
    expect(await dot.count()).toBe(1);
    await Promise.all([page.waitForURL(`**/events/${event?.id}/`), dot.click()]);
    expect(await page.locator("main h1").textContent()).toContain(event?.title);
    await page.close();
  });

  it("clicking a shaded country on the map opens its place", async () => {
    const page = await open("/places/");
    const country = page.locator('.places-map svg a[href*="/places/"]').first();
    const href = await country.getAttribute("href");
    await Promise.all([page.waitForURL(`**${href}`), country.locator("path").click()]);
    expect(new URL(page.url()).pathname).toBe(href);
    await page.close();
  });

  it.each(chartPages)(
    "every mark on %s is a link whose first child is a non-empty <title>",
    async (path) => {
      const page = await open(path);
      const marks = await page.locator("figure svg").evaluateAll((svgs) =>
        svgs.flatMap((svg) =>
          [...svg.querySelectorAll("rect, circle, path")]
            // shapes in the legend and the backdrop are not marks
            .filter(
              (shape) =>
                !shape.closest("figcaption") &&
                !(shape.tagName === "rect" && shape.parentElement === svg),
            )
            .map((shape) => {
              const link = shape.closest("a");
              const title = link?.firstElementChild;
              return {
                tag: shape.tagName,
                href: link?.getAttribute("href") ?? null,
                title: title?.tagName === "title" ? (title.textContent ?? "") : null,
                // plain outlines (countries not in the dataset) are the only shapes that need no link
                backdrop: shape.getAttribute("class") === "c-other",
              };
            }),
        ),
      );
      const real = marks.filter((m) => !m.backdrop);
      expect(real.length).toBeGreaterThan(0);
      for (const m of real) {
        expect(m.href, JSON.stringify(m)).toMatch(/\/[a-z]+\/[^/]+\/$/);
        expect(m.title?.trim().length, JSON.stringify(m)).toBeGreaterThan(0);
      }
      await page.close();
    },
  );

  it("the timeline chart draws a dot per event and a bar per dated programme, operation and mandate", async () => {
    const page = await open("/timeline/");
    expect(await page.locator(".swim .events svg a").count()).toBe(eventsWithDots);
    expect(await page.locator(".swim .rows svg a").count()).toBe(datedBars);
    // tooltips name the record and its dates
    const isaf = dataset.operations[0];
    const title = await page
      .locator(`.swim .rows svg a[href$="/operations/${isaf?.id}/"] title`)
      .textContent();
    expect(title).toContain(isaf?.name.en);
    expect(title).toContain(isaf?.participation.start.slice(0, 4));
    // undated mandates are listed, not drawn
    for (const org of dataset.organizations.filter((o) =>
      o.roles.some((r) => r.role === "nato-contact-point-embassy" && !r.start),
    )) {
      expect(
        await page.locator(`.swim .undated a[href$="/organizations/${org.id}/"]`).count(),
      ).toBe(1);
    }
    await page.close();
  });

  it("spells out acronyms and never cuts a label", async () => {
    const page = await open("/timeline/", 390);
    const labels = await page.locator(".swim .rows .label").allTextContents();
    for (const p of dataset.programmes.filter((p) => p.acronym && p.start && !p.parent)) {
      expect(labels).toContain(`${p.name.en} (${p.acronym})`);
    }
    for (const l of labels) expect(l).not.toMatch(/…|\.\.\.$/);
    // no label is clipped: its text fits its box
    const clipped = await page
      .locator(".swim .rows .label")
      .evaluateAll((els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
      );
    expect(clipped).toEqual([]);
    await page.close();
  });
});

describe("charts on a phone", () => {
  for (const width of [390, 1280]) {
    it.each(chartPages)(
      `%s at ${width} px: no sideways scroll, chart text at 11 px or more`,
      async (path) => {
        const page = await open(path, width);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        const sizes = await page.locator("figure").evaluateAll((figures) =>
          figures.flatMap((figure) => [
            // SVG text: its font size times the scale the SVG is drawn at
            ...[...figure.querySelectorAll<SVGTextElement>("svg text")]
              .filter((t) => t.getClientRects().length > 0)
              .map((t) => {
                const ctm = t.getScreenCTM();
                const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
                return {
                  text: t.textContent,
                  px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
                  svg: true,
                };
              }),
            // labels drawn in HTML over or beside the graphics
            ...[
              ...figure.querySelectorAll<HTMLElement>(".label, .map-label, .legend, .hint, .group"),
            ]
              .filter((e) => e.getClientRects().length > 0)
              .map((e) => ({
                text: e.textContent,
                px: Number.parseFloat(getComputedStyle(e).fontSize),
                svg: false,
              })),
          ]),
        );
        expect(sizes.some((s) => s.svg) || path === "/places/").toBe(true);
        expect(sizes.filter((s) => s.px < 11)).toEqual([]);
        // the charts' tables, opened, stay inside the page too (they scroll in their own box)
        await page.locator("figure details").evaluateAll((all) => {
          for (const d of all) (d as HTMLDetailsElement).open = true;
        });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        await page.close();
      },
    );
  }

  it("the personnel chart's text is measured at its drawn size (a shrunk SVG would fail)", async () => {
    const page = await open("/timeline/", 390);
    const { width, rendered } = await page.locator(".contingent svg.marks").evaluate((svg) => {
      // the first label drawn at this width (minor years are hidden on a phone)
      const text = svg.querySelector("text:not(.minor)") as SVGTextElement;
      return {
        width: svg.getBoundingClientRect().width,
        rendered: text.getBoundingClientRect().height,
      };
    });
    // the plot fills the phone's column rather than a fixed desktop width scaled down
    expect(width).toBeLessThanOrEqual(390);
    expect(rendered).toBeGreaterThanOrEqual(11);
    await page.close();
  });
});

describe("the personnel chart", () => {
  it("draws only sourced figures, and no line between them", async () => {
    const page = await open("/timeline/");
    const figures = dataset.operations.flatMap((o) =>
      o.contributions.filter((c) => c.personnel !== undefined),
    );
    const alternatives = figures.flatMap((c) =>
      (c.alternatives ?? []).filter((a) => a.field.endsWith("personnel")),
    );
    expect(await page.locator(".contingent svg.marks a.mark").count()).toBe(
      figures.length + alternatives.length,
    );
    const joins = await page.locator(".contingent svg.marks").evaluate((svg) => ({
      polylines: svg.querySelectorAll("polyline, polygon").length,
      // paths are only the marks' own shapes, inside their link
      loosePaths: [...svg.querySelectorAll("path")].filter((p) => !p.closest("a.mark")).length,
      // lines are horizontal grid lines or the x axis' tick marks, never a slope
      slopes: [...svg.querySelectorAll("line")].filter(
        (l) =>
          l.getAttribute("y1") !== l.getAttribute("y2") &&
          l.getAttribute("x1") !== l.getAttribute("x2"),
      ).length,
    }));
    expect(joins).toEqual({ polylines: 0, loosePaths: 0, slopes: 0 });
    // every figure, its date and its source are in the table
    const rows = await page.locator(".contingent tbody tr").allInnerTexts();
    expect(rows).toHaveLength(figures.length);
    await page.close();
  });
});

describe("timeline numbering", () => {
  const ordinals = (page: Page) =>
    page
      .locator("ol.years > li:not([hidden]) > ol")
      .evaluateAll((lists) =>
        lists.flatMap((ol) =>
          [...(ol as HTMLOListElement).querySelectorAll(":scope > li:not([hidden])")].map(
            (_, i) => (ol as HTMLOListElement).start + i,
          ),
        ),
      );

  it("runs on across the years instead of restarting at 1, without JavaScript too", async () => {
    const page = await open("/timeline/", 1280, false);
    const numbers = await ordinals(page);
    expect(numbers).toEqual(Array.from({ length: dataset.events.length }, (_, i) => i + 1));
    await page.close();
  });

  it("counts the events shown when the list is filtered", async () => {
    const area = dataset.areas.find((a) => {
      const n = dataset.events.filter((e) => e.areas.includes(a.id)).length;
      return n > 1 && n < dataset.events.length;
    });
    expect(area).toBeDefined();
    const count = dataset.events.filter((e) => area && e.areas.includes(area.id)).length;
    const page = await open(`/timeline/?area=${area?.id}`);
    await expect.poll(() => ordinals(page)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    await page.close();
  });
});

describe("accessibility of the narrow layout", () => {
  // axe runs one page at a time: it is CPU-bound on a shared machine
  for (const path of chartPages) {
    it(`${path} at 390 px has no axe violations`, async () => {
      const page = await open(path, 390);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
      ).toEqual([]);
      await page.close();
    });
  }
});
