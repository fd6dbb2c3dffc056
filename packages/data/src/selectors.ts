// W3C Web Annotation selectors for citations, so a quote can be found again in its source:
// https://www.w3.org/TR/annotation-model/#selectors

import { occurrences } from "./find.js";
import type { Selector } from "./generated/records.js";

export type { Selector };
/** Selects a quote by its exact words and, where the text is known, the words around it. */
export type TextQuoteSelector = Extract<Selector, { type: "TextQuoteSelector" }>;
/** Selects a quote by its offsets (UTF-16 code units) in the source's text. */
export type TextPositionSelector = Extract<Selector, { type: "TextPositionSelector" }>;

/** The context kept on each side of a quote, grown until prefix + quote + suffix is unique. */
const CONTEXT = 32;

/** Whether `part` occurs in `text` more than once (linear time, whatever the text). */
const repeats = (text: string, part: string): boolean => occurrences(text, part, 2).length > 1;

/**
 * The selectors of a citation: a `TextQuoteSelector` always, with `prefix` and `suffix` and a
 * `TextPositionSelector` when the source's `text` is given and the offsets point at the quote.
 * Throws a one-line `TypeError` or `RangeError` on an empty quote or offsets that miss it; its
 * work grows in proportion to the text (times the log of its length), never faster.
 */
export function selectorsFor(
  citation: {
    readonly quote: string;
    readonly start?: number | undefined;
    readonly end?: number | undefined;
  },
  text?: string,
): Selector[] {
  if (citation === null || typeof citation !== "object" || typeof citation.quote !== "string") {
    throw new TypeError("selectorsFor() needs a citation with a quote string");
  }
  if (text !== undefined && typeof text !== "string") {
    throw new TypeError("selectorsFor() needs the source's text as a string");
  }
  const { quote, start, end } = citation;
  if (quote === "") throw new RangeError("selectorsFor() needs a quote that is not empty");
  if (text === undefined || start === undefined || end === undefined) {
    return [{ type: "TextQuoteSelector", exact: quote }];
  }
  if (text.slice(start, end) !== quote) {
    throw new RangeError(`the offsets ${start}–${end} do not point at the quote`);
  }
  let size = CONTEXT;
  let prefix = text.slice(Math.max(0, start - size), start);
  let suffix = text.slice(end, end + size);
  while (
    repeats(text, prefix + quote + suffix) &&
    (prefix.length < start || end + suffix.length < text.length)
  ) {
    size *= 2;
    prefix = text.slice(Math.max(0, start - size), start);
    suffix = text.slice(end, end + size);
  }
  const quoteSelector: TextQuoteSelector = {
    type: "TextQuoteSelector",
    exact: quote,
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
  return [quoteSelector, { type: "TextPositionSelector", start, end }];
}

/**
 * Where a `TextQuoteSelector` matches in `text`: the offsets of every match of prefix + exact +
 * suffix, in linear time. An empty `exact` matches nothing.
 */
export function resolveQuoteSelector(selector: TextQuoteSelector, text: string): number[] {
  if (selector === null || typeof selector !== "object" || typeof selector.exact !== "string") {
    throw new TypeError("resolveQuoteSelector() needs a TextQuoteSelector with an exact string");
  }
  if (typeof text !== "string") throw new TypeError("resolveQuoteSelector() needs a text string");
  if (selector.exact === "") return [];
  const prefix = typeof selector.prefix === "string" ? selector.prefix : "";
  const suffix = typeof selector.suffix === "string" ? selector.suffix : "";
  return occurrences(text, prefix + selector.exact + suffix).map((at) => at + prefix.length);
}
