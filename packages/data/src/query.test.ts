import { describe, expect, it } from "vitest";
import { dataset } from "./dataset.js";
import { compareDates } from "./dates.js";
import { citationsFor, collectionOf, getById, related, timeline } from "./query.js";
import { collectionNames } from "./registry.js";

const anEvent = dataset.events[0];
if (!anEvent) throw new Error("the dataset has no events");

describe("getById", () => {
  it("finds a record of every collection by its id", () => {
    for (const name of collectionNames) {
      for (const record of dataset[name]) {
        expect(getById(record.id)).toBe(record);
        expect(collectionOf(record.id)).toBe(name);
      }
    }
  });

  it("returns undefined for an unknown id", () => {
    expect(getById("no-such-record")).toBeUndefined();
    expect(collectionOf("no-such-record")).toBeUndefined();
  });
});

describe("timeline", () => {
  it("lists every event in date order by default", () => {
    const all = timeline();
    expect(all).toHaveLength(dataset.events.length);
    for (let i = 1; i < all.length; i++) {
      expect(
        compareDates(all[i - 1]?.start as string, all[i]?.start as string),
      ).toBeLessThanOrEqual(0);
    }
  });

  it("keeps events that overlap the from/to window at any precision", () => {
    const year = anEvent.start.slice(0, 4);
    const inYear = timeline({ from: year, to: year });
    expect(inYear).toContain(anEvent);
    expect(inYear.every((e) => e.start.startsWith(year) || (e.end ?? "") >= year)).toBe(true);
    expect(timeline({ to: `${Number(year) - 1}` })).not.toContain(anEvent);
    expect(timeline({ from: `${Number(year) + 1}` })).not.toContain(anEvent);
  });

  it("filters by area and type", () => {
    const area = anEvent.areas[0];
    if (!area) throw new Error("the first event has no area");
    const byArea = timeline({ areas: [area] });
    expect(byArea).toContain(anEvent);
    expect(byArea.every((e) => e.areas.includes(area))).toBe(true);
    const byType = timeline({ types: [anEvent.type] });
    expect(byType.every((e) => e.type === anEvent.type)).toBe(true);
    expect(byType).toContain(anEvent);
  });

  it("throws a clear error naming an invalid option", () => {
    expect(() => timeline({ from: "1994-02-30" })).toThrow(
      'Invalid timeline() from date "1994-02-30": expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(() => timeline({ to: "last year" })).toThrow('Invalid timeline() to date "last year"');
    expect(() => timeline({ from: "2010", to: "2000" })).toThrow(
      new RangeError("timeline(): from 2010 is after to 2000"),
    );
    expect(() => timeline({ areas: ["gardening" as never] })).toThrow(
      new RangeError('timeline(): unknown area "gardening"'),
    );
    expect(() => timeline({ types: ["party" as never] })).toThrow(
      new RangeError('timeline(): unknown event type "party"'),
    );
    expect(() => timeline({ scope: "everything" as never })).toThrow(RangeError);
    expect(() => timeline({ areas: "political-dialogue" as never })).toThrow(TypeError);
    expect(() => timeline(null as never)).toThrow(TypeError);
  });
});

describe("related", () => {
  it("links both directions", () => {
    const person = anEvent.people[0] ?? anEvent.organizations[0] ?? anEvent.places[0];
    expect(person).toBeDefined();
    const outgoing = related(anEvent.id).filter((r) => r.direction === "outgoing");
    expect(outgoing.map((r) => r.id)).toContain(person);
    const incoming = related(person as string).filter((r) => r.direction === "incoming");
    expect(incoming.map((r) => r.id)).toContain(anEvent.id);
    expect(incoming.find((r) => r.id === anEvent.id)?.collection).toBe("events");
  });

  it("includes claims about a record", () => {
    const claim = dataset.claims.find((c) => c.about.length > 0);
    const about = claim?.about[0] as string;
    expect(related(about).some((r) => r.id === claim?.id && r.field === "claims.about[]")).toBe(
      true,
    );
  });

  it("is empty for an unknown id", () => {
    expect(related("no-such-record")).toEqual([]);
  });

  it("hands out frozen links, so one caller cannot change what the next one sees", () => {
    const [first] = related(anEvent.id);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { id: string }).id = "changed";
    }).toThrow(TypeError);
    const list = related(anEvent.id);
    list.length = 0;
    expect(related(anEvent.id).length).toBeGreaterThan(0);
  });
});

describe("citationsFor", () => {
  it("resolves every citation of a record to its source, nested ones included", () => {
    const disputed = dataset.events.find((e) => (e.alternatives ?? []).length > 0);
    expect(disputed, "a disputed event").toBeDefined();
    const cited = citationsFor(disputed?.id as string);
    for (const { citation, source } of cited) expect(source.id).toBe(citation.source);
    const own = cited.filter((c) => c.path === "citations[]").map((c) => c.citation);
    expect(own).toEqual(disputed?.citations);
    const nested = cited
      .filter((c) => c.path === "alternatives[].citations[]")
      .map((c) => c.citation);
    expect(nested).toEqual(disputed?.alternatives?.flatMap((a) => a.citations));
  });

  it("includes a claim's statement and evidence", () => {
    const claim = dataset.claims[0];
    const paths = citationsFor(claim?.id as string).map((c) => c.path);
    expect(paths).toContain("statement");
    expect(paths.filter((p) => p === "evidence[]")).toHaveLength(claim?.evidence.length ?? -1);
  });

  it("is empty for an unknown id", () => {
    expect(citationsFor("no-such-record")).toEqual([]);
  });

  it("gives every citation selectors; a claim's statement also by position", () => {
    const claim = dataset.claims[0];
    const statement = citationsFor(claim?.id as string).find((c) => c.path === "statement");
    expect(statement?.selectors.map((s) => s.type)).toEqual([
      "TextQuoteSelector",
      "TextPositionSelector",
    ]);
    const event = citationsFor(anEvent.id)[0];
    expect(event?.selectors).toEqual([{ type: "TextQuoteSelector", exact: event?.citation.quote }]);
  });
});
