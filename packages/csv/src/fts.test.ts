// The database's full-text index holds each text's folds, so that a plain MATCH finds a name however
// it is spelled (the database itself is read with Python's sqlite3 in test/research.test.ts).
import { fold } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { spellings } from "./fts.js";

describe("spellings", () => {
  it("gives each word's fold() and the English spellings of Azerbaijani words", () => {
    const words = (text: string) => spellings(text).split(" ");
    expect(words("Şəki")).toEqual(expect.arrayContaining(["seki", "sheki", "shaki"]));
    expect(words("Gəncə")).toEqual(expect.arrayContaining(["gence", "ganja"]));
    expect(words("Naxçıvan")).toEqual(expect.arrayContaining(["naxcivan", "nakhchivan"]));
    expect(words("İlham Əliyev")).toEqual(expect.arrayContaining(["ilham", "eliyev", "aliyev"]));
    expect(words("Şamaxı")).toEqual(expect.arrayContaining(["shamakhi"]));
    // English words are folded, not respelled
    expect(words("Quba Guba")).toEqual(["quba", "guba"]);
    for (const word of words("Mingəçevir, Bərdə")) expect(fold(word)).toBe(word);
  });
});
