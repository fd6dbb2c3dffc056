// earliest/latest day of a partial date: the root entry of @aznato/data keeps these internal
const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export function earliestDay(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

export function latestDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const day = daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
    return `${value}-${String(day).padStart(2, "0")}`;
  }
  return value;
}

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
