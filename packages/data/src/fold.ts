// letters that Unicode decomposition leaves alone but readers type without diacritics
const LETTERS: Record<string, string> = { ə: "e", ı: "i", ø: "o", ß: "ss", æ: "ae", œ: "oe" };

/**
 * Folds text for matching: lower case, no diacritics, Azerbaijani letters as their plain Latin
 * look-alikes (`Şəki` → `seki`, `Mingəçevir` → `mingecevir`, `İlham` → `ilham`).
 */
export const fold = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[əıøßæœ]/g, (c) => LETTERS[c] ?? c);
