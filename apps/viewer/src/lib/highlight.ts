/** A cited range of a text, and who cites it. */
export interface Span {
  start: number;
  end: number;
  ref: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Refs of the spans covering this segment (empty: plain text). */
  refs: string[];
  /** Refs of the spans that end with this segment, where the links go. */
  ending: string[];
}

/**
 * Splits `text` into paragraphs (at blank lines) and each paragraph into segments at every span
 * boundary, so overlapping citations become adjacent highlighted pieces with no nesting.
 */
export function highlightParagraphs(text: string, spans: readonly Span[]): Segment[][] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const paragraphs: Segment[][] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(breaks)) {
    ranges.push([from, match.index]);
    from = match.index + match[0].length;
  }
  ranges.push([from, text.length]);
  for (const [pStart, pEnd] of ranges) {
    if (pStart >= pEnd) continue;
    const cuts = new Set([pStart, pEnd]);
    for (const s of valid) {
      if (s.start > pStart && s.start < pEnd) cuts.add(s.start);
      if (s.end > pStart && s.end < pEnd) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const start = points[i] as number;
      const end = points[i + 1] as number;
      const covering = valid.filter((s) => s.start < end && s.end > start);
      segments.push({
        start,
        end,
        text: text.slice(start, end),
        refs: [...new Set(covering.map((s) => s.ref))],
        ending: [
          ...new Set(covering.filter((s) => Math.min(s.end, pEnd) === end).map((s) => s.ref)),
        ],
      });
    }
    paragraphs.push(segments);
  }
  return paragraphs;
}
