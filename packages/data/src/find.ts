// Substring search in linear time (Knuth–Morris–Pratt), for texts a user supplies: the engine's
// indexOf can take time proportional to text × pattern on repetitive input.

/** Counts the character comparisons a search makes, for tests that bound its work. */
export interface StepCounter {
  steps: number;
}

/**
 * The offsets of the first `limit` occurrences of a non-empty `pattern` in `text`, overlapping
 * ones included, in at most 2 × (text + pattern) comparisons. An empty pattern has none.
 */
export function occurrences(
  text: string,
  pattern: string,
  limit = Number.POSITIVE_INFINITY,
  counter?: StepCounter,
): number[] {
  const found: number[] = [];
  const m = pattern.length;
  if (m === 0 || m > text.length || limit <= 0) return found;
  // failure[i]: the length of the longest proper border of pattern[0..i]
  const failure = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = failure[k - 1] as number;
    if (pattern[i] === pattern[k]) k++;
    failure[i] = k;
    if (counter) counter.steps++;
  }
  for (let i = 0, k = 0; i < text.length; i++) {
    while (k > 0 && text[i] !== pattern[k]) {
      k = failure[k - 1] as number;
      if (counter) counter.steps++;
    }
    if (counter) counter.steps++;
    if (text[i] === pattern[k]) k++;
    if (k === m) {
      found.push(i - m + 1);
      if (found.length >= limit) break;
      k = failure[k - 1] as number;
    }
  }
  return found;
}
