/** An ISO 8601 date at year, month or day precision: `1994`, `1994-05` or `1994-05-04`. */
export type PartialDate = string;

/** How precise a partial date is. */
export type DatePrecision = "year" | "month" | "day";

/** The shape of a partial date (calendar validity is checked by `datePrecision`). */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Leap years of the proleptic Gregorian calendar: divisible by 4, centuries only by 400.
const LEAP_YEAR = "(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const MONTH_DAY =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))";

/**
 * A real calendar date as YYYY, YYYY-MM or YYYY-MM-DD, leap days included, as one regular
 * expression: the JSON Schemas carry it as their `pattern`, so any validator rejects `1992-13`
 * and `1992-02-30` (tests check it agrees with `datePrecision`).
 */
export const CALENDAR_DATE = new RegExp(
  `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`,
);

/** A real calendar day, YYYY-MM-DD, as one regular expression. */
export const CALENDAR_DAY = new RegExp(`^(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`);

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

// setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999
const daysInMonth = (year: number, month: number): number =>
  new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();

/** The precision of a valid partial date, or `undefined` when it is not one (e.g. `1994-02-30`). */
export function datePrecision(value: string): DatePrecision | undefined {
  if (typeof value !== "string") return undefined; // a number such as 1994 is not a date string
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return "year";
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return "month";
  const day = Number(d);
  return day >= 1 && day <= daysInMonth(year, month) ? "day" : undefined;
}

/** Whether `value` is a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD. */
export const isPartialDate = (value: string): boolean => datePrecision(value) !== undefined;

/** Throws a one-line error naming the value when it is not a partial date. */
export function assertPartialDate(value: unknown, name = "date"): asserts value is PartialDate {
  if (typeof value !== "string" || !isPartialDate(value)) {
    throw new RangeError(
      `Invalid ${name} ${JSON.stringify(value)}: expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)`,
    );
  }
}

/** The first day a partial date can mean: `1994` → `1994-01-01`. */
export function earliestDay(value: PartialDate): string {
  assertPartialDate(value);
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** The last day a partial date can mean: `1994-02` → `1994-02-28`. */
export function latestDay(value: PartialDate): string {
  assertPartialDate(value);
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const day = daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
    return `${value}-${String(day).padStart(2, "0")}`;
  }
  return value;
}

/** Whether a range can be in order: the earliest `start` is not after the latest `end`. */
export const isOrderedRange = (start: PartialDate, end: PartialDate): boolean =>
  earliestDay(start) <= latestDay(end);

/** Sort order for partial dates: by first possible day, then coarser precision first. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const byDay = earliestDay(a).localeCompare(earliestDay(b));
  return byDay !== 0 ? byDay : a.length - b.length;
}

/** A date for people, at its own precision: "4 May 1994", "March 1992", "1992". */
export function formatDate(value: PartialDate): string {
  assertPartialDate(value);
  const [year, month, day] = value.split("-");
  if (month === undefined) return year as string;
  const monthName = MONTHS[Number(month) - 1];
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** A range for people: "September 1999 – April 2008", "since 2002". */
export function formatRange(start: PartialDate, end?: PartialDate): string {
  if (end === undefined) return `since ${formatDate(start)}`;
  assertPartialDate(start, "start");
  assertPartialDate(end, "end");
  if (!isOrderedRange(start, end)) {
    throw new RangeError(`Invalid range: end ${end} is before start ${start}`);
  }
  if (start === end) return formatDate(start);
  return `${formatDate(start)} – ${formatDate(end)}`;
}
