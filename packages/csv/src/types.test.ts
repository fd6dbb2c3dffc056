// A column name means one type in every table, so that a reader who learns `start` once (a partial
// date) is not handed an integer of the same name in a citation table.
import { describe, expect, it } from "vitest";
import { tables } from "./index.js";

describe("column types across tables", () => {
  it("gives each column name one type in every table", () => {
    const types = new Map<string, Set<string>>();
    for (const table of tables()) {
      for (const column of table.columns) {
        const seen = types.get(column.name) ?? new Set<string>();
        seen.add(column.type);
        types.set(column.name, seen);
      }
    }
    const mixed = [...types].filter(([, seen]) => seen.size > 1).map(([name]) => name);
    expect(mixed).toEqual([]);
    // a citation's offsets into the source's text, beside its quote
    const citations = tables().find((t) => t.name === "event_citations");
    expect(citations?.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(["quote", "quote_start", "quote_end"]),
    );
    expect(citations?.columns.find((c) => c.name === "quote_start")?.type).toBe("integer");
  });

  it("gives each column name one kind of the data dictionary (partial-date, id, url …) in every table", () => {
    const kinds = new Map<string, Set<string>>();
    for (const column of tables().flatMap((t) => t.columns)) {
      kinds.set(column.name, (kinds.get(column.name) ?? new Set()).add(column.fieldType));
    }
    expect([...kinds].filter(([, seen]) => seen.size > 1).map(([name]) => name)).toEqual([]);
  });

  it("names a citation's offsets quote_start and quote_end wherever the citation is", () => {
    const offsets = tables().flatMap((t) =>
      t.columns
        .filter((c) => c.source.kind === "value" && /(^|\.)(start|end)$/.test(c.source.path))
        .filter((c) => c.type === "integer")
        .map((c) => `${t.name}.${c.name}`),
    );
    // a claim's statement is a citation too, beside the citations lists of the records
    expect(offsets).toEqual(
      expect.arrayContaining(["claims.statement_quote_start", "event_citations.quote_end"]),
    );
    expect(offsets.filter((o) => !/\.(\w+_)?quote_(start|end)$/.test(o))).toEqual([]);
    // and a column named start or end, or ending so after a field's name, is a partial date
    const dates = tables().flatMap((t) =>
      t.columns.filter(
        (c) =>
          c.source.kind === "value" &&
          /(^|_)(start|end)$/.test(c.name) &&
          !/quote_(start|end)$/.test(c.name),
      ),
    );
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((c) => c.fieldType !== "partial-date").map((c) => c.name)).toEqual([]);
  });
});
