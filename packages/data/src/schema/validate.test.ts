import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.js";
import { validate } from "./validate.js";

/** A mutable deep copy of the shipped dataset, to break on purpose. */
const copy = () => structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]>;
const first = (data: Record<string, Record<string, unknown>[]>, name: string) =>
  data[name]?.[0] as Record<string, unknown>;
const messages = (data: unknown) => {
  const result = validate(data);
  return result.success ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe("the shipped dataset", () => {
  it("validates: every record parses, ids are unique, references resolve, quotes are verbatim", () => {
    expect(messages(dataset)).toEqual([]);
  });
});

describe("validate() reports", () => {
  it("a record that breaks its schema, with path, id and a readable message", () => {
    const data = copy();
    first(data, "events").date = "1994-02-30";
    const result = validate(data);
    expect(result.success).toBe(false);
    expect(result.issues).toContainEqual({
      path: "events[0].date",
      id: first(data, "events").id,
      message: "must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD",
    });
  });

  it("every issue at once, not just the first", () => {
    const data = copy();
    first(data, "events").date = "soon";
    first(data, "events").type = "party";
    first(data, "people").name = { en: " padded " };
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^events\[0\]\.date: /),
        expect.stringMatching(/^events\[0\]\.type: /),
        "people[0].name.en: must not start or end with whitespace",
      ]),
    );
  });

  it("empty strings and formula-like text", () => {
    const data = copy();
    first(data, "events").summary = "";
    first(data, "events").title = "=HYPERLINK(1)";
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        "events[0].summary: must not be empty",
        "events[0].title: must not start with =, + or @ (spreadsheet formula)",
      ]),
    );
  });

  it("a range that ends before it starts", () => {
    const data = copy();
    Object.assign(first(data, "events"), { date: "2008-04", endDate: "2008-03-31" });
    expect(messages(data)).toContain(
      "events[0].endDate: endDate 2008-03-31 is before date 2008-04",
    );
  });

  it("unknown fields", () => {
    const data = copy();
    first(data, "events").colour = "blue";
    expect(messages(data).join("\n")).toMatch(/events\[0\]: .*colour/);
  });

  it("a duplicate id across collections", () => {
    const data = copy();
    const eventId = first(data, "events").id;
    first(data, "people").id = eventId;
    expect(messages(data)).toContain(`events[0].id: duplicate id "${eventId}" (also in people)`);
  });

  it("a reference that does not resolve, or resolves in the wrong collection", () => {
    const data = copy();
    first(data, "events").people = ["nobody-at-all"];
    first(data, "events").places = [first(data, "people").id];
    const all = messages(data);
    expect(all).toContain('events[0].people[0]: "nobody-at-all" is not in people');
    expect(all).toContain(`events[0].places[0]: "${first(data, "people").id}" is not in places`);
  });

  it("a quote from the shipped source document that is not verbatim at its offsets", () => {
    const data = copy();
    const claim = first(data, "claims");
    const statement = claim.statement as { start: number; end: number; quote: string };
    statement.start += 1;
    statement.end += 1;
    expect(messages(data)).toContain(
      `claims[0].statement: quote is at ${statement.start - 1}–${statement.end - 1}, not ${statement.start}–${statement.end}`,
    );
    statement.quote = `${statement.quote} (sic)`;
    expect(messages(data).join("\n")).toMatch(/claims\[0\]\.statement: quote is not verbatim/);
  });

  it("a retired id still in use", () => {
    const data = copy() as unknown as { meta: { retired: unknown[] }; events: { id: string }[] };
    const id = data.events[0]?.id as string;
    data.meta.retired.push({ id, reason: "merged", since: "0.2.0" });
    expect(messages(data)).toContain(`meta.retired[0].id: retired id "${id}" is still in use`);
  });

  it("input that is not a dataset at all, without throwing", () => {
    expect(validate(null).success).toBe(false);
    expect(validate({ events: "nope" }).success).toBe(false);
  });
});
