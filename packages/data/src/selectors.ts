// W3C Web Annotation selectors for citations, so a quote can be found again in its source:
// https://www.w3.org/TR/annotation-model/#selectors

/** Selects a quote by its exact words and, where the text is known, the words around it. */
export interface TextQuoteSelector {
  readonly type: "TextQuoteSelector";
  /** The quote, verbatim. */
  readonly exact: string;
  /** The text just before the quote, where the source's text ships in the package. */
  readonly prefix?: string;
  /** The text just after the quote, where the source's text ships in the package. */
  readonly suffix?: string;
}

/** Selects a quote by its offsets (UTF-16 code units) in the source's text. */
export interface TextPositionSelector {
  readonly type: "TextPositionSelector";
  readonly start: number;
  readonly end: number;
}

/** One way to find a quote in its source. */
export type Selector = TextQuoteSelector | TextPositionSelector;

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
