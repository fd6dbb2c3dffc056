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
});
