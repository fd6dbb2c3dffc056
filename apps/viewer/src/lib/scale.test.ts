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

  it("puts year ticks in percent, counted back from the last year so it is always labelled", () => {
    // 1992 to the end of 2025: 34 years
    const ticks = yearTicks(1992, 2025);
    expect(ticks.map((t) => t.year)).toEqual(Array.from({ length: 17 }, (_, i) => 1993 + 2 * i));
    expect(ticks.at(-1)).toMatchObject({ year: 2025, major: true, anchor: "middle" });
    expect(ticks.filter((t) => t.major).map((t) => t.year)).toEqual([
      1993, 1997, 2001, 2005, 2009, 2013, 2017, 2021, 2025,
    ]);
    for (const t of ticks) expect(t.x).toBeCloseTo(((t.year - 1993 + 1) / 34) * 100, 9);
    // labels sit on their ticks, except right at the edges where they would be cut off
    expect(ticks.every((t) => t.anchor === "middle")).toBe(true);
    expect(yearTicks(1950, 2025)[0]).toMatchObject({ year: 1951, anchor: "start" });
    expect(yearTicks(1940, 2025, { minor: 1 }).at(-1)).toMatchObject({ anchor: "end" });
    // any span ends on its last year
    expect(yearTicks(1999, 2021).at(-1)?.year).toBe(2021);
    expect(yearTicks(2026, 2026)).toEqual([{ year: 2026, x: 0, major: true, anchor: "start" }]);
  });
});
