import {
  formatDate,
  formatRange,
  type Operation,
  type PartialDate,
  type Source,
} from "@aznato/data";
import { decimalYear } from "./dates.ts";
import { linearScale, niceTicks, type YearTick, yearTicks } from "./scale.ts";

/** A value another source gives for the same figure. */
export interface DisputedValue {
  value: number;
  source: string;
  note?: string | undefined;
}

/** One sourced figure: a number of personnel an operation had at a date, as a source states it. */
export interface Figure {
  id: string;
  /** The operation the figure belongs to. */
  series: string;
  date: PartialDate;
  value: number;
  href: string;
  source: string;
  disputed: DisputedValue[];
  /** The tooltip: operation, figure, date and source. */
  title: string;
}

/** An operation drawn on the chart, with the span its personnel served. */
export interface Series {
  id: string;
  label: string;
  href: string;
  start: PartialDate;
  end?: PartialDate | undefined;
  title: string;
}

export interface DotChartLayout {
  /** One per figure, nothing in between: x in percent of the plot width, y in px. */
  points: (Figure & { x: number; y: number; index: number })[];
  /** Other sources' values for disputed figures, at their figure's x. */
  alternatives: (DisputedValue & {
    figure: string;
    x: number;
    y: number;
    index: number;
    title: string;
  })[];
  /** Each operation's service span, drawn as a band under the plot (percent of the width). */
  bands: (Series & { x1: number; x2: number; index: number })[];
  xTicks: YearTick[];
  yTicks: { y: number; label: string }[];
  plot: { top: number; bottom: number };
  height: number;
}

/** "Today.az, 20 November 2002": the publisher (or title) and the date of a source. */
export function sourceLabel(source: Source | undefined, fallback: string): string {
  if (!source) return fallback;
  const name = source.publisher ?? source.title;
  return source.published ? `${name}, ${formatDate(source.published)}` : name;
}

/**
 * The personnel figures of operations, each with its source, and the operations that have any
 * (as series). Figures without a number (transit, funding) are not drawn.
 */
export function personnelFigures(
  operations: readonly Operation[],
  sources: readonly Source[],
  hrefOf: (id: string) => string,
): { series: Series[]; figures: Figure[] } {
  const sourceById = new Map<string, Source>(sources.map((s) => [s.id, s]));
  const labelFor = (id: string | undefined) =>
    sourceLabel(id ? sourceById.get(id) : undefined, id ?? "unknown source");
  const series: Series[] = [];
  const figures: Figure[] = [];
  for (const op of operations) {
    const label = op.acronym ?? op.name.en;
    const href = hrefOf(op.id);
    op.contributions.forEach((c, i) => {
      if (c.personnel === undefined) return;
      const source = labelFor(c.citations[0]?.source);
      const disputed = (c.alternatives ?? [])
        .filter((a) => a.field.split(".").at(-1) === "personnel" && typeof a.value === "number")
        .map((a) => ({
          value: a.value as number,
          source: labelFor(a.citations[0]?.source),
          note: a.note,
        }));
      const dispute = disputed.map((d) => ` Disputed: ${d.source} gives ${d.value}.`).join("");
      figures.push({
        id: `${op.id}-${i}`,
        series: op.id,
        date: c.date,
        value: c.personnel,
        href,
        source,
        disputed,
        title: `${label}: ${c.personnel} Azerbaijani personnel, ${formatDate(c.date)}. Source: ${source}.${dispute}`,
      });
    });
    if (figures.some((f) => f.series === op.id)) {
      const { start, end } = op.participation;
      series.push({
        id: op.id,
        label,
        href,
        start,
        end,
        title: `${label}: Azerbaijani personnel served ${formatRange(start, end)}.`,
      });
    }
  }
  return { series, figures };
}

/**
 * Lays out sourced figures as separate marks on a time axis (x in percent, y in px from a zero
 * baseline). It never connects them: a line between two figures would claim values in between
 * that no source gives.
 */
export function dotChartLayout(
  { series, figures }: { series: readonly Series[]; figures: readonly Figure[] },
  { from, to, height = 240 }: { from: number; to: number; height?: number },
): DotChartLayout {
  const plot = { top: 12, bottom: height - 24 };
  const max = Math.max(1, ...figures.flatMap((f) => [f.value, ...f.disputed.map((d) => d.value)]));
  const yValues = niceTicks(0, max, 4);
  // extend the axis by whole steps so the largest value sits under a labelled tick
  const step = (yValues[1] ?? max) - (yValues[0] ?? 0);
  while ((yValues.at(-1) ?? 0) < max && step > 0) yValues.push((yValues.at(-1) ?? 0) + step);
  const yMax = Math.max(max, yValues.at(-1) ?? max);
  const x = linearScale([from, to + 1], [0, 100]);
  const y = linearScale([0, yMax], [plot.bottom, plot.top]);
  const clamp = (v: number) => Math.min(100, Math.max(0, v));
  const indexOf = new Map(series.map((s, i) => [s.id, i]));
  // a figure is dated at its report, so a day-precise date sits at that day, a month at its start
  const points = [...figures]
    .sort((a, b) => decimalYear(a.date) - decimalYear(b.date))
    .map((f) => ({
      ...f,
      x: clamp(x(decimalYear(f.date))),
      y: y(f.value),
      index: indexOf.get(f.series) ?? 0,
    }));
  const alternatives = points.flatMap((p) =>
    p.disputed.map((d) => ({
      ...d,
      figure: p.id,
      x: p.x,
      y: y(d.value),
      index: p.index,
      title: `${p.title.split(":")[0]}, ${formatDate(p.date)}: ${d.source} gives ${d.value} (the figure is disputed).${d.note ? ` ${d.note}` : ""}`,
    })),
  );
  const bands = series.map((s, index) => ({
    ...s,
    index,
    x1: clamp(x(decimalYear(s.start, "start"))),
    x2: clamp(x(s.end ? decimalYear(s.end, "end") : to + 1)),
  }));
  return {
    points,
    alternatives,
    bands,
    xTicks: yearTicks(from, to, { major: 4, minor: 2 }),
    yTicks: yValues.map((t) => ({ y: y(t), label: t.toLocaleString("en") })),
    plot,
    height,
  };
}
