import { expect, it } from "vitest";
import { selectorsFor } from "../../selectors.js";
import { run } from "./rule-fixture.js";
import { verbatimQuotes } from "./verbatim-quotes.js";

const text = "Azerbaijan joined the Partnership for Peace in 1994.";
const sources = [{ id: "doc", text }, { id: "web" }];
const at = (quote: string) => ({
  source: "doc",
  quote,
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
});

it("passes verbatim quotes at their offsets with matching selectors, and web quotes without offsets", () => {
  const good = at("Partnership for Peace");
  expect(
    run(verbatimQuotes, {
      sources,
      events: [
        {
          id: "e",
          citations: [
            good,
            { ...good, selector: selectorsFor(good, text) },
            { source: "web", quote: "x", selector: [{ type: "TextQuoteSelector", exact: "x" }] },
            { source: "doc", quote: "" },
          ],
        },
      ],
    }),
  ).toEqual([]);
});

it("fails offsets that miss, quotes that are not in the text, missing or stray offsets and wrong selectors", () => {
  const good = at("Partnership for Peace");
  expect(
    run(verbatimQuotes, {
      sources,
      claims: [
        {
          id: "c",
          statement: { ...good, start: 0, end: 21 },
          evidence: [
            { source: "doc", quote: "Warsaw Pact", start: 0, end: 11 },
            { source: "doc", quote: "1994" },
            { source: "web", quote: "x", start: 0 },
            { ...good, selector: [] },
            { source: "web", quote: "y", selector: [] },
          ],
        },
      ],
    }),
  ).toEqual([
    `claims.0.statement (c): quote is at 22–43, not 0–21`,
    'claims.0.evidence.0 (c): quote is not verbatim in "doc": "Warsaw Pact"',
    'claims.0.evidence.1 (c): a quote from "doc" needs start and end offsets',
    'claims.0.evidence.2 (c): offsets given but "web" ships no text',
    "claims.0.evidence.3 (c): selector does not match the quote and its offsets",
    "claims.0.evidence.4 (c): selector does not match the quote and its offsets",
  ]);
});

it("reports an issue in a record without an id, without an id", () => {
  expect(
    run(verbatimQuotes, {
      sources,
      events: [{ citations: [{ source: "web", quote: "x", end: 1 }] }],
    }),
  ).toEqual(['events.0.citations.0: offsets given but "web" ships no text']);
});
