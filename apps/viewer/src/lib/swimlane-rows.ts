import {
  type Alternative,
  formatDate,
  formatRange,
  isPartialDate,
  type Operation,
  type Organization,
  type PartialDate,
  type Programme,
  type Status,
} from "@aznato/data";
import { decimalYear } from "./dates.ts";
import type { LaneBar, LaneRow } from "./swimlane-layout.ts";

// The swimlane chart's rows from the dataset: bars with their ends classified, and undated rows.

/** "North Atlantic Cooperation Council (NACC)": acronyms are spelled out where they are shown. */
export function nameWithAcronym(name: string, acronym?: string): string {
  if (!acronym || acronym === name || name.includes(`(${acronym})`)) return name;
  return `${name} (${acronym})`;
}

interface Dated {
  start?: PartialDate | undefined;
  end?: PartialDate | undefined;
  status: Status;
  alternatives?: readonly Alternative[] | undefined;
}

/** What other sources say about disputed `fields`, in a sentence ("" when nothing is disputed). */
export function disputedText(
  alternatives: readonly Alternative[] | undefined,
  fields: readonly string[],
): string {
  const relevant = (alternatives ?? []).filter((a) => fields.includes(a.field));
  if (relevant.length === 0) return "";
  const given = relevant.map((a) => {
    const value =
      typeof a.value === "string" && isPartialDate(a.value) ? formatDate(a.value) : String(a.value);
    return `${a.field.split(".").at(-1)} also given as ${value}${a.note ? ` (${a.note})` : ""}`;
  });
  return ` Disputed: ${given.join("; ")}.`;
}

/**
 * A bar for a dated record, with its end classified (see {@link BarEnd}) and its dates in words.
 * `successor` is the record that superseded it, if its start is sourced.
 */
export function barFor(
  label: string,
  href: string,
  { start, end, status, alternatives }: Dated & { start: PartialDate },
  {
    successor,
    asOf,
    fields = ["start", "end"],
  }: {
    successor?: { label: string; start: PartialDate } | undefined;
    asOf: PartialDate;
    fields?: readonly string[];
  },
): LaneBar & { dates: string } {
  let bar: Omit<LaneBar, "title">;
  let dates: string;
  if (end) {
    bar = { start, end, endKind: "sourced", href };
    dates = formatRange(start, end);
  } else if (status.value === "superseded" && successor) {
    bar = { start, end: successor.start, endKind: "successor", href };
    dates = `${formatDate(start)} – superseded by ${successor.label} (${formatDate(successor.start)})`;
  } else if (status.value === "active") {
    bar = { start, endKind: "ongoing", href };
    dates = `since ${formatDate(start)}, active as of ${formatDate(status.asOf ?? asOf)}`;
  } else {
    bar = { start, endKind: "unknown", href };
    dates = `from ${formatDate(start)}; ${status.value === "ended" ? "ended, date not sourced" : "end not sourced"}`;
  }
  const disputed = disputedText(alternatives, fields);
  return {
    ...bar,
    dates: disputed ? `${dates}.${disputed}` : dates,
    title: `${label}: ${dates}.${disputed}`,
  };
}

/** A row not drawn because no date is sourced; the chart lists it under its lane. */
export interface UndatedRow {
  group: string;
  label: string;
  href: string;
  note?: string | undefined;
}

export const LANES = {
  programmes: "Programmes",
  operations: "Operations (Azerbaijani personnel)",
  embassies: "NATO Contact Point Embassy in Baku",
} as const;

/**
 * The rows of the programmes, operations and mandates chart, from the dataset: programmes as a
 * tree (cycles under their plan), operations by the dates Azerbaijani personnel served, and each
 * Contact Point Embassy on one row with a bar per dated mandate. Undated ones are returned apart.
 */
export function laneRows(
  {
    programmes,
    operations,
    organizations,
  }: {
    programmes: readonly Programme[];
    operations: readonly Operation[];
    organizations: readonly Organization[];
  },
  {
    hrefOf,
    asOf,
  }: {
    hrefOf: (collection: "programmes" | "operations" | "organizations", id: string) => string;
    asOf: PartialDate;
  },
): { rows: (LaneRow & { dates: string })[]; undated: UndatedRow[] } {
  const rows: (LaneRow & { dates: string })[] = [];
  const undated: UndatedRow[] = [];
  const byId = new Map<string, Programme>(programmes.map((p) => [p.id, p]));
  const isChild = (p: Programme) => p.parent !== undefined && byId.has(p.parent);
  const labelOf = (p: Programme) =>
    nameWithAcronym(
      p.name.en,
      byId.get(p.parent ?? "")?.acronym === p.acronym ? undefined : p.acronym,
    );
  const visit = (p: Programme, depth: number) => {
    const label = labelOf(p);
    const href = hrefOf("programmes", p.id);
    if (!p.start) {
      undated.push({ group: LANES.programmes, label, href });
    } else {
      const next = p.successor ? byId.get(p.successor) : undefined;
      const successor = next?.start ? { label: labelOf(next), start: next.start } : undefined;
      const bar = barFor(label, href, { ...p, start: p.start }, { successor, asOf });
      rows.push({
        id: p.id,
        group: LANES.programmes,
        label,
        href,
        depth,
        bars: [bar],
        dates: bar.dates,
      });
    }
    for (const child of programmes.filter((c) => c.parent === p.id)) visit(child, depth + 1);
  };
  for (const p of programmes.filter((p) => !isChild(p))) visit(p, 0);

  for (const o of operations) {
    const label = nameWithAcronym(o.name.en, o.acronym);
    const href = hrefOf("operations", o.id);
    const bar = barFor(
      label,
      href,
      { ...o, ...o.participation },
      { asOf, fields: ["participation.start", "participation.end"] },
    );
    rows.push({ id: o.id, group: LANES.operations, label, href, bars: [bar], dates: bar.dates });
  }

  const embassies = organizations
    .map((org) => ({
      org,
      roles: org.roles.filter((r) => r.role === "nato-contact-point-embassy"),
    }))
    .filter(({ roles }) => roles.length > 0);
  const firstStart = (roles: readonly Organization["roles"][number][]) =>
    Math.min(...roles.map((r) => (r.start ? decimalYear(r.start) : Number.POSITIVE_INFINITY)));
  embassies.sort((a, b) => firstStart(a.roles) - firstStart(b.roles));
  for (const { org, roles } of embassies) {
    const label = org.name.en;
    const href = hrefOf("organizations", org.id);
    const dated = roles
      .filter((r) => r.start !== undefined)
      .sort((a, b) => decimalYear(a.start ?? "0") - decimalYear(b.start ?? "0"));
    // a mandate known only from an undated mention cannot be drawn: it is listed
    for (const r of roles.filter((r) => r.start === undefined)) {
      undated.push({ group: LANES.embassies, label, href, note: r.note });
    }
    if (dated.length === 0) continue;
    const bars = dated.map((r) =>
      barFor(
        `${label}, NATO Contact Point Embassy`,
        href,
        { ...r, start: r.start as PartialDate },
        { asOf },
      ),
    );
    rows.push({
      id: org.id,
      group: LANES.embassies,
      label,
      href,
      bars,
      dates: bars.map((b) => b.dates).join("; "),
    });
  }
  return { rows, undated };
}
