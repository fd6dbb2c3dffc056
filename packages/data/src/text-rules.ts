// Rules every text field of the data follows, free of zod so that the CSV and viewer code can
// apply the same ones. Lengths are capped before any pattern runs on a value.

/** The longest id accepted. */
export const MAX_ID = 120;
/** The longest text field accepted (the source document's full text has its own, larger cap). */
export const MAX_TEXT = 20_000;

// a spreadsheet runs a cell starting with one of these as a formula (OWASP CSV injection); some
// also read the full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20) as the ASCII ones
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// C0 and C1 controls, except the line feed of multi-paragraph text and the tab of quoted tables
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// bidirectional embeddings, overrides and isolates can make text read differently from its bytes
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** What is wrong with a text value, in words, or `undefined` when it follows the rules. */
export function textProblem(value: string): string | undefined {
  if (typeof value !== "string") throw new TypeError("textProblem() needs a string");
  if (value.trim() !== value) return "must not start or end with whitespace";
  if (FORMULA_START.test(value)) {
    return "must not start with =, +, - or @ (a spreadsheet would run it as a formula)";
  }
  const control = CONTROL.exec(value);
  if (control) return `must not contain the control character ${codePoint(control[0])}`;
  const bidi = BIDI.exec(value);
  if (bidi) return `must not contain the bidirectional control ${codePoint(bidi[0])}`;
  if (LONE_SURROGATE.test(value)) return "must not contain a lone surrogate (broken UTF-16)";
  return undefined;
}
