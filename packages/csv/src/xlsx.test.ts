import { describe, expect, it } from "vitest";
import { source } from "./source.js";
import { sheetName } from "./xlsx.js";

describe("sheetName", () => {
  it("keeps short table names and cuts long ones to Excel's 31 characters", () => {
    expect(sheetName("events")).toBe("events");
    expect(sheetName("operation_contribution_alternative_citations")).toBe(
      "oper_cont_alternative_citations",
    );
  });

  it("gives every table of the export its own sheet name", () => {
    const names = source.tables.map((t) => sheetName(t.name));
    expect(names.every((n) => n.length <= 31 && n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
