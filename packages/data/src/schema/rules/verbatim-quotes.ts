import { occurrences } from "../../find.js";
import { relations } from "../../relations.js";
import { selectorsFor } from "../../selectors.js";
import {
  idOf,
  isObject,
  type Loose,
  type Rule,
  type RuleIssue,
  type Segments,
  valuesAt,
} from "./context.js";

const SOURCE = ".source";

export const verbatimQuotes: Rule = {
  name: "verbatim-quotes",
  description:
    "A quote from a source whose text ships is verbatim at its offsets, and its selectors match; offsets only where a text ships.",
  check({ entries, texts }) {
    const issues: RuleIssue[] = [];
    const checkQuote = (citation: Loose, segments: Segments, id: string | undefined) => {
      const where = { segments, ...(id ? { id } : {}) };
      const { source, quote, start, end } = citation;
      if (typeof source !== "string" || typeof quote !== "string" || quote === "") return;
      const text = texts.get(source);
      let expected = selectorsFor({ quote });
      if (text === undefined) {
        if (start !== undefined || end !== undefined) {
          issues.push({ ...where, message: `offsets given but "${source}" ships no text` });
          return;
        }
      } else if (typeof start !== "number" || typeof end !== "number") {
        issues.push({ ...where, message: `a quote from "${source}" needs start and end offsets` });
        return;
      } else if (text.slice(start, end) !== quote) {
        const [at] = occurrences(text, quote, 1);
        issues.push({
          ...where,
          message:
            at === undefined
              ? `quote is not verbatim in "${source}": ${JSON.stringify(quote.slice(0, 60))}`
              : `quote is at ${at}–${at + quote.length}, not ${start}–${end}`,
        });
        return;
      } else expected = selectorsFor({ quote, start, end }, text);
      if (citation.selector !== undefined) {
        if (JSON.stringify(citation.selector) !== JSON.stringify(expected)) {
          issues.push({ ...where, message: "selector does not match the quote and its offsets" });
        }
      }
    };
    for (const relation of relations) {
      if (relation.to !== "sources" || !relation.path.endsWith(SOURCE)) continue;
      const citationPath = relation.path.slice(0, -SOURCE.length);
      for (const [index, record] of entries(relation.from)) {
        for (const [at, citation] of valuesAt(record, citationPath)) {
          if (isObject(citation)) checkQuote(citation, [relation.from, index, ...at], idOf(record));
        }
      }
    }
    return issues;
  },
};
