// The search page: matches the build-time index with the package's own fold and looseKey (through
// lib/search.ts), so results equal @aznato/data's search(). Keeps the query in the URL (?q=).
import { type IndexEntry, type Prepared, prepare, rank } from "../lib/search.ts";

const root = document.querySelector<HTMLElement>("[data-site-search]");
const input = document.querySelector<HTMLInputElement>("form.search-page input[name=q]");
const list = root?.querySelector<HTMLOListElement>("[data-results]");
const status = root?.querySelector<HTMLElement>("[data-status]");
const LIMIT = 100;

interface Loaded {
  entries: { entry: IndexEntry; prepared: Prepared }[];
  ranks: Record<string, number>;
}

async function load(href: string): Promise<Loaded> {
  const response = await fetch(href);
  const index = (await response.json()) as { ranks: Record<string, number>; entries: IndexEntry[] };
  return {
    ranks: index.ranks,
    entries: index.entries.map((entry) => ({ entry, prepared: prepare(entry.t, entry.x) })),
  };
}

function item(entry: IndexEntry, base: string, labels: Record<string, string>): HTMLLIElement {
  const li = document.createElement("li");
  const kind = document.createElement("span");
  kind.className = "kind";
  kind.textContent = [labels[entry.c] ?? entry.c, entry.d].filter(Boolean).join(" · ");
  const a = document.createElement("a");
  a.href = `${base.replace(/\/?$/, "/")}${entry.c}/${encodeURIComponent(entry.i)}/`;
  const en = document.createElement("span");
  en.lang = entry.g ?? "en";
  en.className = entry.a ? "n-en" : "";
  en.textContent = entry.l;
  a.append(en);
  if (entry.a) {
    const sep = document.createElement("span");
    sep.className = "n-sep";
    sep.textContent = " · ";
    const az = document.createElement("span");
    az.className = "n-az";
    az.lang = "az";
    az.textContent = entry.a;
    a.append(sep, az);
  }
  li.append(kind, a);
  return li;
}

if (root && input && list && status) {
  const base = root.dataset.base ?? "/";
  const labels = JSON.parse(root.dataset.labels ?? "{}") as Record<string, string>;
  let index: Promise<Loaded> | undefined;
  for (const note of document.querySelectorAll<HTMLElement>("[data-no-js]")) note.hidden = true;

  const show = async (query: string, write: boolean): Promise<void> => {
    const q = query.trim();
    if (write)
      history.replaceState(null, "", q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) {
      list.hidden = true;
      status.textContent = "Type a name, a place, a year or a word.";
      return;
    }
    index ??= load(root.dataset.index ?? "search-index.json");
    const { entries, ranks } = await index;
    if (input.value.trim() !== q) return; // a newer query is on its way
    const hits = rank(
      entries,
      (e) => e.prepared,
      (e) => ranks[e.entry.c] ?? 99,
      q.slice(0, 256),
    );
    list.replaceChildren(...hits.slice(0, LIMIT).map((h) => item(h.entry, base, labels)));
    list.hidden = hits.length === 0;
    status.textContent =
      hits.length === 0
        ? `No record matches “${q}”.`
        : `${hits.length} record${hits.length === 1 ? "" : "s"} match “${q}”${hits.length > LIMIT ? `; the first ${LIMIT} are shown` : ""}.`;
  };

  const initial = new URLSearchParams(location.search).get("q") ?? "";
  input.value = initial;
  const header = document.querySelector<HTMLInputElement>("#site-q");
  if (header) header.value = initial;
  input.addEventListener("input", () => void show(input.value, true));
  input.form?.addEventListener("submit", (e) => {
    e.preventDefault();
    void show(input.value, true);
  });
  void show(initial, false);
}
