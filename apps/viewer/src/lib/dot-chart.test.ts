import { dataset } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { decimalYear } from "./dates.ts";
import { dotChartLayout, type Figure, personnelFigures, type Series } from "./dot-chart.ts";

const figure = (
  series: string,
  date: string,
  value: number,
  disputed: Figure["disputed"] = [],
): Figure => ({
  id: `${series}-${date}`,
  series,
  date,
  value,
  href: `/${series}/`,
  source: "S",
  disputed,
  title: `${series}: ${value}`,
});
const series: Series[] = [
  { id: "isaf", label: "ISAF", href: "/isaf/", start: "2002-11", end: "2014-12", title: "ISAF" },
  { id: "rsm", label: "RSM", href: "/rsm/", start: "2015", end: "2021-08-26", title: "RSM" },
];
const figures = [
  figure("rsm", "2018-01-09", 120),
  figure("isaf", "2002-11-20", 22, [{ value: 21, source: "T" }]),
  figure("isaf", "2008-01-15", 40),
  figure("rsm", "2021-08-26", 120),
];
const chart = dotChartLayout({ series, figures }, { from: 2001, to: 2021, height: 200 });

describe("dot chart layout", () => {
  it("draws one mark per sourced figure, in date order, and nothing in between", () => {
    expect(chart.points).toHaveLength(figures.length);
    expect(chart.points.map((p) => p.date)).toEqual([
      "2002-11-20",
      "2008-01-15",
      "2018-01-09",
      "2021-08-26",
    ]);
    // every mark is a figure a source gives: same date, same value, same operation
    for (const p of chart.points) {
      expect(figures).toContainEqual(
        expect.objectContaining({ series: p.series, date: p.date, value: p.value }),
      );
    }
    // no line, path or segment: nothing joins two figures, so no value is interpolated
    expect(Object.keys(chart).sort()).toEqual([
      "alternatives",
      "bands",
      "height",
      "plot",
      "points",
      "xTicks",
      "yTicks",
    ]);
  });

  it("places marks by date (percent) and value (px from a zero baseline)", () => {
    const [first, second] = chart.points;
    expect(first?.x).toBeCloseTo(((decimalYear("2002-11-20") - 2001) / 21) * 100, 9);
    expect(chart.yTicks[0]).toEqual({ y: chart.plot.bottom, label: "0" });
    // 120 needs a tick above it: 0, 50, 100, 150
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0", "50", "100", "150"]);
    expect(second?.y).toBeLessThan(first?.y as number);
    const two120 = chart.points.filter((p) => p.value === 120);
    expect(two120[0]?.y).toBe(two120[1]?.y);
  });

  it("shows another source's value for a disputed figure at the same date", () => {
    expect(chart.alternatives).toHaveLength(1);
    const [alt] = chart.alternatives;
    const disputed = chart.points.find((p) => p.disputed.length > 0);
    expect(alt?.x).toBe(disputed?.x);
    expect(alt?.value).toBe(21);
    expect(alt?.title).toContain("T gives 21");
  });

  it("gives each operation a band over the span its personnel served", () => {
    expect(chart.bands.map((b) => b.id)).toEqual(["isaf", "rsm"]);
    expect(chart.bands[0]?.x1).toBeCloseTo(((decimalYear("2002-11") - 2001) / 21) * 100, 9);
    expect(chart.bands[1]?.x2).toBeCloseTo(
      ((decimalYear("2021-08-26", "end") - 2001) / 21) * 100,
      9,
    );
  });
});

describe("personnel figures from the dataset", () => {
  const { series, figures } = personnelFigures(
    dataset.operations,
    dataset.sources,
    (id) => `/operations/${id}/`,
  );

  it("takes every contribution with a personnel figure, and no other", () => {
    const expected = dataset.operations.flatMap((o) =>
      o.contributions
        .filter((c) => c.personnel !== undefined)
        .map((c) => [o.id, c.date, c.personnel]),
    );
    expect(figures.map((f) => [f.series, f.date, f.value])).toEqual(expected);
    expect(series.map((s) => s.id)).toEqual([...new Set(expected.map(([id]) => id))]);
  });

  it("names the operation, the figure, the date and the source in each tooltip", () => {
    for (const f of figures) {
      const op = dataset.operations.find((o) => o.id === f.series);
      expect(f.title).toContain(op?.acronym ?? op?.name.en ?? "?");
      expect(f.title).toContain(String(f.value));
      expect(f.title).toMatch(/\d{4}/);
      expect(f.title).toContain(`Source: ${f.source}`);
      expect(f.href).toBe(`/operations/${f.series}/`);
    }
  });

  it("keeps disputed figures' other values, with their source", () => {
    const disputed = dataset.operations.flatMap((o) =>
      o.contributions
        .filter((c) => c.personnel !== undefined && c.certainty === "disputed")
        .map((c) => `${o.id}@${c.date}`),
    );
    expect(
      figures.filter((f) => f.disputed.length > 0).map((f) => `${f.series}@${f.date}`),
    ).toEqual(disputed);
    for (const f of figures.filter((f) => f.disputed.length > 0))
      expect(f.title).toContain("Disputed:");
  });
});
