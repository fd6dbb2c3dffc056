// validate() reads its input once, through this copy, before any schema or rule sees it: the copy
// has no getters, proxies or cycles, and its size is capped, so the work after it is bounded by
// the limits below whatever the caller passes.

/** How much of an input validate() reads at most. */
export interface InputLimits {
  readonly depth: number;
  readonly values: number;
  readonly chars: number;
}

/** The most validate() reads. The shipped dataset uses a small part of each. */
export const INPUT_LIMITS: InputLimits = Object.freeze({
  /** Nesting of objects and arrays (a record is 6 deep at most). */
  depth: 24,
  /** Objects, arrays and values in all. */
  values: 2_000_000,
  /** Characters in all strings and keys together. */
  chars: 64_000_000,
});

/** Why the input could not be read, and where. */
export interface ReadProblem {
  segments: (string | number)[];
  message: string;
}

// thrown to stop the copy at the first problem; a class of its own, so nothing a getter throws
// can pass for it
class Stop {
  constructor(readonly problem: ReadProblem) {}
}

/** A one-line description of anything thrown, even an object whose message getter throws. */
export function describeThrown(thrown: unknown): string {
  try {
    const text = thrown instanceof Error ? String(thrown.message) : String(thrown);
    return text.replace(/\n[\s\S]*$/, "");
  } catch {
    return "an error that cannot be described";
  }
}

/**
 * A plain copy of `input` (strings, numbers, booleans, null, arrays and objects of own enumerable
 * string keys), or the first problem that stops it: a cycle, a value that throws when read, or
 * more than {@link INPUT_LIMITS} allow. Other values (bigint, functions …) are kept as they are
 * for the schema to reject.
 */
export function readPlain(
  input: unknown,
  limits: InputLimits = INPUT_LIMITS,
): { value: unknown } | { problem: ReadProblem } {
  let values = 0;
  let chars = 0;
  const ancestors = new Set<object>();
  const segments: (string | number)[] = [];
  const fail = (message: string): never => {
    throw new Stop({ segments: [...segments], message });
  };

  const addChars = (count: number) => {
    chars += count;
    if (chars > limits.chars) {
      fail(`more text than validate() reads (${limits.chars.toLocaleString("en")} characters)`);
    }
  };

  const copy = (value: unknown): unknown => {
    if (++values > limits.values)
      fail(`more values than validate() reads (${limits.values.toLocaleString("en")})`);
    if (typeof value === "string") {
      addChars(value.length);
      return value;
    }
    if (value === null || typeof value !== "object") return value;
    if (ancestors.has(value)) fail("refers back to itself (a cycle)");
    if (segments.length >= limits.depth) fail(`nested more than ${limits.depth} levels deep`);
    ancestors.add(value);
    let out: unknown;
    if (Array.isArray(value)) {
      const length = value.length;
      const list: unknown[] = [];
      for (let i = 0; i < length; i++) {
        segments.push(i);
        list.push(copy(value[i]));
        segments.pop();
      }
      out = list;
    } else {
      const object: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        addChars(key.length);
        segments.push(key);
        const child = copy((value as Record<string, unknown>)[key]);
        // defineProperty, so a key named __proto__ stays a plain key
        Object.defineProperty(object, key, { value: child, enumerable: true, writable: true });
        segments.pop();
      }
      out = object;
    }
    ancestors.delete(value);
    return out;
  };

  try {
    return { value: copy(input) };
  } catch (thrown) {
    if (thrown instanceof Stop) return { problem: thrown.problem };
    return {
      problem: { segments: [...segments], message: `throws when read: ${describeThrown(thrown)}` },
    };
  }
}
