import type { PartialDate } from "@aznato/data";
import { decimalYear } from "./dates.ts";
import { linearScale, niceTicks } from "./scale.ts";

export interface ChartPoint {
  date: PartialDate;
  value: number;
  label: string;
  href: string;
}

export interface LineChartLayout {
  width: number;
  height: number;
  points: (ChartPoint & { x: number; y: number })[];
  /** SVG path data through the points in date order. */
  path: string;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Lays out dated values as a line with dots; the y axis starts at zero so sizes compare honestly. */
export function lineChartLayout(
  points: readonly ChartPoint[],
  { width, height, from, to }: { width: number; height: number; from: number; to: number },
): LineChartLayout {
  const plot = { left: 56, right: width - 16, top: 16, bottom: height - 32 };
  const max = Math.max(1, ...points.map((p) => p.value));
  const yValues = niceTicks(0, max, 4);
  // extend the axis by whole steps so the largest value sits under a labelled tick
  const step = (yValues[1] ?? max) - (yValues[0] ?? 0);
  while ((yValues[yValues.length - 1] ?? 0) < max && step > 0) {
    yValues.push((yValues[yValues.length - 1] ?? 0) + step);
  }
  const yMax = Math.max(max, yValues[yValues.length - 1] ?? max);
  const x = linearScale([from, to + 1], [plot.left, plot.right]);
  const y = linearScale([0, yMax], [plot.bottom, plot.top]);
  const placed = [...points]
    .sort((a, b) => decimalYear(a.date) - decimalYear(b.date))
    .map((p) => ({ ...p, x: x(decimalYear(p.date)), y: y(p.value) }));
  const path = placed
    .map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join("");
  const xTicks = niceTicks(from, to + 1, 6)
    .filter((t) => Number.isInteger(t))
    .map((t) => ({ x: x(t), label: String(t) }));
  const yTicks = yValues.map((t) => ({ y: y(t), label: t.toLocaleString("en") }));
  return { width, height, points: placed, path, xTicks, yTicks, plot };
}
