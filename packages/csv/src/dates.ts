import { earliestDay, latestDay } from "@aznato/data";

/**
 * Whether a record whose dates are `dates` overlaps `from`…`to`: the record spans its earliest
 * to its latest date; a record with no date is left out once a range is asked for.
 */
export function overlaps(dates: readonly string[], from?: string, to?: string): boolean {
  if (from === undefined && to === undefined) return true;
  if (dates.length === 0) return false;
  const start = dates.map(earliestDay).sort()[0] as string;
  const end = dates.map(latestDay).sort().at(-1) as string;
  if (from !== undefined && end < earliestDay(from)) return false;
  if (to !== undefined && start > latestDay(to)) return false;
  return true;
}
