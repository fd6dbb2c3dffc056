import type { FieldDescription } from "@aznato/data/schema";
import { describe, expect, it } from "vitest";
import { fileByPath, parseCsv } from "../test/helpers.js";
import { buildFiles, type ExportSource } from "./export.js";
import { exportSource, tables } from "./index.js";
import { humanize, singular, snakeCase } from "./naming.js";
import { buildTables, type Dictionaries } from "./tables.js";

describe("naming", () => {
  it("makes snake_case columns and singular table prefixes", () => {
    expect(snakeCase("participationStart")).toBe("participation_start");
    expect(snakeCase("name.en")).toBe("name_en");
    expect(snakeCase("contributions[].citations")).toBe("contributions_citations");
    expect(singular("people")).toBe("person");
    expect(singular("citations")).toBe("citation");
    expect(singular("evidence")).toBe("evidence");
    expect(humanize("end_date")).toBe("End date");
  });
});

describe("buildTables", () => {
  it("names link tables after the record and the list, with keys into both sides", () => {
    const eventPeople = tables().find((t) => t.name === "event_people");
    expect(eventPeople?.columns.map((c) => c.name)).toEqual(["event_id", "position", "person_id"]);
    expect(eventPeople?.primaryKey).toEqual(["event_id", "position"]);
    expect(eventPeople?.foreignKeys).toEqual([
      { fields: ["event_id"], reference: { resource: "events", fields: ["id"] } },
      { fields: ["person_id"], reference: { resource: "people", fields: ["id"] } },
    ]);
  });

  it("keys nested item tables on every enclosing position", () => {
    const nested = tables().find((t) => t.name === "operation_contribution_citations");
    expect(nested?.primaryKey).toEqual(["operation_id", "contribution_position", "position"]);
    expect(nested?.foreignKeys[0]).toEqual({
      fields: ["operation_id", "contribution_position"],
      reference: { resource: "operation_contributions", fields: ["operation_id", "position"] },
    });
  });

  it("takes snake_case columns, titles and descriptions from the data dictionary", () => {
    const events = tables().find((t) => t.name === "events");
    expect(events?.columns.map((c) => c.name)).toContain("end_date");
    const id = events?.columns.find((c) => c.name === "id");
    expect(id?.title).toBe("Id");
    expect(id?.description).toMatch(/identifier/);
    // a zod title two columns share ("Partial date") gives way to the column's own name
    expect(events?.columns.find((c) => c.name === "end_date")?.title).toBe("End date");
  });

  it("joins short lists of plain strings with `;` and says so", () => {
    const dictionaries = {
      areas: [
        { path: "id", type: "id", list: false, required: true },
        { path: "tags", type: "string", list: true, required: false, description: "Tags." },
      ] satisfies FieldDescription[],
    } as unknown as Dictionaries;
    const [areas] = buildTables(dictionaries);
    const tags = areas?.columns.find((c) => c.name === "tags");
    expect(tags?.separator).toBe(";");
    expect(tags?.description).toBe("Tags. Several values are separated by `;`.");
    const source: ExportSource = {
      meta: exportSource.meta,
      dictionaries,
      collections: {
        areas: [{ id: "b", tags: ["x", "y z"] }, { id: "a" }],
      } as unknown as ExportSource["collections"],
    };
    const rows = parseCsv(fileByPath(buildFiles(source), "areas.csv"));
    expect(rows).toEqual([
      { id: "a", tags: "" },
      { id: "b", tags: "x;y z" },
    ]);
  });
});
