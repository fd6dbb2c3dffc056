import { describe, expect, it } from "vitest";
import { source } from "./source.js";
import { buildWorkbook, sheetName } from "./xlsx.js";
import { isOwnWorkbook } from "./xlsx-files.js";

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

describe("isOwnWorkbook", () => {
  it("knows a workbook this tool wrote, and nothing else", async () => {
    const workbook = await buildWorkbook(source, { from: "2004", to: "2004" });
    expect(isOwnWorkbook(workbook)).toBe(true);
    expect(isOwnWorkbook(new TextEncoder().encode("id,name\n"))).toBe(false);
    expect(isOwnWorkbook(new Uint8Array())).toBe(false);
    // another zip, or another program's workbook
    const { zipSync, strToU8 } = await import("fflate");
    const other = zipSync({ "docProps/core.xml": strToU8("<dc:creator>Someone</dc:creator>") });
    expect(isOwnWorkbook(other)).toBe(false);
  });
});
