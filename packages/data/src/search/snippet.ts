// A short passage of a record around what a search matched, with the matched words marked.
import { type SearchField, type SearchFields, termOf, words } from "./fields.js";
import { sharedTerm } from "./synonyms.js";

/** Where a {@link Snippet} comes from, and what in it matched. */
export interface Snippet {
  /** The field the passage is from (`name`, `text` or `note`). */
  readonly field: SearchField;
  /** The passage: a line of the field, cut to about 160 characters with `…` where it was cut. */
  readonly text: string;
  /** The matched words, as `[start, end)` offsets into `text`, in order. */
  readonly marks: readonly (readonly [number, number])[];
}

const WIDTH = 160;
const BEFORE = 40;
// the record's text says most about why it matched; a name is shown anyway; dates are not passages
const ORDER = ["text", "note", "name"] as const;

/** Cuts `line` to a window of about {@link WIDTH} characters around offset `at`, at word ends. */
function cut(line: string, at: number): { text: string; shift: number } {
  if (line.length <= WIDTH) return { text: line, shift: 0 };
  let start = Math.max(0, at - BEFORE);
  if (start > 0) start = line.lastIndexOf(" ", start) + 1;
  let end = Math.min(line.length, start + WIDTH);
  if (end < line.length) end = Math.max(line.lastIndexOf(" ", end), at + 1);
  const head = start > 0 ? "…" : "";
  const tail = end < line.length ? "…" : "";
  return { text: `${head}${line.slice(start, end).trimEnd()}${tail}`, shift: head.length - start };
}

/**
 * The snippet for a record whose `matched` index terms a search found: the line of its text,
 * notes or names (in that order on a tie) with the most distinct matched words; `undefined` when
 * none has one (a year matched in a date, a kind).
 */
export function snippetOf(
  fields: Pick<SearchFields, "name" | "text" | "note">,
  matched: ReadonlySet<string>,
): Snippet | undefined {
  let best:
    | { field: SearchField; line: string; hits: ReturnType<typeof words>; distinct: number }
    | undefined;
  for (const field of ORDER) {
    for (const line of fields[field].split("\n")) {
      const found = new Set<string>();
      const hits = words(line).filter((w) => {
        const term = termOf(w.word);
        if (term === null) return false;
        const key = matched.has(term) ? term : sharedTerm(term);
        if (key === undefined || !matched.has(key)) return false;
        found.add(key);
        return true;
      });
      if (found.size > (best?.distinct ?? 0)) best = { field, line, hits, distinct: found.size };
    }
  }
  if (!best) return undefined;
  const { text, shift } = cut(best.line, (best.hits[0] as { start: number }).start);
  const marks = best.hits
    .map((w) => [w.start + shift, w.end + shift] as const)
    .filter(([start, end]) => start >= 0 && end <= text.length && text[start] !== "…")
    .map((m) => Object.freeze(m));
  return Object.freeze({ field: best.field, text, marks: Object.freeze(marks) });
}
