import { describe, expect, it } from "vitest";
import { fold } from "./fold.js";

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
});
