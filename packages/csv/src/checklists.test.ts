// Checklists export as the other collections do, from the schema: a table of checklists, one of
// their items (key, label, answer, what was searched), and a link table of item → record.
import { dataset } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { fileByPath, parseCsv } from "../test/helpers.js";
import { exportFiles, tables } from "./index.js";

const table = (name: string) => {
  const found = tables().find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
};

describe("checklists in the export", () => {
  const files = exportFiles();
  // the checklists table's row order (its records sorted as every collection's are)
  const order = parseCsv(fileByPath(files, "checklists.csv")).map((r) => r.id);
  const checklists = (
    dataset.checklists as unknown as {
      id: string;
      items: { key: string; answer: string; records?: string[]; searched?: { on: string } }[];
    }[]
  ).toSorted((a, b) => order.indexOf(a.id) - order.indexOf(b.id));

  it("has an item table keyed by checklist and position, with the item's answer and search", () => {
    const items = table("checklist_items");
    expect(items.primaryKey).toEqual(["checklist_id", "position"]);
    expect(items.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "key",
        "label",
        "start",
        "end",
        "answer",
        "searched_on",
        "searched_note",
      ]),
    );
    expect(items.columns.find((c) => c.name === "answer")?.values).toEqual(
      expect.arrayContaining(["yes", "no", "not-found"]),
    );
    const rows = parseCsv(fileByPath(files, "checklist_items.csv"));
    expect(rows.map((r) => `${r.checklist_id} ${r.key} ${r.answer}`)).toEqual(
      checklists.flatMap((c) => c.items.map((i) => `${c.id} ${i.key} ${i.answer}`)),
    );
  });

  it("links each item to the records it names, one row per record, in the item's order", () => {
    const links = table("checklist_item_records");
    expect(links.columns.map((c) => c.name)).toEqual([
      "checklist_id",
      "item_position",
      "position",
      "record_id",
    ]);
    expect(links.foreignKeys[0]).toEqual({
      fields: ["checklist_id", "item_position"],
      reference: { resource: "checklist_items", fields: ["checklist_id", "position"] },
    });
    const rows = parseCsv(fileByPath(files, "checklist_item_records.csv"));
    const expected = checklists.flatMap((c) =>
      c.items.flatMap((item, i) =>
        (item.records ?? []).map((id, j) => [c.id, String(i + 1), String(j + 1), id].join(" ")),
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(
      rows.map((r) => [r.checklist_id, r.item_position, r.position, r.record_id].join(" ")),
    ).toEqual(expected);
    // every record an item names is a record of the dataset
    const ids = new Set(
      Object.values(dataset).flatMap((list) =>
        Array.isArray(list) ? list.map((r) => (r as { id: string }).id) : [],
      ),
    );
    for (const row of rows) expect(ids.has(row.record_id as string), row.record_id).toBe(true);
  });
});
