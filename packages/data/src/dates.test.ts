import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertPartialDate,
  CALENDAR_DATE,
  CALENDAR_DAY,
  compareDates,
  datePrecision,
  earliestDay,
  formatDate,
  formatRange,
  isOrderedRange,
  latestDay,
} from "./dates.js";

describe("datePrecision", () => {
  it.each([
    ["1994", "year"],
    ["1992-03", "month"],
    ["1994-05-04", "day"],
    ["2024-02-29", "day"],
  ])("%s is a %s", (value, precision) => {
    expect(datePrecision(value)).toBe(precision);
  });

  it.each(["2023-02-29", "1994-13", "1994-00", "1994-04-31", "94", "1994-5-4", "1994/05/04", ""])(
    "rejects %j",
    (value) => {
      expect(datePrecision(value)).toBeUndefined();
    },
  );
});

describe("CALENDAR_DATE and CALENDAR_DAY, the JSON Schemas' patterns", () => {
  const digits = (n: number) =>
    fc
      .array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n })
      .map((d) => d.join(""));
  // every shape of a date, with months and days in and out of range
  const candidate = fc.oneof(
    digits(4),
    fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
    fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 28, max: 31 }),
      )
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${d}`),
    fc.string(),
  );

  it("agree with datePrecision on every string", () => {
    fc.assert(
      fc.property(candidate, (value) => {
        expect(CALENDAR_DATE.test(value)).toBe(datePrecision(value) !== undefined);
        expect(CALENDAR_DAY.test(value)).toBe(datePrecision(value) === "day");
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["0000-02-29", true],
    ["1992-13", false],
    ["1992-02-30", false],
  ])("%s is a calendar date: %s", (value, ok) => {
    expect(CALENDAR_DATE.test(value)).toBe(ok);
    expect(datePrecision(value) !== undefined).toBe(ok);
  });
});

describe("ranges", () => {
  it("widens partial dates to the days they can mean", () => {
    expect(earliestDay("1994")).toBe("1994-01-01");
    expect(latestDay("1994")).toBe("1994-12-31");
    expect(latestDay("2024-02")).toBe("2024-02-29");
    expect(latestDay("2023-02")).toBe("2023-02-28");
  });

  it("accepts a range whose ends overlap at coarser precision", () => {
    expect(isOrderedRange("2008-04-17", "2008")).toBe(true);
    expect(isOrderedRange("2008", "2007-12")).toBe(false);
  });

  it("sorts by first possible day, coarser first", () => {
    const sorted = ["1994-05-04", "1994", "1992-03", "1994-05"].sort(compareDates);
    expect(sorted).toEqual(["1992-03", "1994", "1994-05", "1994-05-04"]);
  });
});

describe("formatDate", () => {
  it("follows the precision", () => {
    expect(formatDate("1994-05-04")).toBe("4 May 1994");
    expect(formatDate("1992-03")).toBe("March 1992");
    expect(formatDate("1992")).toBe("1992");
    expect(formatRange("1999-09", "2008-04")).toBe("September 1999 – April 2008");
    expect(formatRange("2002")).toBe("since 2002");
  });

  it("names a bad value in its error", () => {
    expect(() => formatDate("1994-02-30")).toThrow('Invalid date "1994-02-30"');
    expect(() => assertPartialDate(19940504, "from date")).toThrow("Invalid from date 19940504");
  });
});

describe("arguments of the wrong kind (the 2026 probe)", () => {
  it("a number is not a partial date, so isPartialDate and formatDate agree", async () => {
    const { isPartialDate } = await import("./dates.js");
    expect(isPartialDate(1994 as never)).toBe(false);
    expect(datePrecision(1994 as never)).toBeUndefined();
    expect(() => formatDate(1994 as never)).toThrow(RangeError);
  });

  it("formatRange refuses a range that ends before it starts, in one line", () => {
    expect(() => formatRange("2000", "1990")).toThrow(
      "Invalid range: end 1990 is before start 2000",
    );
    expect(() => formatRange("2000", "nope")).toThrow(RangeError);
    expect(formatRange("1990", "2000")).toBe("1990 – 2000");
  });
});
