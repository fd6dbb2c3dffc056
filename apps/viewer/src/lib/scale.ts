/** A linear map from `domain` to `range`, like d3's scaleLinear without the runtime. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0;
  // a one-point domain maps everything to the middle rather than dividing by zero
  if (span === 0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Round tick values between `min` and `max` (inclusive), about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
    ticks.push(Math.round(t * 1e6) / 1e6);
  }
  return ticks;
}

/** A number as an SVG/CSS percentage with at most three decimals ("12.345%"). */
export const pct = (value: number): string => `${Math.round(value * 1000) / 1000}%`;

/** A year tick of a time axis drawn in percentages of the plot's width. */
export interface YearTick {
  year: number;
  /** Position in percent of the plot width (the tick marks the start of the year). */
  x: number;
  /** Major ticks are labelled at every width; minor ones only where the plot is wide. */
  major: boolean;
  /**
   * Where the label sits: centred on its tick; at the edges it ends (or starts) at its tick so it
   * is never cut off.
   */
  anchor: "start" | "middle" | "end";
}

/**
 * Ticks for years `from`..`to` (the plot spans `from` to the end of `to`), counted back from
 * `to` so the last year always has a major, labelled tick: majors every `major` years, minors
 * every `minor`. Labels are centred on their ticks (the axis lets them draw a few px past the
 * plot); one within `edge` percent of either end is anchored to stay inside.
 */
export function yearTicks(
  from: number,
  to: number,
  { major = 4, minor = 2, edge = 2 }: { major?: number; minor?: number; edge?: number } = {},
): YearTick[] {
  const x = linearScale([from, to + 1], [0, 100]);
  const ticks: YearTick[] = [];
  for (let year = to; year >= from; year -= minor) {
    const at = x(year);
    const anchor = at > 100 - edge ? "end" : at < edge ? "start" : "middle";
    ticks.unshift({ year, x: at, major: (to - year) % major === 0, anchor });
  }
  return ticks;
}
