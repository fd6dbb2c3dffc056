// Every factual sentence of the source document is checked by at least one claim.
import { describe, expect, it } from "vitest";
import { dataset } from "./index.js";

interface Sentence {
  text: string;
  start: number;
  end: number;
}

const sourceDocument = dataset.sources.find((s) => s.kind === "source-document");
const text = sourceDocument?.text ?? "";

/**
 * Splits the text into sentences with their offsets. Paragraphs are separated by blank lines; a
 * sentence ends at `.`, `!` or `?` followed by white space, or at the end of its paragraph (the
 * first paragraph's last sentence has no final period).
 */
function splitSentences(source: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of source.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
    const offset = paragraph.index;
    for (const match of paragraph[0].matchAll(/\S[\s\S]*?(?:[.!?](?=\s|$)|$)/g)) {
      const start = offset + match.index;
      const sentence = match[0].trimEnd();
      if (sentence) sentences.push({ text: sentence, start, end: start + sentence.length });
    }
  }
  return sentences;
}

/** Sentences that state no checkable fact, each with the reason. */
const nonFactual: Record<string, string> = {
  "The relationship with NATO is not solely focused on defense, but is instead surprisingly complex.":
    "an opinion framing the paragraph ('surprisingly complex'), with no checkable fact",
  "As expected, the main role of the partnership with NATO is related to security.":
    "an editorial framing of the paragraph; the operations it introduces are checked sentence by sentence",
  "As Azerbaijan's economic influence and proclivity for hosting international events catapults them further into the global spotlight, their presence in world security matters has increased as well.":
    "an evaluative transition with no measurable claim; the example that follows it is checked",
};

const sentences = splitSentences(text);
const claimSpans = dataset.claims
  .filter((c) => c.statement.source === sourceDocument?.id)
  .map((c) => ({ id: c.id, start: c.statement.start ?? -1, end: c.statement.end ?? -1 }));

describe("source document coverage", () => {
  it("ships the source document's text", () => {
    expect(sourceDocument).toBeDefined();
    expect(text.length).toBeGreaterThan(0);
  });

  it("splits the text into sentences, including one without a final period", () => {
    expect(sentences.length).toBeGreaterThan(Object.keys(nonFactual).length);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    const unterminated = sentences.filter((s) => !/[.!?]$/.test(s.text));
    expect(unterminated.length).toBeGreaterThan(0);
    for (const s of unterminated) {
      expect(text.slice(s.end).startsWith("\n") || s.end === text.length).toBe(true);
    }
    // a sentence never runs across a paragraph break
    for (const s of sentences) expect(s.text).not.toMatch(/\n\s*\n/);
  });

  it("lists only non-factual sentences that exist in the text", () => {
    const texts = new Set(sentences.map((s) => s.text));
    for (const [sentence, reason] of Object.entries(nonFactual)) {
      expect(texts.has(sentence), `listed as non-factual but not in the text: ${sentence}`).toBe(
        true,
      );
      expect(reason.length).toBeGreaterThan(0);
    }
  });

  it("covers every factual sentence with at least one claim", () => {
    const uncovered = sentences
      .filter((s) => !(s.text in nonFactual))
      .filter((s) => !claimSpans.some((c) => c.start >= s.start && c.end <= s.end))
      .map((s) => s.text);
    expect(uncovered).toEqual([]);
  });

  it("keeps every claim inside one sentence", () => {
    const outside = claimSpans
      .filter((c) => !sentences.some((s) => c.start >= s.start && c.end <= s.end))
      .map((c) => c.id);
    expect(outside).toEqual([]);
  });

  it("does not quote the same words in two claims", () => {
    const overlapping: string[] = [];
    const sorted = [...claimSpans].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous && current && current.start < previous.end) {
        overlapping.push(`${previous.id} / ${current.id}`);
      }
    }
    expect(overlapping).toEqual([]);
  });
});
