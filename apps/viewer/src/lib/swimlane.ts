import type { PartialDate } from "@aznato/data";
import { decimalYear } from "./dates.ts";
import { linearScale } from "./scale.ts";

/** One bar: a programme, an operation or a mandate, from `start` to `end` (open when absent). */
export interface LaneBar {
  id: string;
  group: string;
  label: string;
  href: string;
  start: PartialDate;
  end?: PartialDate | undefined;
}

/** One event, drawn as a tick on the events lane. */
export interface LaneMark {
  id: string;
  date: PartialDate;
  title: string;
  href: string;
}

export interface SwimlaneOptions {
  /** First and last year shown (the last one included). */
  from: number;
  to: number;
  width: number;
  labelWidth?: number;
  rowHeight?: number;
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  ticks: { x: number; label: string }[];
  groups: { label: string; y: number }[];
  rows: (LaneBar & { y: number; x1: number; x2: number; open: boolean })[];
  marks: (LaneMark & { x: number })[];
  markY: number;
  plotLeft: number;
  plotRight: number;
}

/**
 * Positions bars in lanes under a heading per group (in first-seen order) and events on a lane at
 * the top. Bars without an end run to the right edge and are flagged `open`.
 */
export function swimlaneLayout(
  bars: readonly LaneBar[],
  marks: readonly LaneMark[],
  { from, to, width, labelWidth = 220, rowHeight = 22 }: SwimlaneOptions,
): SwimlaneLayout {
  const plotLeft = labelWidth;
  const plotRight = width - 10;
  const x = linearScale([from, to + 1], [plotLeft, plotRight]);
  const clamp = (v: number) => Math.min(plotRight, Math.max(plotLeft, v));
  const axisHeight = 24;
  const markY = axisHeight + rowHeight / 2;
  let y = axisHeight + rowHeight * 1.5;
  const groups: SwimlaneLayout["groups"] = [];
  const rows: SwimlaneLayout["rows"] = [];
  const order = [...new Set(bars.map((b) => b.group))];
  for (const group of order) {
    y += rowHeight * 0.5;
    groups.push({ label: group, y: y + rowHeight * 0.7 });
    y += rowHeight;
    for (const bar of bars.filter((b) => b.group === group)) {
      const x1 = clamp(x(decimalYear(bar.start, "start")));
      const x2 = bar.end ? clamp(x(decimalYear(bar.end, "end"))) : plotRight;
      rows.push({ ...bar, y, x1, x2: Math.max(x2, x1 + 2), open: bar.end === undefined });
      y += rowHeight;
    }
  }
  const ticks: SwimlaneLayout["ticks"] = [];
  const step = to - from > 20 ? 4 : 2;
  for (let year = from; year <= to; year += step) ticks.push({ x: x(year), label: String(year) });
  return {
    width,
    height: y + 8,
    ticks,
    groups,
    rows,
    marks: marks.map((m) => ({ ...m, x: clamp(x(decimalYear(m.date, "start"))) })),
    markY,
    plotLeft,
    plotRight,
  };
}
