// Beside every partial-date column, a year and a day that no spreadsheet misreads: `<col>_year`, an
// integer, and `<col>_sort`, the earliest full day the date can mean, declared in datapackage.json
// and the data dictionary.
import { earliestDay } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { descriptorOf, fileByPath, parseCsv } from "../test/helpers.js";
import { exportFiles, tables } from "./index.js";

describe("sortable partial dates", () => {
  const files = exportFiles();
  const descriptor = descriptorOf(files);
  const dictionary = parseCsv(fileByPath(files, "data-dictionary.csv"));
  const partial = tables().flatMap((table) =>
    table.columns
      .filter((c) => c.fieldType === "partial-date" && c.source.kind === "value")
      .map((c) => ({ table, column: c.name })),
  );

  it("follows each partial date with <col>_year (integer) and <col>_sort (date), declared", () => {
    expect(partial.length).toBeGreaterThan(10);
    for (const { table, column } of partial) {
      const names = table.columns.map((c) => c.name);
      const at = names.indexOf(column);
      expect(names.slice(at, at + 3), `${table.name}.${column}`).toEqual([
        column,
        `${column}_year`,
        `${column}_sort`,
      ]);
      const fields = descriptor.resources.find((r) => r.name === table.name)?.schema.fields ?? [];
      const type = (name: string) => fields.find((f) => f.name === name)?.type;
      expect([type(column), type(`${column}_year`), type(`${column}_sort`)]).toEqual([
        "string",
        "integer",
        "date",
      ]);
      const typed = (name: string) =>
        dictionary.find((r) => r.table === table.name && r.column === name)?.type;
      expect([typed(`${column}_year`), typed(`${column}_sort`)]).toEqual(["integer", "date"]);
    }
  });

  it("gives the date's year and its earliest day, and nothing where the date is empty", () => {
    for (const { table, column } of partial) {
      for (const row of parseCsv(fileByPath(files, `${table.name}.csv`))) {
        const date = row[column] as string;
        expect([row[`${column}_year`], row[`${column}_sort`]], `${table.name}.${column}`).toEqual(
          date === "" ? ["", ""] : [String(Number(date.slice(0, 4))), earliestDay(date)],
        );
      }
    }
  });

  it("sorts events by start_sort as a text sort would, into the export's own date order", () => {
    const events = parseCsv(fileByPath(files, "events.csv"));
    const sorted = [...events].sort((a, b) =>
      (a.start_sort as string) < (b.start_sort as string)
        ? -1
        : a.start_sort === b.start_sort
          ? 0
          : 1,
    );
    expect(sorted.map((e) => e.start_sort)).toEqual(events.map((e) => e.start_sort));
    expect(events.some((e) => (e.start as string).length === 4)).toBe(true);
  });
});
