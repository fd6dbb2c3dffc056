import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.js";
import { validate } from "../validate.js";
import { checklists } from "./checklists.js";
import { ruleContext } from "./context.js";

const checkChecklists = (data: Record<string, unknown>) => checklists.check(ruleContext(data));

const events = [
  { id: "2004-06-28-istanbul", type: "summit", start: "2004-06-28", end: "2004-06-29" },
  { id: "2026-03-visit", type: "visit", start: "2026-03" },
];
const item = (over: Record<string, unknown> = {}) => ({
  key: "2004-istanbul",
  start: "2004-06-28",
  end: "2004-06-29",
  answer: "yes",
  records: ["2004-06-28-istanbul"],
  ...over,
});
const check = (checklist: Record<string, unknown>) =>
  checkChecklists({ events, checklists: [{ id: "checklist-test", ...checklist }] }).map(
    (i) => `${i.segments.join(".")}: ${i.message}`,
  );

describe("checklist rules", () => {
  it("pass items whose records fall in their dates, and scopes whose records are all named", () => {
    expect(
      check({
        scope: { collection: "events", types: ["summit"], from: "2004", to: "2004" },
        items: [
          item(),
          item({ key: "2026-03", start: "2026-03", end: undefined, records: ["2026-03-visit"] }),
        ],
      }),
    ).toEqual([]);
  });

  it("name the item and the record when a record falls outside the item's dates", () => {
    expect(check({ items: [item({ start: "2005", end: undefined })] })).toEqual([
      'checklists.0.items.0.records.0: item "2004-istanbul" (2005-01-01–2005-12-31) names event "2004-06-28-istanbul" of 2004-06-28–2004-06-29',
    ]);
  });

  it("report a duplicate key", () => {
    expect(check({ items: [item(), item()] })).toEqual([
      'checklists.0.items.1.key: duplicate key "2004-istanbul"',
    ]);
  });

  it("report an event in scope that no item names, by type and by date", () => {
    expect(check({ scope: { collection: "events", types: ["visit"] }, items: [item()] })).toEqual([
      'checklists.0.items: event "2026-03-visit" is in the checklist\'s scope but no item names it',
    ]);
    expect(check({ scope: { collection: "events", from: "2026" }, items: [item()] })).toHaveLength(
      1,
    );
    expect(check({ scope: { collection: "events", to: "2005" }, items: [item()] })).toEqual([]);
  });

  it("tolerate malformed checklists (the schema reports their shape)", () => {
    expect(checkChecklists({ checklists: [null, { items: "x" }, { items: [null, {}] }] })).toEqual(
      [],
    );
  });
});

describe("checklists in validate()", () => {
  const withItem = (over: Record<string, unknown>) => {
    const data = structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]>;
    const list = data.checklists as Record<string, unknown>[];
    const first = list[0] as { items: Record<string, unknown>[]; scope?: unknown };
    delete first.scope; // only the item is under test
    first.items = [{ key: "x", label: "X", records: [], citations: [], ...over }];
    return validate(data);
  };
  const messages = (result: ReturnType<typeof validate>) =>
    result.success ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);

  it("require records for yes, a source for no, and the search for not-found", () => {
    expect(messages(withItem({ answer: "yes" }))).toContain(
      "checklists[0].items[0].records: a yes needs records",
    );
    expect(messages(withItem({ answer: "no" }))).toContain(
      "checklists[0].items[0].citations: a no needs a source that says so",
    );
    expect(messages(withItem({ answer: "not-found" }))).toContain(
      "checklists[0].items[0].searched: not-found needs what was searched and when",
    );
    expect(
      messages(withItem({ answer: "not-found", searched: { on: "2026-12-01", note: "nato.int" } })),
    ).toEqual([]);
  });

  it("fail on an item that names a missing record, naming the item's path and the checklist", () => {
    const result = withItem({ answer: "yes", records: ["no-such-record"] });
    expect(result.success).toBe(false);
    expect(result.issues).toContainEqual({
      path: "checklists[0].items[0].records[0]",
      segments: ["checklists", 0, "items", 0, "records", 0],
      id: "checklist-months-2026",
      message: '"no-such-record" is not a record',
    });
  });
});

describe("checklist scopes", () => {
  const scoped = (scope: Record<string, unknown>, records: unknown[] = []) =>
    check({
      scope: { collection: "events", ...scope },
      items: [item({ start: undefined, end: undefined, records })],
    });
  it("cover events by type and by a window from, to, or both", () => {
    expect(scoped({ types: ["summit"] })).toHaveLength(1);
    expect(scoped({ types: ["exercise"] })).toEqual([]);
    expect(scoped({ from: "2005" })).toHaveLength(1);
    expect(scoped({ from: "2004", to: "2004-05" })).toEqual([]);
    expect(scoped({ from: "2004", to: "2004-06-28" })).toHaveLength(1);
    expect(scoped({})).toHaveLength(2);
  });
  it("ignore names that are not strings, and a scope of another collection", () => {
    expect(scoped({}, [5, "2004-06-28-istanbul", "2026-03-visit"])).toEqual([]);
    expect(check({ scope: { collection: "people" }, items: [item()] })).toEqual([]);
  });
  it("skip undated events and items", () => {
    expect(
      checkChecklists({
        events: [{ id: "x", type: "visit" }],
        checklists: [
          { id: "c", scope: { collection: "events" }, items: [{ key: "k", records: ["x"] }] },
        ],
      }),
    ).toEqual([]);
  });
});
