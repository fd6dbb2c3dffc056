// validate() against inputs made to hurt it (the 2026 probe's cases, generated): it always
// returns, every issue has a path, segments and a message, and it reads each input value once
// (counted through a proxy, not timed): everything after that works on its bounded copy.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INPUT_LIMITS } from "./plain.js";
import { validate } from "./validate.js";

interface Counter {
  reads: number;
}

/** `value` behind proxies that count every property read. */
function counted<T>(value: T, counter: Counter): T {
  if (value === null || typeof value !== "object") return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      counter.reads++;
      return counted(Reflect.get(target, key, receiver), counter);
    },
  }) as T;
}

/** How many values a plain JSON-like input holds (objects, arrays and leaves), without recursion. */
function size(value: unknown): number {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    count++;
    if (next !== null && typeof next === "object") stack.push(...Object.values(next));
  }
  return count;
}

const source = (text: string) => ({
  id: "s",
  title: "T",
  kind: "source-document",
  publisher: "P",
  language: "en",
  text,
  checked: "2026-01-01",
});
const meta = { title: "T", description: "D", asOf: "2026-12-04", licenses: [], retired: [] };

const hostile = fc.oneof(
  // repeated source texts with quotes at offsets, selectors included (the 20 s case)
  fc
    .record({
      unit: fc.constantFrom("a", "ab", "aab"),
      times: fc.integer({ min: 1, max: 60_000 }),
      quote: fc.integer({ min: 0, max: 50 }),
    })
    .map(({ unit, times, quote }) => {
      const text = unit.repeat(times);
      const q = text.slice(0, Math.min(quote, text.length));
      return {
        meta,
        sources: [source(text)],
        claims: [
          {
            id: "c",
            statement: { source: "s", quote: q, start: 0, end: q.length, selector: [] },
            verdict: "unverified",
            explanation: "E",
            evidence: [],
            about: [],
            checked: "2026-01-01",
          },
        ],
      };
    }),
  // empty text and empty quote at 0–0 (the case that never returned)
  fc.constant({
    meta,
    sources: [source("")],
    events: [{ id: "e", citations: [{ source: "s", quote: "", start: 0, end: 0 }] }],
  }),
  // nested unknown keys and deep arrays (the 8–21 s case)
  fc.integer({ min: 1, max: 3_000 }).map((depth) => {
    let x: unknown = "leaf";
    for (let i = 0; i < depth; i++) x = i % 2 ? { x } : [x];
    return { meta, events: [{ id: "e", x }] };
  }),
  // wide records of unknown keys
  fc.integer({ min: 1, max: 20_000 }).map((n) => ({
    meta,
    events: [Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))],
  })),
  // huge strings
  fc
    .integer({ min: 1, max: 3_000_000 })
    .map((n) => ({ meta, events: [{ id: "e", title: "x".repeat(n) }] })),
);

const wellFormed = (result: ReturnType<typeof validate>) => {
  expect(result.success).toBe(false);
  for (const issue of result.success ? [] : result.issues) {
    expect(issue.path.length).toBeGreaterThan(0);
    expect(Array.isArray(issue.segments)).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
  }
};

describe("validate() on hostile input", () => {
  it("returns, with well-formed issues, reading each input value at most once", () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const counter: Counter = { reads: 0 };
        wellFormed(validate(counted(input, counter)));
        // Array.isArray and Object.keys do not count; each value is read once, plus `length`
        expect(counter.reads).toBeLessThanOrEqual(2 * size(input));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("stops at a cycle anywhere with one issue at the place it closes", () => {
    const event: Record<string, unknown> = { id: "e" };
    const data = { meta, events: [event] };
    event.self = event;
    expect(validate(data)).toMatchObject({
      success: false,
      issues: [{ path: "events[0].self", message: "refers back to itself (a cycle)" }],
    });
    event.self = data;
    expect(validate(data)).toMatchObject({ issues: [{ path: "events[0].self" }] });
  });

  it("turns throwing getters, whatever they throw, into one issue at their path", () => {
    const throwers = [Object.create(null), new Error("boom"), "text"];
    for (const thrown of throwers) {
      const event = Object.defineProperty({}, "title", {
        enumerable: true,
        get: () => {
          throw thrown;
        },
      });
      const result = validate({ meta, events: [event] });
      expect(result.success ? [] : result.issues.map((i) => i.path)).toEqual(["events[0].title"]);
    }
  });

  it("reports more than its limits allow as one issue, without going on", () => {
    const result = validate({
      meta,
      events: Array.from({ length: INPUT_LIMITS.values + 1 }, () => 0),
    });
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: expect.stringMatching(/^events\[\d+\]$/),
        segments: ["events", expect.any(Number)],
        message: "more values than validate() reads (2,000,000)",
      },
    ]);
  });
});
