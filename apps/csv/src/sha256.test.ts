import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex, sha256Portable } from "./sha256.js";

const node = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("sha256", () => {
  it("matches node:crypto for any bytes, around every block boundary", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Portable(bytes)).toBe(node(bytes));
        expect(sha256Hex(bytes)).toBe(node(bytes));
      }),
    );
    for (const length of [0, 55, 56, 63, 64, 65, 119, 120, 128, 100_000]) {
      const bytes = new Uint8Array(length).map((_, i) => i * 31);
      expect(sha256Portable(bytes), `length ${length}`).toBe(node(bytes));
    }
  });
});
