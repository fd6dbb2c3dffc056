import { describe, expect, it } from "vitest";
import { dataset } from "./dataset.js";
import { deepFreeze } from "./freeze.js";
import { events as viaSubpath } from "./generated/data.js";
import { getById } from "./query.js";
import { collectionNames, collections, recordNames } from "./registry.js";
import { relations } from "./relations.js";
import { eventTypes, statusValues, verdicts } from "./vocabulary.js";

describe("deep-frozen exports", () => {
  // ES modules run in strict mode, so a write to a frozen object throws instead of failing silently
  it("throws on mutation at any depth", () => {
    const event = dataset.events[0] as unknown as Record<string, unknown> & {
      citations: { quote: string }[];
    };
    const before = structuredClone(event);
    expect(() => {
      event.title = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (event.citations[0] as { quote: string }).quote = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (dataset.events as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (dataset.meta as unknown as { asOf: string }).asOf = "2099";
    }).toThrow(TypeError);
    expect(event).toEqual(before);
  });

  it("hands every import the same unchanged objects", () => {
    expect(viaSubpath).toBe(dataset.events);
    expect(getById(viaSubpath[0]?.id as string)).toBe(viaSubpath[0]);
  });

  it("freezes the registry, the relations and the vocabularies", () => {
    for (const shared of [
      collectionNames,
      collections,
      recordNames,
      relations,
      eventTypes,
      verdicts,
      statusValues,
    ]) {
      expect(Object.isFrozen(shared)).toBe(true);
    }
    expect(Object.isFrozen(collections[0])).toBe(true);
    expect(Object.isFrozen(relations[0])).toBe(true);
    expect(() => (eventTypes as unknown as string[]).push("party")).toThrow(TypeError);
  });

  it("freezes nested arrays and objects of plain values", () => {
    const value = deepFreeze({ a: [{ b: 1 }], c: { d: "x" } });
    expect(Object.isFrozen(value.a[0])).toBe(true);
    expect(Object.isFrozen(value.c)).toBe(true);
  });
});
