import { describe, expect, it } from "vitest";
import { resolveQuoteSelector, selectorsFor, type TextQuoteSelector } from "./selectors.js";

const text = "NATO and Azerbaijan. NATO and Georgia. NATO and Azerbaijan again.";

describe("selectorsFor", () => {
  it("gives only the exact words when the text or the offsets are unknown", () => {
    expect(selectorsFor({ quote: "NATO" })).toEqual([{ type: "TextQuoteSelector", exact: "NATO" }]);
    expect(selectorsFor({ quote: "NATO", start: 0 }, text)).toHaveLength(1);
  });

  it("widens the context until prefix + quote + suffix is unique, and adds the position", () => {
    const start = text.lastIndexOf("NATO");
    const [quote, position] = selectorsFor({ quote: "NATO", start, end: start + 4 }, text);
    expect(position).toEqual({ type: "TextPositionSelector", start, end: start + 4 });
    const q = quote as TextQuoteSelector;
    expect(resolveQuoteSelector(q, text)).toEqual([start]);
    // 32 characters each side already make it unique here
    expect(q.prefix).toBe(text.slice(start - 32, start));
  });

  it("doubles the context while the 32-character window still repeats", () => {
    const unit = `${"x".repeat(40)}Q`;
    const repeated = unit.repeat(4);
    const start = unit.length * 2 + 40;
    const [quote] = selectorsFor({ quote: "Q", start, end: start + 1 }, repeated);
    const q = quote as TextQuoteSelector;
    expect((q.prefix ?? "").length).toBeGreaterThan(32);
    expect(resolveQuoteSelector(q, repeated)).toEqual([start]);
  });

  it("stops widening at the text's edges, with no empty prefix or suffix", () => {
    const [quote] = selectorsFor({ quote: "ab", start: 0, end: 2 }, "ab");
    expect(quote).toEqual({ type: "TextQuoteSelector", exact: "ab" });
    const [twice] = selectorsFor({ quote: "a", start: 0, end: 1 }, "aa");
    expect(twice).toEqual({ type: "TextQuoteSelector", exact: "a", suffix: "a" });
  });

  it("refuses an empty quote, offsets that miss it and arguments of the wrong kind, in one line", () => {
    expect(() => selectorsFor({ quote: "", start: 0, end: 0 }, "")).toThrow(
      "selectorsFor() needs a quote that is not empty",
    );
    expect(() => selectorsFor({ quote: "NATO", start: 1, end: 5 }, text)).toThrow(RangeError);
    expect(() => selectorsFor(null as never)).toThrow(TypeError);
    expect(() => selectorsFor({ quote: "a" }, 5 as never)).toThrow(TypeError);
  });

  it("stays linear on a long repetitive text (the probe's 320 kB case)", () => {
    const long = "ab".repeat(160_000);
    const start = 160_000;
    const [quote] = selectorsFor({ quote: "ab", start, end: start + 2 }, long);
    expect((quote as TextQuoteSelector).exact).toBe("ab");
  });
});

describe("resolveQuoteSelector", () => {
  it("finds every match of prefix + exact + suffix, at the start of exact", () => {
    expect(resolveQuoteSelector({ type: "TextQuoteSelector", exact: "NATO" }, text)).toEqual([
      0, 21, 39,
    ]);
    expect(
      resolveQuoteSelector(
        { type: "TextQuoteSelector", exact: "NATO", prefix: ". ", suffix: " and G" },
        text,
      ),
    ).toEqual([21]);
  });

  it("matches nothing for an empty exact, and refuses arguments of the wrong kind", () => {
    expect(resolveQuoteSelector({ type: "TextQuoteSelector", exact: "" }, "x")).toEqual([]);
    expect(() => resolveQuoteSelector(null as never, "x")).toThrow(TypeError);
    expect(() =>
      resolveQuoteSelector({ type: "TextQuoteSelector", exact: "x" }, null as never),
    ).toThrow(TypeError);
  });
});
