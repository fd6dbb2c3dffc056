import { describe, expect, it } from "vitest";
import { fold, looseKey } from "./fold.js";

describe("fold", () => {
  it.each([
    ["Şəki", "seki"],
    ["Mingəçevir", "mingecevir"],
    ["İLHAM ƏLİYEV", "ilham eliyev"],
    ["Naxçıvan", "naxcivan"],
    ["Sülh Naminə Tərəfdaşlıq", "sulh namine terefdasliq"],
    ["Ağdam Göygöl", "agdam goygol"],
  ])("%s → %s", (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it("refuses what is not a string with a one-line TypeError", () => {
    expect(() => fold(null as never)).toThrow(new TypeError("fold() needs a string"));
    expect(() => looseKey(undefined as never)).toThrow(new TypeError("fold() needs a string"));
  });
});

describe("looseKey", () => {
  // Azerbaijani spellings and the English (or Russian-derived) ones readers type
  it.each([
    ["Əliyev", "Aliyev"],
    ["Əliyev", "Aliev"],
    ["Bakı", "Baku"],
    ["Naxçıvan", "Nakhchivan"],
    ["Şəki", "Sheki"],
    ["Şəki", "Seki"],
    ["Şəki", "Shaki"],
    ["Gəncə", "Ganja"],
    ["Mingəçevir", "Mingachevir"],
    ["Mingəçevir", "Mingecevir"],
    ["Quba", "Guba"],
    ["Heydər", "Heydar"],
    ["Xankəndi", "Khankendi"],
    ["Şuşa", "Shusha"],
  ])("%s meets %s", (az, en) => {
    expect(looseKey(az)).toBe(looseKey(en));
  });

  it.each([
    ["Baku", "Barda"],
    ["Quba", "Kabul"],
    ["Aliyev", "Obama"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(looseKey(a)).not.toBe(looseKey(b));
  });
});
