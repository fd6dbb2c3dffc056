import type { PartialDate } from "@aznato/data";
import { decimalYear, yearOf } from "./dates.ts";
import { linearScale, type YearTick, yearTicks } from "./scale.ts";

// The swimlane chart's geometry: bars and event stacks placed in percent of the plot width.

/**
 * What is known of a bar's right end: a sourced `end`; the start of a successor that superseded it;
 * an `active` status (it runs to the as-of date); or nothing (drawn to the as-of date as unknown).
 */
export type BarEnd = "sourced" | "successor" | "ongoing" | "unknown";

/** One bar: a programme, an operation or a mandate, from `start` to `end`. */
export interface LaneBar {
  start: PartialDate;
  /** The sourced end, or the successor's start when `endKind` is `successor`. */
  end?: PartialDate | undefined;
  endKind: BarEnd;
  href: string;
  /** The tooltip: name, dates and what is known of the end. */
  title: string;
  /** The dates in words, for the table. */
  dates?: string;
}

/** One labelled row of a lane; an organisation's mandates share its row. */
export interface LaneRow {
  id: string;
  group: string;
  label: string;
  href: string;
  /** Nesting under a parent row (IPAP cycles under IPAP). */
  depth?: number;
  /** Empty when no date is sourced: the row is listed, not drawn. */
  bars: LaneBar[];
}

/** One event, drawn as a dot in its year's stack. */
export interface LaneMark {
  id: string;
  date: PartialDate;
  title: string;
  href: string;
  /** Context events (not part of the partnership) are drawn hollow. */
  context?: boolean;
}

export interface SwimlaneOptions {
  /** First and last year shown (the last one included). */
  from: number;
  to: number;
  /** Bars with no sourced end run to this date. */
  asOf: PartialDate;
}

export interface PlacedBar extends LaneBar {
  /** Left and right edge in percent of the plot width. */
  x1: number;
  x2: number;
}

export interface YearStack<T> {
  year: number;
  /** Centre of the year's slot, in percent of the plot width. */
  x: number;
  /** In date order; `level` 0 is the bottom of the stack. */
  items: (T & { level: number })[];
}

export interface SwimlaneLayout {
  ticks: YearTick[];
  /** The as-of date in percent of the plot width. */
  asOfX: number;
  groups: { label: string; rows: (Omit<LaneRow, "bars"> & { bars: PlacedBar[] })[] }[];
  stacks: YearStack<LaneMark>[];
  /** The tallest stack: the events lane is this many dots high. */
  maxStack: number;
}

/** Groups items by year into stacks centred on each year's slot (for dots that must not overlap). */
export function yearStacks<T extends { date: PartialDate }>(
  items: readonly T[],
  { from, to }: { from: number; to: number },
): YearStack<T>[] {
  const x = linearScale([from, to + 1], [0, 100]);
  const byYear = new Map<number, T[]>();
  const sorted = [...items].sort((a, b) => decimalYear(a.date) - decimalYear(b.date));
  for (const item of sorted) {
    const year = Math.min(to, Math.max(from, yearOf(item.date)));
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({
      year,
      x: x(year + 0.5),
      items: list.map((item, level) => ({ ...item, level })),
    }));
}

/**
 * Lays out lanes for a chart whose width is fluid: x positions are percentages of the plot, so
 * the SVG is redrawn at any width rather than scaled (its text keeps its size). Rows keep their
 * order and are grouped under their `group` in first-seen order; events stack by year.
 */
export function swimlaneLayout(
  rows: readonly LaneRow[],
  marks: readonly LaneMark[],
  { from, to, asOf }: SwimlaneOptions,
): SwimlaneLayout {
  const x = linearScale([from, to + 1], [0, 100]);
  const clamp = (v: number) => Math.min(100, Math.max(0, v));
  const asOfX = clamp(x(decimalYear(asOf, "end")));
  const groups: SwimlaneLayout["groups"] = [];
  for (const row of rows) {
    let group = groups.find((g) => g.label === row.group);
    if (!group) {
      group = { label: row.group, rows: [] };
      groups.push(group);
    }
    const bars = row.bars.map((bar) => {
      const x1 = clamp(x(decimalYear(bar.start, "start")));
      // an open bar stops at the as-of date: nothing later is known
      // (a successor's start is where this one stops, not a day it still ran)
      const edge = bar.endKind === "successor" ? "start" : "end";
      const x2 = bar.end ? clamp(x(decimalYear(bar.end, edge))) : Math.max(x1, asOfX);
      return { ...bar, x1, x2 };
    });
    group.rows.push({ ...row, bars });
  }
  const stacks = yearStacks(marks, { from, to });
  return {
    ticks: yearTicks(from, to),
    asOfX,
    groups,
    stacks,
    maxStack: Math.max(0, ...stacks.map((s) => s.items.length)),
  };
}
