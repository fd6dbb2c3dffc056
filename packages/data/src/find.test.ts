import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrences, type StepCounter } from "./find.js";

/** Every occurrence, the slow obvious way. */
const naive = (text: string, pattern: string): number[] => {
  const found: number[] = [];
  if (pattern === "") return found;
  for (let i = 0; i + pattern.length <= text.length; i++) {
    if (text.slice(i, i + pattern.length) === pattern) found.push(i);
  }
  return found;
};

describe("occurrences", () => {
  it("finds every occurrence, overlapping ones included, as a naive search does", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(occurrences("abcabcab", "cab")).toEqual([2, 5]);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b") }),
        fc.string({ unit: fc.constantFrom("a", "b"), maxLength: 4 }),
        (text, pattern) => {
          expect(occurrences(text, pattern)).toEqual(naive(text, pattern));
        },
      ),
    );
  });

  it("stops at the limit, and finds nothing for an empty or longer pattern", () => {
    expect(occurrences("aaaa", "a", 2)).toEqual([0, 1]);
    expect(occurrences("aaaa", "")).toEqual([]);
    expect(occurrences("", "")).toEqual([]);
    expect(occurrences("ab", "abc")).toEqual([]);
    expect(occurrences("ab", "a", 0)).toEqual([]);
  });

  it("does linear work on the repetitive text that makes indexOf quadratic", () => {
    const text = "a".repeat(320_000);
    const pattern = `${"a".repeat(5_000)}b`;
    const counter: StepCounter = { steps: 0 };
    expect(occurrences(text, pattern, 2, counter)).toEqual([]);
    expect(counter.steps).toBeLessThanOrEqual(2 * (text.length + pattern.length));
  });
});
