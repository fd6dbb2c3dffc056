// letters that Unicode decomposition leaves alone but readers type without diacritics
const LETTERS: Record<string, string> = { ə: "e", ı: "i", ø: "o", ß: "ss", æ: "ae", œ: "oe" };
const SPECIAL = /[\u0259\u0131\u00f8\u00df\u00e6\u0153]/g; // ə ı ø ß æ œ, escaped to keep this file ASCII

/**
 * Folds text for matching: lower case, no diacritics, Azerbaijani letters as their plain Latin
 * look-alikes (`Şəki` → `seki`, `Mingəçevir` → `mingecevir`, `İlham` → `ilham`).
 */
export function fold(text: string): string {
  if (typeof text !== "string") throw new TypeError("fold() needs a string");
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(SPECIAL, (c) => LETTERS[c] ?? c);
}

// English and Russian-derived spellings of Azerbaijani names, reduced to one key: sh/ş → s,
// ch/ç → c, kh/x → x, j/c → c (Gəncə, Ganja), gh/ğ → g, q → g (Quba, Guba), e/ə → a (Əliyev,
// Aliyev), u/ı → i (Bakı, Baku), iy → i (Aliyev, Aliev), and doubled letters once.
const LOOSE: [RegExp, string][] = [
  [/sh/g, "s"],
  [/ch/g, "c"],
  [/kh/g, "x"],
  [/gh/g, "g"],
  [/zh/g, "j"],
  [/j/g, "c"],
  [/q/g, "g"],
  [/e/g, "a"],
  [/u/g, "i"],
  [/iy/g, "i"],
  [/(\p{L})\1/gu, "$1"],
];

/**
 * A looser key than {@link fold}, so that Azerbaijani and English spellings of a name meet:
 * `Əliyev` and `Aliyev`, `Bakı` and `Baku`, `Naxçıvan` and `Nakhchivan`, `Şəki`, `Sheki` and
 * `Seki`, `Gəncə` and `Ganja` each give the same key. {@link search} matches on it.
 */
export function looseKey(text: string): string {
  let key = fold(text);
  for (const [pattern, replacement] of LOOSE) key = key.replace(pattern, replacement);
  return key;
}
