import { describe, expect, it } from "vitest";
import { linearScale, niceTicks, pct, yearTicks } from "./scale.ts";

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

  it("writes percentages with at most three decimals", () => {
    expect(pct(100 / 3)).toBe("33.333%");
    expect(pct(0)).toBe("0%");
  });

  it("puts year ticks in percent, majors every 4 years, and no label near the right edge", () => {
    // 1992 to the end of 2025: 34 years
    const ticks = yearTicks(1992, 2025);
    expect(ticks[0]).toEqual({ year: 1992, x: 0, major: true, label: true });
    expect(ticks.map((t) => t.year)).toEqual(Array.from({ length: 17 }, (_, i) => 1992 + 2 * i));
    expect(ticks.filter((t) => t.major).map((t) => t.year % 4)).toEqual(new Array(9).fill(0));
    for (const t of ticks) expect(t.x).toBeCloseTo(((t.year - 1992) / 34) * 100, 9);
    // the last 10% of the width (3.4 years) gets no label: 2024 sits at 94%
    expect(ticks.filter((t) => !t.label).map((t) => t.year)).toEqual([2024]);
    // a domain starting on an odd year starts at the next even one
    expect(yearTicks(1999, 2021)[0]?.year).toBe(2000);
  });
});
