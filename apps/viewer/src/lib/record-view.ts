// What a record page shows, in the order a reader needs it: pure helpers over the package's API.
import {
  type Alternative,
  type AnyRecord,
  type Citation,
  type CollectionName,
  collectionNames,
  collectionOf,
  compareDates,
  type Event,
  formatDate,
  type PartialDate,
  related,
} from "@aznato/data";
import { fieldLabel } from "./labels.ts";
import { labelOf } from "./records.ts";

/** When a record happened or applied, where it has a date of its own. */
export interface Period {
  start: PartialDate;
  end?: PartialDate | undefined;
}

/** The record's own date: an event's start and end, a programme's or operation's span, a source's publication. */
export function periodOf(record: AnyRecord): Period | undefined {
  const r = record as { start?: string; end?: string; published?: string };
  if (typeof r.start === "string") return { start: r.start, end: r.end };
  if (typeof r.published === "string") return { start: r.published };
  return undefined;
}

/** Fields the page shows in its own sections, not in the list of key facts. */
const OWN_SECTIONS = new Set([
  "id",
  "name",
  "title",
  "description",
  "summary",
  "citations",
  "alternatives",
  "certainty",
  "checked",
  "start",
  "end",
  "published",
  "status",
  "text",
  "statement",
  "verdict",
  "explanation",
  "evidence",
  "about",
  // shown as badges under the heading
  "kind",
  "type",
  "scope",
]);

/**
 * The key facts of a record: every field the page does not show elsewhere, minus lists of record
 * ids (those are the related records, shown once, grouped by kind). Single references such as a
 * city's country or a programme's successor stay here.
 */
export function keyFacts(record: AnyRecord): [string, unknown][] {
  return Object.entries(record).filter(
    ([key, value]) =>
      !OWN_SECTIONS.has(key) &&
      value !== undefined &&
      !(Array.isArray(value) && (value.length === 0 || value.every((v) => typeof v === "string"))),
  );
}

/** A record linked to the page's record, with its date when it has one. */
export interface RelatedItem {
  id: string;
  collection: CollectionName;
  record: AnyRecord;
  period?: Period | undefined;
  /** How it is linked, where the heading of its group does not say it already. */
  via?: string | undefined;
}

const byDateThenLabel = (a: RelatedItem, b: RelatedItem): number =>
  (a.period && b.period
    ? compareDates(a.period.start, b.period.start)
    : a.period
      ? -1
      : b.period
        ? 1
        : 0) || labelOf(a.record).localeCompare(labelOf(b.record));

// a list field named after the collection it holds ("events.people[]") needs no explanation
const viaOf = (field: string, direction: "incoming" | "outgoing", collection: CollectionName) => {
  const path = field.split(".").slice(1).join(".");
  const last = path.replace(/\[\]/g, "").split(".").pop() ?? "";
  if (last === collection || path.endsWith(".source") || last === "about") return undefined;
  const label = fieldLabel(path).toLowerCase();
  return direction === "outgoing" ? label : `lists this as ${label}`;
};

/**
 * The records linked to `id`, once each: the events (any direction) as one dated list, and the
 * rest grouped by collection in the registry's order. Sources that the record cites are left out
 * (its citations show them) and so are the single references in `shown` (its key facts).
 */
export function relatedRecords(
  id: string,
  shown: ReadonlySet<string> = new Set(),
): { events: RelatedItem[]; groups: { collection: CollectionName; items: RelatedItem[] }[] } {
  const items = new Map<string, RelatedItem>();
  for (const link of related(id)) {
    if (link.id === id) continue;
    if (link.direction === "outgoing" && link.collection === "sources") continue;
    if (link.direction === "outgoing" && shown.has(link.id)) continue;
    const existing = items.get(link.id);
    // the list a link comes through is named after the collection on its far end
    const named =
      link.direction === "incoming" ? (collectionOf(id) ?? link.collection) : link.collection;
    const via = viaOf(link.field, link.direction, named);
    if (existing) {
      if (!via) existing.via = undefined;
      continue;
    }
    items.set(link.id, {
      id: link.id,
      collection: link.collection,
      record: link.record as AnyRecord,
      period: periodOf(link.record as AnyRecord),
      via,
    });
  }
  const list = [...items.values()];
  const events = list.filter((i) => i.collection === "events").sort(byDateThenLabel);
  const groups = collectionNames
    .filter((c) => c !== "events")
    .map((collection) => ({
      collection,
      items: list.filter((i) => i.collection === collection).sort(byDateThenLabel),
    }))
    .filter((g) => g.items.length > 0);
  return { events, groups };
}

/** The ids a record's single-reference fields hold (country, parent, successor…), shown as key facts. */
export function singleReferences(record: AnyRecord): Set<string> {
  const ids = new Set<string>();
  for (const [key, value] of keyFacts(record)) {
    if (typeof value === "string" && key !== "wikidata") ids.add(value);
  }
  return ids;
}

/** A disputed value: what the record says and what other sources say, side by side. */
export interface Dispute {
  field: string;
  label: string;
  current: unknown;
  alternatives: {
    value: Alternative["value"];
    note?: string | undefined;
    citations: readonly Citation[];
  }[];
}

/** The record's disputed fields with the value it keeps and the alternatives, grouped by field. */
export function disputesOf(record: AnyRecord): Dispute[] {
  const alternatives: readonly Alternative[] =
    ("alternatives" in record ? record.alternatives : undefined) ?? [];
  const byField = new Map<string, Dispute>();
  for (const alt of alternatives) {
    const dispute = byField.get(alt.field) ?? {
      field: alt.field,
      label: fieldLabel(alt.field),
      current: alt.field
        .split(".")
        .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], record),
      alternatives: [],
    };
    dispute.alternatives.push({ value: alt.value, note: alt.note, citations: alt.citations });
    byField.set(alt.field, dispute);
  }
  return [...byField.values()];
}

/** A period in words: one date, or a range when it has an end. */
export const periodText = (period: Period): string =>
  period.end && period.end !== period.start
    ? `${formatDate(period.start)} – ${formatDate(period.end)}`
    : formatDate(period.start);

/** Events sorted by date, for lists that must show when each happened. */
export const byDate = (events: readonly Event[]): Event[] =>
  [...events].sort((a, b) => compareDates(a.start, b.start) || a.id.localeCompare(b.id));
