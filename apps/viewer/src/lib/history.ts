// A record's history, derived from the data package's own records of change: the CHANGELOG's
// per-id lines for each release, the pending changesets for the next one, and the last release's
// snapshot (a record missing from it is new since that release). Nothing here is typed by hand.

/** One change to a record: in which version, what (the fields, when the line names them) and why. */
export interface HistoryEntry {
  version: string;
  /** False for changes waiting in `.changeset/` for the next release. */
  released: boolean;
  fields?: string | undefined;
  /** The id that replaced a retired one. */
  supersededBy?: string | undefined;
  text: string;
}

// "- `id` (collection) (fields): why" | "- `id` (collection) → `new`: why" | "- `id`: why"
const LINE =
  /^\s*- (?:[0-9a-f]{7,}: )?`([^`]+)`(?: \(([a-z]+)\))?(?: \(([^)]*)\))?(?: → `([^`]+)`)?: (.+)$/;

/** The per-id lines of a Markdown changelog or changeset, each with its id. */
export function perIdLines(
  markdown: string,
  version: string,
  released: boolean,
): { id: string; entry: HistoryEntry }[] {
  const found: { id: string; entry: HistoryEntry }[] = [];
  for (const line of markdown.split("\n")) {
    const m = LINE.exec(line);
    if (!m?.[1] || !m[5]) continue;
    found.push({
      id: m[1],
      entry: { version, released, fields: m[3], supersededBy: m[4], text: m[5].trim() },
    });
  }
  return found;
}

/** The CHANGELOG split by release ("## 0.2.0"), newest first, each with its per-id lines. */
export function changelogEntries(markdown: string): { id: string; entry: HistoryEntry }[] {
  const parts = markdown.split(/^## (\d+\.\d+\.\d+\S*)\s*$/m);
  const found: { id: string; entry: HistoryEntry }[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    found.push(...perIdLines(parts[i + 1] ?? "", parts[i] ?? "", true));
  }
  return found;
}

/**
 * Every record's history: unreleased changes first, then each release newest first; an
 * auto-generated line that only lists fields ("checked, evidence") after a line that explains the
 * same id in the same release adds nothing and is left out.
 */
export function historyIndex(
  changelog: string,
  changesets: readonly string[],
  nextVersion: string,
): Map<string, HistoryEntry[]> {
  const all = [
    ...changesets.flatMap((md) => perIdLines(md, nextVersion, false)),
    ...changelogEntries(changelog),
  ];
  const index = new Map<string, HistoryEntry[]>();
  for (const { id, entry } of all) {
    const list = index.get(id) ?? [];
    const bare = /^[\w.[\]]+(, [\w.[\]]+)*$/.test(entry.text);
    if (bare && list.some((e) => e.version === entry.version)) continue;
    if (!list.some((e) => e.version === entry.version && e.text === entry.text)) list.push(entry);
    index.set(id, list);
  }
  return index;
}

/**
 * A changelog line cut into plain and quoted parts; a quoted part in Azerbaijani (it has ə) is
 * marked so the page can give it `lang="az"` while the English sentence around it keeps `en`.
 */
export function quotedParts(text: string): { text: string; az: boolean }[] {
  const parts: { text: string; az: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(/"[^"]+"|'[^']+'|“[^”]+”/g)) {
    if (!/[əƏ]/.test(m[0])) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), az: false });
    parts.push({ text: m[0], az: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), az: false });
  return parts;
}
