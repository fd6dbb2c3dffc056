import { type AnyRecord, collectionNames, dataset, related } from "@aznato/data";
import { describe, expect, it } from "vitest";
import {
  disputesOf,
  keyFacts,
  periodOf,
  periodText,
  relatedRecords,
  singleReferences,
} from "./record-view.ts";
import { labelOf } from "./records.ts";

const all = collectionNames.flatMap((c) => dataset[c] as readonly AnyRecord[]);

describe("record pages", () => {
  it("list related events once each, dated and in date order", () => {
    for (const record of all) {
      const { events, groups } = relatedRecords(record.id);
      const ids = events.map((e) => e.id);
      expect(new Set(ids).size, record.id).toBe(ids.length);
      for (const e of events) expect(e.period, `${record.id} → ${e.id}`).toBeDefined();
      const starts = events.map((e) => e.period?.start ?? "");
      expect(starts, record.id).toEqual([...starts].sort());
      expect(groups.every((g) => g.collection !== "events")).toBe(true);
    }
  });

  it("tell apart events with the same title by their dates", () => {
    const seen = new Map<string, Set<string>>();
    for (const e of dataset.events) {
      const dates = seen.get(e.title) ?? new Set();
      dates.add(periodText(periodOf(e) ?? { start: e.start }));
      seen.set(e.title, dates);
    }
    for (const [title, dates] of seen) {
      const count = dataset.events.filter((e) => e.title === title).length;
      expect(dates.size, title).toBe(count);
    }
  });

  it("leave out the sources a record cites and the references shown as key facts", () => {
    for (const record of all) {
      const shown = singleReferences(record);
      const { events, groups } = relatedRecords(record.id, shown);
      const listed = new Set([...events, ...groups.flatMap((g) => g.items)].map((i) => i.id));
      for (const link of related(record.id)) {
        if (
          link.direction === "outgoing" &&
          (link.collection === "sources" || shown.has(link.id))
        ) {
          expect(listed.has(link.id), `${record.id} → ${link.id}`).toBe(false);
        } else if (link.id !== record.id) {
          expect(listed.has(link.id), `${record.id} → ${link.id}`).toBe(true);
        }
      }
    }
  });

  it("keep lists of ids and the fields with sections of their own out of the key facts", () => {
    for (const record of all) {
      for (const [key, value] of keyFacts(record)) {
        expect(["id", "name", "citations", "checked", "alternatives"]).not.toContain(key);
        if (Array.isArray(value)) expect(value.some((v) => typeof v !== "string")).toBe(true);
      }
    }
  });

  it("pair each disputed value with the alternatives and their citations", () => {
    const disputed = all.filter(
      (r) => "alternatives" in r && Array.isArray(r.alternatives) && r.alternatives.length > 0,
    );
    expect(disputed.length).toBeGreaterThan(0);
    for (const record of disputed) {
      const disputes = disputesOf(record);
      const alternatives = (record as unknown as { alternatives: { field: string }[] })
        .alternatives;
      expect(disputes.flatMap((d) => d.alternatives)).toHaveLength(alternatives.length);
      for (const d of disputes) {
        expect(d.label, labelOf(record)).not.toMatch(/[[\].]/);
        for (const a of d.alternatives) expect(a.citations.length).toBeGreaterThan(0);
      }
    }
  });
});
