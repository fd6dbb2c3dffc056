import { describe, expect, it } from "vitest";
import { highlightParagraphs } from "./highlight.ts";

describe("highlightParagraphs", () => {
  const text = "Alpha beta gamma.\n\nDelta epsilon.";

  it("splits at paragraphs and span boundaries, keeping every character", () => {
    const paragraphs = highlightParagraphs(text, [{ start: 6, end: 10, ref: "claim-1" }]);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]?.map((s) => s.text)).toEqual(["Alpha ", "beta", " gamma."]);
    expect(paragraphs[0]?.[1]).toMatchObject({ refs: ["claim-1"], ending: ["claim-1"] });
    expect(paragraphs[1]?.map((s) => s.text).join("")).toBe("Delta epsilon.");
  });

  it("turns overlapping spans into adjacent pieces and links each at its end", () => {
    const [first] = highlightParagraphs(text, [
      { start: 0, end: 10, ref: "a" },
      { start: 6, end: 16, ref: "b" },
    ]);
    expect(first?.map((s) => [s.text, s.refs.join("+"), s.ending.join("+")])).toEqual([
      ["Alpha ", "a", ""],
      ["beta", "a+b", "a"],
      [" gamma", "b", "b"],
      [".", "", ""],
    ]);
  });

  it("ignores spans outside the text and clips spans at paragraph ends", () => {
    const paragraphs = highlightParagraphs(text, [
      { start: 50, end: 60, ref: "x" },
      { start: 11, end: 25, ref: "y" },
    ]);
    expect(paragraphs.flat().some((s) => s.refs.includes("x"))).toBe(false);
    expect(paragraphs[0]?.at(-1)).toMatchObject({ text: "gamma.", ending: ["y"] });
    expect(paragraphs[1]?.[0]).toMatchObject({ text: "Delta ", refs: ["y"], ending: ["y"] });
  });
});
