// The reader-facing pages: downloads, honest dates, charts that finish,
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

const lastYear = (dates: string[]) => Math.max(...dates.map((d) => Number(d.slice(0, 4))));

describe("charts that finish", () => {
  it.each(widths)("the timeline's year labels run to the last year at %i px", async (width) => {
    const last = lastYear([datasetMeta.asOf, ...dataset.events.map((e) => e.start)]);
    const page = await clean("/timeline/", width, true);
    const labels = await page
      .locator(".swim .axis svg")
      .first()
      .locator("text")
      .evaluateAll((ts) =>
        ts
          .filter((t) => getComputedStyle(t).display !== "none")
          .map((t) => {
            const box = t.getBoundingClientRect();
            return { year: Number(t.textContent), left: box.left, right: box.right };
          }),
      );
    expect(labels.at(-1)?.year).toBe(last);
    // visible labels never overlap and stay inside the window
    for (let i = 1; i < labels.length; i++)
      expect(labels[i]?.left ?? 0).toBeGreaterThan(labels[i - 1]?.right ?? 0);
    expect(labels.at(-1)?.right ?? Infinity).toBeLessThanOrEqual(width);
    await page.close();
  });

  it("the personnel chart labels its ticks up to its last figure, each label on its tick", async () => {
    const figures = dataset.operations.flatMap((o) =>
      o.contributions.filter((c) => c.personnel !== undefined).map((c) => c.date),
    );
    const page = await open("/timeline/", 1280);
    const axis = await page
      .locator(".contingent svg.marks")
      .first()
      .evaluate((svg) => {
        const visible = (e: Element) => getComputedStyle(e).display !== "none";
        const ticks = [...svg.querySelectorAll("line.tick")]
          .filter(visible)
          .map((l) => l.getBoundingClientRect().left);
        const labels = [...svg.querySelectorAll("g text")].filter(visible).map((t) => {
          const b = t.getBoundingClientRect();
          const anchor = t.getAttribute("text-anchor");
          // where the label meets its tick: its centre, or its start or end at the plot's edges
          const at =
            anchor === "start" ? b.left : anchor === "end" ? b.right : (b.left + b.right) / 2;
          return { year: Number(t.textContent), at };
        });
        return { ticks, labels };
      });
    expect(axis.labels.at(-1)?.year).toBe(lastYear(figures));
    // every label is on a drawn tick (within 2 px)
    for (const l of axis.labels)
      expect(Math.min(...axis.ticks.map((t) => Math.abs(t - l.at))), String(l.year)).toBeLessThan(
        2,
      );
    await page.close();
  });

  it.each(widths)(
    "an operation page has a contributions table and a chart of sourced points at %i px",
    async (width) => {
      const op = dataset.operations.reduce((a, b) =>
        b.contributions.length > a.contributions.length ? b : a,
      );
      const page = await clean(`/operations/${op.id}/`, width);
      expect(await page.locator("table[data-contributions] tbody tr").count()).toBe(
        op.contributions.length,
      );
      const sourced = op.contributions.filter((c) => c.personnel !== undefined).length;
      expect(
        await page.locator(".contributions .contingent a.mark:not(.alternative)").count(),
      ).toBe(sourced);
      // nothing joins the points: no line or path between marks
      expect(await page.locator(".contributions .contingent polyline").count()).toBe(0);
      // the contributions are no longer repeated as definition lists among the key facts
      expect(
        await page.locator("#facts-heading ~ dl dt", { hasText: /^Contributions$/ }).count(),
      ).toBe(0);
      if (width === 390) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height).toBeLessThan(11_000);
      }
      await page.close();
    },
  );
});

describe("the fact check", () => {
  const counts = new Map<string, number>();
  for (const c of dataset.claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  const [verdict, count] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? ["", 0];

  it.each(widths)(
    "has a verdict bar, a filter by verdict and jump links without JavaScript at %i px",
    async (width) => {
      const page = await clean("/fact-check/", width);
      const segments = await page
        .locator(".verdict-summary a.seg")
        .evaluateAll((as) =>
          as.map((a) => ({ text: a.textContent ?? "", width: a.getBoundingClientRect().width })),
        );
      expect(segments.map((s) => Number.parseInt(s.text, 10)).reduce((a, b) => a + b, 0)).toBe(
        dataset.claims.length,
      );
      expect(await page.locator(".claim-jump a").count()).toBe(dataset.claims.length);
      await page.locator(`.verdict-filter a[data-filter="${verdict}"]`).click();
      await expect.poll(() => page.locator("article.claim:visible").count()).toBe(count);
      expect(
        await page
          .locator("article.claim:visible")
          .evaluateAll((as) => as.map((a) => a.getAttribute("data-verdict"))),
      ).toEqual(new Array(count).fill(verdict));
      expect(await page.locator(".filter-note:visible").textContent()).toContain(`${count}`);
      await page.locator('.verdict-filter a[data-filter="all"]').click();
      await expect
        .poll(() => page.locator("article.claim:visible").count())
        .toBe(dataset.claims.length);
      const last = dataset.claims.length;
      await page
        .locator(".claim-jump a")
        .nth(last - 1)
        .click();
      expect(new URL(page.url()).hash).toMatch(/^#h-/);
      expect(await page.locator(`${new URL(page.url()).hash}`).isVisible()).toBe(true);
      await page.close();
    },
  );

  it("marks the current filter with JavaScript, and gives each verdict its own colour", async () => {
    const page = await open(`/fact-check/#only-${verdict}`, 390);
    await expect
      .poll(() =>
        page.locator(`.verdict-filter a[data-filter="${verdict}"]`).getAttribute("aria-current"),
      )
      .toBe("true");
    const doc = await open("/source-document/", 390);
    const legend = await doc.locator(".legend mark").evaluateAll((ms) =>
      ms.map((m) => ({
        colour: getComputedStyle(m).backgroundColor,
        lines: Math.round(
          m.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(m).lineHeight),
        ),
      })),
    );
    expect(new Set(legend.map((l) => l.colour)).size).toBe(legend.length);
    // no legend entry breaks over two lines
    expect(legend.every((l) => l.lines <= 1)).toBe(true);
    expect(await axeViolations(doc)).toEqual([]);
    await page.close();
    await doc.close();
  });
});

describe("share", () => {
  const pages = [
    "index.html",
    "downloads/index.html",
    "fact-check/index.html",
    `events/${dataset.events[0]?.id}/index.html`,
  ];
  it.each(pages)(
    "%s has Open Graph and card tags, and nothing absolute in a default build",
    (file) => {
      const html = readFileSync(join(dist, file), "utf8");
      for (const tag of ["og:site_name", "og:title", "og:description", "og:type"])
        expect(html, tag).toMatch(new RegExp(`<meta property="${tag}" content="[^"]+"`));
      expect(html).toMatch(/<meta name="twitter:card" content="summary"/);
      expect(html).toMatch(/<meta name="twitter:title" content="[^"]+"/);
      // without SITE_URL the build has no origin to make a URL absolute with
      expect(html).not.toMatch(/rel="canonical"|og:url/);
    },
  );

  it("a record page is an article with its own title and summary", () => {
    // a title with no character HTML escapes, so the test can look for it as is
    const event = dataset.events.find((e) => /^[\w\s,.()-]+$/.test(e.title));
    expect(event).toBeDefined();
    const html = readFileSync(join(dist, `events/${event?.id}/index.html`), "utf8");
    expect(html).toContain('<meta property="og:type" content="article"');
    expect(html).toContain(`<meta property="og:title" content="Event: ${event?.title}`);
  });
});

describe("cite a record and read its history", () => {
  const changelog = readFileSync(join(dist, "../../../packages/data/CHANGELOG.md"), "utf8");
  // a record the changelog explains, with a reason and not only a list of fields
  const explained = dataset.operations.find((o) =>
    changelog.includes(`- \`${o.id}\` (operations) (`),
  );

  it.each(widths)(
    "a record page cites itself and lists what changed in which version at %i px",
    async (width) => {
      expect(explained).toBeDefined();
      const page = await clean(`/operations/${explained?.id}/`, width);
      const history = await page.locator("section.history li").allTextContents();
      expect(history.length).toBeGreaterThan(0);
      expect(history.some((h) => /Version \d+\.\d+\.\d+/.test(h))).toBe(true);
      await page.locator(".cite-record summary").click();
      const apa =
        (await page.locator('.cite-record pre[data-copy="APA citation"]').textContent()) ?? "";
      expect(apa).toContain(`[Data record ${explained?.id}]`);
      expect(apa).toContain(`Version ${datasetMeta.version}`);
      expect(apa).toContain(formatDate(datasetMeta.asOf));
      const csl = JSON.parse(
        (await page.locator('.cite-record pre[data-copy="CSL-JSON"]').textContent()) ?? "[]",
      );
      expect(csl[0]).toMatchObject({ version: datasetMeta.version, title: explained?.name.en });
      await page.close();
    },
  );

  it("copies a quote with its source", async () => {
    const event = dataset.events.find((e) => e.citations.length > 0);
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const page = await context.newPage();
    await page.goto(new URL(`/events/${event?.id}/`, base).href);
    await page
      .locator("ol.citations button", { hasText: "Copy quote with its source" })
      .first()
      .click();
    await expect
      .poll(() => page.locator("ol.citations [role=status]").first().textContent())
      .toBe("Copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const source = dataset.sources.find((s) => s.id === event?.citations[0]?.source);
    expect(copied).toBe(
      `“${event?.citations[0]?.quote}” — ${[source?.title, source?.publisher, source?.published && formatDate(source.published), event?.citations[0]?.locator].filter(Boolean).join(", ")}.${source?.url ? ` ${source.url}` : ""}`,
    );
    await context.close();
  });
});

describe("coverage", () => {
  const checklists = dataset.checklists;
  const items = checklists.flatMap((c) => c.items.map((item) => ({ checklist: c, item })));

  it.each(widths)(
    "the Coverage page has a table per checklist, answers as labelled badges, at %i px",
    async (width) => {
      expect(checklists.length).toBeGreaterThan(0);
      const page = await clean("/coverage/", width);
      expect(await page.locator("section.checklist").count()).toBe(checklists.length);
      expect(await page.locator("section.checklist table.items tbody tr").count()).toBe(
        items.length,
      );
      const labels = { yes: "Yes", no: "No", "not-found": "Not found" } as const;
      for (const { checklist, item } of items) {
        const row = page
          .locator(`section.checklist tr[id$="-${item.key}"]`)
          .filter({ hasText: item.label })
          .first();
        expect(
          (await row.locator(".answer").textContent())?.trim(),
          `${checklist.id} ${item.key}`,
        ).toBe(labels[item.answer]);
        const hrefs = await row
          .locator("a")
          .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
        for (const id of item.records)
          expect(
            hrefs.some((h) => h.endsWith(`/${id}/`)),
            id,
          ).toBe(true);
        if (item.answer === "not-found")
          expect(await row.textContent()).toContain(item.searched?.note ?? "?");
      }
      // on a phone an item's answer badge sits beside its label, not on a line of its own
      if (width < 640) {
        const gaps = await page
          .locator("section.checklist table.items tbody tr")
          .evaluateAll((rows) =>
            rows.map((r) => {
              const top = (el: Element | null) => el?.getBoundingClientRect().top ?? Number.NaN;
              return Math.abs(top(r.querySelector(".answer")) - top(r.querySelector("td")));
            }),
          );
        expect(Math.max(...gaps)).toBeLessThan(12);
      }
      // the summary counts add up per checklist
      for (const c of checklists) {
        const summary = await page
          .locator(`#checklist-${c.id.replace(/^checklist-/, "")} ~ p[data-summary]`)
          .first()
          .textContent();
        expect(summary).toContain(`${c.items.length} item`);
        const yes = c.items.filter((i) => i.answer === "yes").length;
        if (yes > 0) expect(summary).toContain(`${yes} yes`);
      }
      // the answer badges differ in colour or border, and keep their word
      const styles = await page
        .locator("p .answer")
        .evaluateAll((bs) =>
          bs.map(
            (b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).borderStyle}`,
          ),
        );
      expect(new Set(styles).size).toBe(3);
      await page.close();
    },
  );

  it("is in the menu, and a checklist's own page shows its items", async () => {
    const page = await open("/", 390);
    await page.locator("details.menu > summary").click();
    await page.locator('nav[aria-label="Site"] a', { hasText: "Coverage" }).click();
    await page.waitForURL("**/coverage/");
    const checklist = checklists[0];
    const own = await clean(`/checklists/${checklist?.id}/`, 390);
    expect(await own.locator("table.items tbody tr").count()).toBe(checklist?.items.length);
    // the items are a table, not a definition list of key facts
    expect(await own.locator("dl.fields dt", { hasText: /^Items$/ }).count()).toBe(0);
    await page.close();
    await own.close();
  });
});

describe("maps", () => {
  const home = dataset.places.find((p) => p.iso3166?.alpha2 === "AZ");
  const eventPlaces = new Set(dataset.events.flatMap((e) => e.places as readonly string[]));
  const abroadCountries = new Set(
    dataset.places
      .filter((p) => eventPlaces.has(p.id) && p.id !== home?.id && p.country !== home?.id)
      .map((p) => (p.kind === "country" ? p.id : p.country))
      .filter(
        (id): id is NonNullable<typeof id> =>
          id !== undefined && dataset.places.some((c) => c.id === id),
      ),
  );

  it.each(widths)(
    "Azerbaijan stands apart, countries are named, events abroad have a map at %i px",
    async (width) => {
      const page = await clean("/places/", width);
      const fill = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((e) => getComputedStyle(e).fill);
      const azerbaijan = await fill(
        `#map-abroad-title + .map a[href$="/places/${home?.id}/"] path`,
      );
      for (const neighbour of ["georgia", "turkey"].filter((id) =>
        dataset.places.some((p) => p.id === id),
      ))
        expect(
          await fill(`#map-abroad-title + .map a[href$="/places/${neighbour}/"] path`),
          neighbour,
        ).not.toBe(azerbaijan);
      const labels = await page
        .locator("#map-azerbaijan-title + .map .country-label")
        .allTextContents();
      expect(labels).toEqual(expect.arrayContaining(["Azerbaijan", "Georgia", "Armenia", "Iran"]));
      // the maps outside Azerbaijan shade the countries of the places with events there
      const shaded = await page
        .locator("#map-abroad-title + .map svg a, #map-americas-title + .map svg a")
        .evaluateAll((as) =>
          as.map((a) => a.getAttribute("href")?.replace(/^.*\/places\/|\/$/g, "")),
        );
      for (const id of abroadCountries) expect(shaded, id).toContain(id);
      // every label stays inside its map
      const outside = await page.locator(".places-map .map").evaluateAll((maps) =>
        maps.flatMap((m) => {
          const frame = m.getBoundingClientRect();
          return [...m.querySelectorAll(".country-label, .map-label")]
            .filter((l) => getComputedStyle(l).display !== "none")
            .map((l) => ({ text: l.textContent, box: l.getBoundingClientRect() }))
            .filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1)
            .map(({ text }) => text);
        }),
      );
      expect(outside).toEqual([]);
      await page.close();
    },
  );
});
