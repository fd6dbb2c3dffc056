import { formatDate, formatRange } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { decimalYear, groupByYear, yearOf } from "./dates.ts";

describe("dates at their precision", () => {
  it("formats day, month and year precision as people write them", () => {
    expect(formatDate("1994-05-04")).toBe("4 May 1994");
    expect(formatDate("1992-03")).toBe("March 1992");
    expect(formatDate("1992")).toBe("1992");
    expect(formatRange("2009-01-01", "2016")).toBe("1 January 2009 – 2016");
  });

  it("maps partial dates to fractional years covering their whole span", () => {
    expect(decimalYear("1994")).toBe(1994);
    expect(decimalYear("1994", "end")).toBe(1995);
    expect(decimalYear("1994-01")).toBe(1994);
    expect(decimalYear("1994-12", "end")).toBeCloseTo(1995, 10);
    expect(decimalYear("1994-07-02")).toBeCloseTo(1994 + 182 / 365, 10);
    expect(decimalYear("2000-12-31", "end")).toBeCloseTo(2001, 10);
    expect(decimalYear("1994-05")).toBeLessThan(decimalYear("1994-05-04"));
  });

  it("groups by year in date order, coarser dates first", () => {
    const items = [{ d: "1994-05-04" }, { d: "1992" }, { d: "1994" }, { d: "1992-03" }];
    const groups = groupByYear(items, (i) => i.d);
    expect(groups.map((g) => g.year)).toEqual([1992, 1994]);
    expect(groups[0]?.items.map((i) => i.d)).toEqual(["1992", "1992-03"]);
    expect(groups[1]?.items.map((i) => i.d)).toEqual(["1994", "1994-05-04"]);
    expect(yearOf("2004-05")).toBe(2004);
  });
});
