// The full-text tables of the database, folded as the package's search() folds: a reader's plain
// MATCH finds Şəki as "Şəki", "Seki" or "Sheki", and İlham Əliyev as "Əliyev", "Eliyev" or "Aliyev".
// SQLite's own tokenizer (unicode61 remove_diacritics 2) folds ş, ç, ü, but not ə or ı, and it cannot
// be taught new folds from a file, so the folds are indexed: each text's fold(), the English spellings
// of its Azerbaijani words, and its looseKey() (for a query folded the same way).
import { fold, looseKey } from "@aznato/data";
import { type AnyRecord, valueAt } from "./rows.js";

/** The text a collection's full-text index searches: titles and names, summaries and descriptions. */
const TITLE_PATHS = ["title", "name.en", "name.az", "name.alternatives[].name", "acronym"];
const SUMMARY_PATHS = ["summary", "description", "explanation", "statement.quote"];

export const ftsName = (collection: string) => `${collection}_fts`;

function texts(record: AnyRecord, paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    const [head, tail] = path.split("[].") as [string, string | undefined];
    const value = valueAt(record, head);
    const values =
      tail === undefined ? [value] : Array.isArray(value) ? value.map((v) => valueAt(v, tail)) : [];
    for (const v of values) if (typeof v === "string") out.push(v.normalize("NFC"));
  }
  return out;
}

// letters only Azerbaijani (of the alphabets here) has: a word with one is spelled in Azerbaijani
const AZERBAIJANI = /[əışçğöüİ]/iu;
// English spellings of Azerbaijani letters (Şamaxı → Shamakhi, Gəncə → Ganja, Naxçıvan → Nakhchivan)
// (c first: the ch that ç becomes stays ch)
const ENGLISH: [RegExp, string][] = [
  [/c/g, "j"],
  [/ş/g, "sh"],
  [/ç/g, "ch"],
  [/ğ/g, "gh"],
  [/x/g, "kh"],
  [/ı/g, "i"],
  [/ö/g, "o"],
  [/ü/g, "u"],
];

/** Each word's fold(), and for an Azerbaijani word its English spellings (ə as e and as a). */
export function spellings(text: string): string {
  const words = new Set<string>();
  for (const word of text.toLocaleLowerCase("az").split(/[^\p{L}\p{N}]+/u)) {
    if (word === "") continue;
    words.add(fold(word));
    if (!AZERBAIJANI.test(word)) continue;
    let english = word;
    for (const [letter, spelled] of ENGLISH) english = english.replace(letter, spelled);
    words.add(fold(english.replaceAll("ə", "e")));
    words.add(fold(english.replaceAll("ə", "a")));
  }
  return [...words].join(" ");
}

interface Database {
  exec(sql: string): unknown;
  prepare(sql: string): {
    bind(values: (string | number)[]): { stepReset(): unknown };
    finalize(): unknown;
  };
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The full-text table of a collection, its rowid the record's rowid: `title`, `summary`, `folded`
 * (their spellings()) and `loose` (their looseKey()). False if the collection has no text.
 */
export function writeFts(db: Database, collection: string, records: readonly AnyRecord[]): boolean {
  const rows = records.map((record) => ({
    id: record.id,
    title: texts(record, TITLE_PATHS).join(" | "),
    summary: texts(record, SUMMARY_PATHS).join(" | "),
  }));
  if (rows.every((r) => r.title === "" && r.summary === "")) return false;
  const table = ftsName(collection);
  db.exec(
    `CREATE VIRTUAL TABLE ${quote(table)} USING fts5(id UNINDEXED, title, summary, folded, loose, tokenize = 'unicode61 remove_diacritics 2')`,
  );
  const insert = db.prepare(
    `INSERT INTO ${quote(table)} (rowid, id, title, summary, folded, loose) VALUES ((SELECT rowid FROM ${quote(collection)} WHERE id = ?1), ?1, ?2, ?3, ?4, ?5)`,
  );
  try {
    for (const row of rows) {
      const both = [row.title, row.summary].filter(Boolean);
      const loose = both.map((t) => looseKey(t)).join(" | ");
      insert.bind([row.id, row.title, row.summary, spellings(both.join(" ")), loose]).stepReset();
    }
  } finally {
    insert.finalize();
  }
  return true;
}
