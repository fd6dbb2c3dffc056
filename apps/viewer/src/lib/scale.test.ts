import { describe, expect, it } from "vitest";
import { lineChartLayout } from "./line-chart.ts";
import { linearScale, niceTicks } from "./scale.ts";
import { swimlaneLayout } from "./swimlane.ts";

describe("scales", () => {
  it("maps a domain linearly, inverted ranges included", () => {
    const x = linearScale([1992, 2026], [0, 340]);
    expect(x(1992)).toBe(0);
    expect(x(2009)).toBe(170);
    const y = linearScale([0, 100], [200, 0]);
    expect(y(25)).toBe(150);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it("picks round ticks", () => {
    expect(niceTicks(0, 120, 4)).toEqual([0, 50, 100]);
    expect(niceTicks(0, 1000, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });
});

describe("swimlane layout", () => {
  const bars = [
    { id: "pfp", group: "Programmes", label: "PfP", href: "/p/", start: "1994-05-04" },
    { id: "ipap", group: "Programmes", label: "IPAP", href: "/i/", start: "2005", end: "2019" },
    { id: "isaf", group: "Operations", label: "ISAF", href: "/o/", start: "2002-11", end: "2014" },
  ];
  const layout = swimlaneLayout(bars, [{ id: "e", date: "1994-05-04", title: "E", href: "/e/" }], {
    from: 1992,
    to: 2025,
    width: 560,
    labelWidth: 200,
  });

  it("puts bars under their group in order, each on its own row", () => {
    expect(layout.groups.map((g) => g.label)).toEqual(["Programmes", "Operations"]);
    const ys = layout.rows.map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(3);
    expect(layout.height).toBeGreaterThan(ys[2] as number);
  });

  it("scales dates to x and runs open bars to the edge", () => {
    const [pfp, ipap] = layout.rows;
    expect(pfp?.open).toBe(true);
    expect(pfp?.x2).toBe(layout.plotRight);
    // 1992..2026 over 200..550: 10 px a year
    expect(ipap?.x1).toBeCloseTo(200 + 13 * (350 / 34), 6);
    expect(ipap?.x2).toBeCloseTo(200 + 28 * (350 / 34), 6);
    expect(layout.marks[0]?.x).toBeCloseTo(pfp?.x1 as number, 6);
    expect(layout.ticks[0]).toEqual({ x: 200, label: "1992" });
  });
});

describe("line chart layout", () => {
  it("orders points by date and starts the y axis at zero", () => {
    const chart = lineChartLayout(
      [
        { date: "2018-01-09", value: 120, label: "RS", href: "/rs/" },
        { date: "2002-11-20", value: 22, label: "ISAF", href: "/isaf/" },
      ],
      { width: 400, height: 200, from: 2001, to: 2021 },
    );
    expect(chart.points.map((p) => p.value)).toEqual([22, 120]);
    expect(chart.yTicks[0]?.label).toBe("0");
    expect(chart.yTicks[0]?.y).toBe(chart.plot.bottom);
    expect(chart.path.startsWith("M")).toBe(true);
    expect(chart.path).toContain("L");
    expect(chart.points[1]?.y).toBeLessThan(chart.points[0]?.y as number);
    // 120 needs a tick above it: 0, 50, 100, 150
    expect(chart.yTicks.map((t) => t.label)).toEqual(["0", "50", "100", "150"]);
  });
});
