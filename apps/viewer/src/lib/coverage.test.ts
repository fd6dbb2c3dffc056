import { describe, expect, it } from "vitest";
import { answerCounts, answerLabel, scopeText, summaryText } from "./coverage.ts";

const item = (answer: "yes" | "no" | "not-found") => ({ answer }) as never;

describe("coverage checklists", () => {
  it("count items per answer, in the vocabulary's order", () => {
    const list = { items: [item("yes"), item("not-found"), item("yes")] };
    expect(answerCounts(list)).toEqual([
      { answer: "yes", count: 2 },
      { answer: "no", count: 0 },
      { answer: "not-found", count: 1 },
    ]);
    expect(summaryText(list)).toBe("3 items: 2 yes, 1 not found");
    expect(summaryText({ items: [item("no")] })).toBe("1 item: 1 no");
    expect(answerLabel("not-found")).toBe("Not found");
  });

  it("say what a scope covers", () => {
    expect(scopeText(undefined)).toBeUndefined();
    expect(scopeText({ collection: "events", types: ["summit"], from: "1994", to: "2026" })).toBe(
      "every event of type summit dated 1994 – 2026",
    );
    expect(scopeText({ collection: "events", from: "2026" })).toBe("every event from 2026");
  });
});
