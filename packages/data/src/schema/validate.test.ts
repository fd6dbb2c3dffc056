import fc from "fast-check";
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
    first(data, "events").start = "1994-02-30";
    const result = validate(data);
    expect(result.success).toBe(false);
    expect(result.issues).toContainEqual({
      path: "events[0].start",
      segments: ["events", 0, "start"],
      id: first(data, "events").id,
      message: "must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD",
    });
  });

  it("every issue at once, not just the first", () => {
    const data = copy();
    first(data, "events").start = "soon";
    first(data, "events").type = "party";
    first(data, "people").name = { en: " padded " };
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^events\[0\]\.start: /),
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
        "events[0].title: must not start with =, +, - or @ (a spreadsheet would run it as a formula)",
      ]),
    );
  });

  it("a range that ends before it starts", () => {
    const data = copy();
    Object.assign(first(data, "events"), { start: "2008-04", end: "2008-03-31" });
    expect(messages(data)).toContain("events[0].end: end 2008-03-31 is before start 2008-04");
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
    const at = data.meta.retired.push({ id, reason: "merged", since: "0.2.0" }) - 1;
    expect(messages(data)).toContain(`meta.retired[${at}].id: retired id "${id}" is still in use`);
  });

  it("formula-like text of every kind, control and bidi characters, lone surrogates", () => {
    const data = copy();
    first(data, "events").title = "-2+3+cmd|' /C calc'!A0";
    first(data, "events").summary = "a\u0007bell";
    first(data, "people").description = "evil \u202Etxt.exe";
    first(data, "places").name = { en: "broken \uD800 text" };
    first(data, "sources").title = "@SUM(1)";
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        "events[0].title: must not start with =, +, - or @ (a spreadsheet would run it as a formula)",
        "events[0].summary: must not contain the control character U+0007",
        "people[0].description: must not contain the bidirectional control U+202E",
        "places[0].name.en: must not contain a lone surrogate (broken UTF-16)",
        "sources[0].title: must not start with =, +, - or @ (a spreadsheet would run it as a formula)",
      ]),
    );
  });

  it("URLs other than http(s), the licence links included", () => {
    const data = copy() as unknown as {
      meta: { licenses: { path: string }[] };
      sources: { url?: string }[];
    };
    (data.meta.licenses[0] as { path: string }).path = "javascript:alert(1)";
    (data.sources[0] as { url?: string }).url = "file:///etc/passwd";
    expect(messages(data)).toEqual(
      expect.arrayContaining([
        "meta.licenses[0].path: must be an http(s) URL",
        "sources[0].url: must be an http(s) URL",
      ]),
    );
  });

  it("schema and cross-record problems in one run", () => {
    const data = copy();
    first(data, "events").start = "1994-02-30";
    first(data, "events").people = ["nobody-at-all"];
    const all = messages(data);
    expect(all).toEqual(
      expect.arrayContaining([
        "events[0].start: must be a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD",
        'events[0].people[0]: "nobody-at-all" is not in people',
      ]),
    );
  });

  it("a retired id whose successor does not exist", () => {
    const data = copy() as unknown as { meta: { retired: unknown[] } };
    const at =
      data.meta.retired.push({
        id: "old-id",
        supersededBy: "no-such-record",
        reason: "merged",
        since: "0.2.0",
      }) - 1;
    expect(messages(data)).toContain(
      `meta.retired[${at}].supersededBy: "no-such-record" is not a record`,
    );
  });

  it("an alternative for a field that does not exist, and disputed without alternatives", () => {
    const data = copy();
    const event = first(data, "events");
    Object.assign(event, {
      certainty: "disputed",
      alternatives: [{ field: "colour", value: "red", citations: event.citations }],
    });
    const person = first(data, "programmes");
    Object.assign(person, { certainty: "disputed", alternatives: undefined });
    delete person.alternatives;
    const all = messages(data);
    expect(all).toContain('events[0].alternatives[0].field: "colour" is not a field here');
    expect(all).toContain("programmes[0].certainty: disputed, but no alternatives are given");
  });

  it("a parent or successor cycle", () => {
    const data = copy() as unknown as { programmes: { id: string; successor?: string }[] };
    const [a, b] = data.programmes as [
      { id: string; successor?: string },
      { id: string; successor?: string },
    ];
    a.successor = b.id;
    b.successor = a.id;
    expect(messages(data)).toContain(
      `programmes[0].successor: successor forms a cycle: ${a.id} → ${b.id} → ${a.id}`,
    );
  });

  it("a checked date after the dataset's as-of date", () => {
    const data = copy() as unknown as { meta: { asOf: string }; events: { checked: string }[] };
    (data.events[0] as { checked: string }).checked = "2999-01-01";
    expect(messages(data)).toContain(
      `events[0].checked: checked 2999-01-01 is after the dataset's as-of date ${data.meta.asOf}`,
    );
  });

  it("a huge id without throwing, capped before any pattern runs", () => {
    const data = copy();
    first(data, "events").id = "a".repeat(10_000_000);
    expect(messages(data)).toContain("events[0].id: must be at most 120 characters");
  });

  it("input that cannot be read, without throwing", () => {
    const data = copy();
    Object.defineProperty(first(data, "events"), "title", {
      get() {
        throw new Error("boom");
      },
      enumerable: true,
    });
    expect(messages(data)).toEqual(["events[0].title: throws when read: boom"]);
  });

  it("input that is not a dataset at all, without throwing", () => {
    expect(validate(null).success).toBe(false);
    expect(validate({ events: "nope" }).success).toBe(false);
  });
});

describe("validate() on arbitrary input (fuzz)", () => {
  // zod's default message for a failed pattern shows the raw regex
  const RAW_REGEX = /must match pattern|Invalid string/;
  it("never throws; every issue has a path and a readable message", () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true }),
        (value) => {
          const result = validate(value);
          expect(result.success).toBe(false);
          for (const issue of result.success ? [] : result.issues) {
            expect(issue.path.length).toBeGreaterThan(0);
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.message).not.toMatch(RAW_REGEX);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never throws on a real dataset with one value replaced at random", () => {
    const paths = [
      ["events", "start"],
      ["events", "title"],
      ["events", "people"],
      ["people", "name"],
      ["programmes", "status"],
      ["claims", "statement"],
      ["sources", "url"],
      ["places", "coordinates"],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.nat(5),
        fc.anything(),
        ([collection, key], index, value) => {
          const data = copy();
          const record = data[collection]?.[index];
          if (record) record[key] = value;
          const result = validate(data);
          for (const issue of result.success ? [] : result.issues) {
            expect(issue.path).toMatch(/^[a-z]/);
            expect(issue.message).not.toMatch(RAW_REGEX);
          }
        },
      ),
      // each run validates a whole copy of the dataset (~40 ms idle)
      { numRuns: 40 },
    );
  }, 120_000);
});
