import { readFileSync } from "node:fs";
import type { CollectionDescription } from "@aznato/data/schema";
import { describe, expect, it } from "vitest";
import { renderTableNames, TABLE_NAMES_FILE } from "../scripts/table-names.js";
import { fileByPath, parseCsv } from "../test/helpers.js";
import { buildFiles, type ExportSource } from "./export.js";
import { tables } from "./index.js";
import { humanize, singular, snakeCase } from "./naming.js";
import { source } from "./source.js";
import { tableNames } from "./table-names.js";
import { buildTables } from "./tables.js";

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
    expect(events?.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(["start", "end", "checked"]),
    );
    const id = events?.columns.find((c) => c.name === "id");
    expect(id?.title).toBe("Id");
    expect(id?.description).toMatch(/identifier/);
    // a zod title two columns share ("Partial date") gives way to the column's own name
    expect(events?.columns.find((c) => c.name === "end")?.title).toBe("End");
    const operations = tables().find((t) => t.name === "operations");
    expect(operations?.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "participation_start",
        "participation_end",
        "status_value",
        "status_as_of",
        "successor_id",
      ]),
    );
  });

  it("src/table-names.ts is what `pnpm generate` writes from the tables", () => {
    const current = readFileSync(TABLE_NAMES_FILE, "utf8");
    const { names, text } = renderTableNames(current);
    expect(text, "run `pnpm generate`").toBe(current);
    expect([...tableNames]).toEqual(names);
  });

  it("joins short lists of plain strings with semicolons and says so", () => {
    const dictionary = [
      {
        name: "areas",
        record: "Area",
        title: "Areas",
        description: "Areas.",
        fields: [
          { path: "id", type: "id", list: false, required: true },
          { path: "tags", type: "string", list: true, required: false, description: "Tags." },
        ],
      },
    ] as unknown as CollectionDescription[];
    const built = buildTables(dictionary, []);
    const tags = built[0]?.columns.find((c) => c.name === "tags");
    expect(tags?.separator).toBe(";");
    expect(tags?.description).toBe("Tags. Several values are separated by semicolons (;).");
    const fake: ExportSource = {
      ...source,
      tables: built,
      collections: {
        areas: [{ id: "b", tags: ["x", "y z"] }, { id: "a" }],
      } as unknown as ExportSource["collections"],
    };
    const rows = parseCsv(fileByPath(buildFiles(fake), "areas.csv"));
    expect(rows).toEqual([
      { id: "a", tags: "" },
      { id: "b", tags: "x;y z" },
    ]);
  });
});
