import { compareDates, type PartialDate } from "@aznato/data";

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInYear = (y: number) => (isLeap(y) ? 366 : 365);
const dayOfYear = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;

/**
 * A partial date as a fractional year for chart scales. `edge: "start"` takes the first day the
 * date can mean, `"end"` the end of the last day: `1994` spans 1994.0 to 1995.0.
 */
export function decimalYear(value: PartialDate, edge: "start" | "end" = "start"): number {
  const [y, m, d] = value.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return edge === "start" ? y : y + 1;
  if (d === undefined) {
    const first = dayOfYear(y, m, 1);
    const next = m === 12 ? daysInYear(y) : dayOfYear(y, m + 1, 1);
    return y + (edge === "start" ? first : next) / daysInYear(y);
  }
  return y + (dayOfYear(y, m, d) + (edge === "end" ? 1 : 0)) / daysInYear(y);
}

/** The calendar year of a partial date. */
export const yearOf = (value: PartialDate): number => Number(value.slice(0, 4));

/** Items grouped by the year of `dateOf`, years ascending, items in date order within a year. */
export function groupByYear<T>(items: readonly T[], dateOf: (item: T) => PartialDate) {
  const sorted = [...items].sort((a, b) => compareDates(dateOf(a), dateOf(b)));
  const groups = new Map<number, T[]>();
  for (const item of sorted) {
    const year = yearOf(dateOf(item));
    const list = groups.get(year) ?? [];
    list.push(item);
    groups.set(year, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ year, items: list }));
}
