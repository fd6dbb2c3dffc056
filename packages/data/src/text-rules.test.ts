import { describe, expect, it } from "vitest";
import { textProblem } from "./text-rules.js";

describe("textProblem", () => {
  it("treats the full-width formula starts as formulas, as the CSV escaper does", () => {
    for (const start of ["＝", "＋", "－", "＠"]) {
      expect(textProblem(`${start}SUM(A1)`), start).toMatch(/formula/);
    }
    expect(textProblem("NATO ＝ alliance")).toBeUndefined();
  });

  it("refuses what is not a string with a one-line TypeError", () => {
    expect(() => textProblem(null as never)).toThrow("textProblem() needs a string");
  });
});
