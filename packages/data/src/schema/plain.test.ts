import { describe, expect, it } from "vitest";
import { describeThrown, INPUT_LIMITS, readPlain } from "./plain.js";

const small = { depth: 4, values: 20, chars: 50 };

describe("readPlain", () => {
  it("copies plain data: own enumerable keys, arrays, primitives, a __proto__ key kept as a key", () => {
    const input = JSON.parse('{"a":[1,"x",null,true],"__proto__":{"b":2}}');
    const read = readPlain(input);
    expect("value" in read && read.value).toEqual(input);
    expect("value" in read && Object.getPrototypeOf(read.value)).toBe(Object.prototype);
  });

  it("stops at a cycle, naming where it closes", () => {
    const record: Record<string, unknown> = { id: "x" };
    record.self = record;
    expect(readPlain({ events: [record] })).toEqual({
      problem: { segments: ["events", 0, "self"], message: "refers back to itself (a cycle)" },
    });
  });

  it("copies a shared (not cyclic) object twice", () => {
    const shared = { a: 1 };
    const read = readPlain([shared, shared]);
    expect("value" in read && read.value).toEqual([{ a: 1 }, { a: 1 }]);
  });

  it("stops past the depth, value and character limits", () => {
    const deep = [[[[["too deep"]]]]];
    expect(readPlain(deep, small)).toMatchObject({
      problem: { segments: [0, 0, 0, 0], message: "nested more than 4 levels deep" },
    });
    expect(
      readPlain(
        Array.from({ length: 30 }, () => 0),
        small,
      ),
    ).toMatchObject({
      problem: { message: "more values than validate() reads (20)" },
    });
    expect(readPlain(["x".repeat(51)], small)).toMatchObject({
      problem: { message: "more text than validate() reads (50 characters)" },
    });
    expect(readPlain({ ["k".repeat(60)]: 1 }, small)).toMatchObject({
      problem: { message: "more text than validate() reads (50 characters)" },
    });
  });

  it("turns a throwing getter into a problem at its path", () => {
    const input = {
      get title() {
        throw Object.create(null);
      },
    };
    expect(readPlain({ events: [input] })).toEqual({
      problem: {
        segments: ["events", 0, "title"],
        message: "throws when read: an error that cannot be described",
      },
    });
  });

  it("has limits the shipped dataset is far inside", () => {
    expect(INPUT_LIMITS.depth).toBeGreaterThan(6);
  });
});

describe("describeThrown", () => {
  it("describes errors, strings and objects in one line, and what cannot be described", () => {
    expect(describeThrown(new Error("one\ntwo"))).toBe("one");
    expect(describeThrown("text")).toBe("text");
    const error = new Error("x");
    Object.defineProperty(error, "message", {
      get() {
        throw new Error("no");
      },
    });
    expect(describeThrown(error)).toBe("an error that cannot be described");
    expect(describeThrown(Object.create(null))).toBe("an error that cannot be described");
  });
});
