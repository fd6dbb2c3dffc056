// W3C Web Annotation selectors for citations, so a quote can be found again in its source:
// https://www.w3.org/TR/annotation-model/#selectors

import type { Selector } from "./generated/records.js";

export type { Selector };
/** Selects a quote by its exact words and, where the text is known, the words around it. */
export type TextQuoteSelector = Extract<Selector, { type: "TextQuoteSelector" }>;
/** Selects a quote by its offsets (UTF-16 code units) in the source's text. */
export type TextPositionSelector = Extract<Selector, { type: "TextPositionSelector" }>;

/** The context kept on each side of a quote, grown until prefix + quote + suffix is unique. */
const CONTEXT = 32;

const count = (text: string, part: string): number => {
  let n = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) n++;
  return n;
};

/**
 * The selectors of a citation: a `TextQuoteSelector` always, with `prefix` and `suffix` and a
 * `TextPositionSelector` when the source's `text` is given and the offsets point at the quote.
 */
export function selectorsFor(
  citation: {
    readonly quote: string;
    readonly start?: number | undefined;
    readonly end?: number | undefined;
  },
  text?: string,
): Selector[] {
  const { quote, start, end } = citation;
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
    count(text, prefix + quote + suffix) > 1 &&
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

/** Where a `TextQuoteSelector` matches in `text`: the offsets of every match of prefix + exact + suffix. */
export function resolveQuoteSelector(selector: TextQuoteSelector, text: string): number[] {
  const prefix = selector.prefix ?? "";
  const whole = prefix + selector.exact + (selector.suffix ?? "");
  const found: number[] = [];
  for (let at = text.indexOf(whole); at !== -1; at = text.indexOf(whole, at + 1)) {
    found.push(at + prefix.length);
  }
  return found;
}
