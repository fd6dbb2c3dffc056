// The search page: loads the index the build serialised (the package's own search index) with the
// package's loadSearchIndex, so a query gives the hits search() gives. Fetches it as soon as the page
// is parsed, which does not hold up the load event (and earlier still for a query in the URL,
// preloaded by the page); keeps the query, filters, order and page in the URL.
import { type IndexHit, loadSearchIndex, type SearchIndex, type SearchPage } from "@aznato/data";
import {
  PER_PAGE,
  parseSearchState,
  type SearchState,
  searchOptionsOf,
  searchStateToQuery,
  segments,
} from "../lib/search-view.ts";
import type { Shown, SiteSearchIndex } from "../pages/search-index.json.ts";

const root = document.querySelector<HTMLElement>("[data-site-search]");
const form = document.querySelector<HTMLFormElement>("form.search-page");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");
const list = root?.querySelector<HTMLOListElement>("[data-results]");
const status = root?.querySelector<HTMLElement>("[data-status]");
const pages = root?.querySelector<HTMLElement>("[data-pages]");

interface Loaded {
  index: SearchIndex;
  shown: Map<string, Shown>;
}

async function load(href: string): Promise<Loaded> {
  const json = (await (await fetch(href)).json()) as SiteSearchIndex;
  const shown = new Map(
    json.engine.docs.map(([id, , , , name], i) => {
      const [label, ...rest] = json.show[i] as Shown;
      return [id as string, [label || (name?.split("\n")[0] ?? ""), ...rest] as Shown];
    }),
  );
  return { index: loadSearchIndex(json.engine), shown };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text = "") => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

function item(hit: IndexHit, shown: Shown, base: string, labels: Record<string, string>) {
  const [label, az, lang, date] = shown;
  const li = el("li");
  const kind = el(
    "span",
    "kind",
    [labels[hit.collection] ?? hit.collection, date].filter(Boolean).join(" · "),
  );
  const a = el("a");
  a.href = `${base.replace(/\/?$/, "/")}${hit.collection}/${encodeURIComponent(hit.id)}/`;
  const en = el("span", az ? "n-en" : "", label);
  en.lang = lang || "en";
  a.append(en);
  if (az) {
    const name = el("span", "n-az", az);
    name.lang = "az";
    a.append(el("span", "n-sep", " · "), name);
  }
  li.append(kind, a);
  const snippet = hit.snippet;
  if (snippet && snippet.text !== label && snippet.text !== az) {
    const p = el("p", "snippet");
    for (const run of segments(snippet)) {
      const node = run.mark ? el("mark") : p;
      // words with ə are Azerbaijani: screen readers pronounce them so
      for (const [i, part] of run.text.split(/(\S*[əƏ]\S*)/).entries()) {
        if (!part) continue;
        const az = i % 2 === 1 ? el("span", "", part) : undefined;
        if (az) az.lang = "az";
        node.append(az ?? part);
      }
      if (node !== p) p.append(node);
    }
    li.append(p);
  }
  return li;
}

/** Counts after the option labels, and the type filter only where events can match. */
function showCounts(page: SearchPage<IndexHit>, state: SearchState): void {
  for (const option of form?.querySelectorAll<HTMLOptionElement>("option[data-label]") ?? []) {
    const counts: Record<string, number | undefined> =
      option.parentElement?.getAttribute("name") === "in"
        ? page.counts.collections
        : page.counts.types;
    const n = option.value ? (counts[option.value] ?? 0) : undefined;
    option.textContent =
      n === undefined ? (option.dataset.label ?? "") : `${option.dataset.label} (${n})`;
  }
  const type = form?.querySelector<HTMLElement>("[data-type-filter]");
  if (type) type.hidden = state.in !== "" && state.in !== "events";
}

function pageLink(state: SearchState, page: number, text: string, rel: string): HTMLAnchorElement {
  const a = el("a", "", text);
  a.href = searchStateToQuery({ ...state, page }) || "?";
  a.rel = rel;
  a.dataset.page = String(page);
  return a;
}

function showPages(state: SearchState, total: number): void {
  if (!pages) return;
  const count = Math.ceil(total / PER_PAGE);
  pages.hidden = count <= 1;
  if (count <= 1) {
    pages.replaceChildren();
    return;
  }
  const parts: (Node | string)[] = [];
  if (state.page > 1) parts.push(pageLink(state, state.page - 1, "← Previous", "prev"));
  parts.push(el("span", "", `Page ${state.page} of ${count}`));
  if (state.page < count) parts.push(pageLink(state, state.page + 1, "Next →", "next"));
  pages.replaceChildren(...parts);
}

if (root && form && input && list && status && pages) {
  const base = root.dataset.base ?? "/";
  const labels = JSON.parse(root.dataset.labels ?? "{}") as Record<string, string>;
  let loaded: Promise<Loaded> | undefined;
  const ensure = () => {
    loaded ??= load(root.dataset.index ?? "search-index.json");
    return loaded;
  };
  for (const note of document.querySelectorAll<HTMLElement>("[data-no-js]")) note.hidden = true;
  for (const filters of form.querySelectorAll<HTMLElement>("[data-filters]"))
    filters.hidden = false;
  let state = parseSearchState(location.search);

  // the form's fields, from page 1; an event type only where events are searched
  const fieldsToState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value) params.set(key, value);
    }
    const next = parseSearchState(params.toString());
    return next.in && next.in !== "events" ? { ...next, type: "" } : next;
  };

  const show = async (): Promise<void> => {
    const wanted = state;
    if (!wanted.q) {
      list.hidden = true;
      pages.hidden = true;
      status.textContent = "Type a name, a place, a year or a word.";
      return;
    }
    const { index, shown } = await ensure();
    if (state !== wanted) return; // a newer query is on its way
    const options = searchOptionsOf(wanted);
    let page = index.page(wanted.q.slice(0, 256), options);
    if (page.hits.length === 0 && page.total > 0) {
      state = { ...wanted, page: Math.ceil(page.total / PER_PAGE) };
      page = index.page(wanted.q.slice(0, 256), searchOptionsOf(state));
    }
    list.replaceChildren(...page.hits.map((h) => item(h, shown.get(h.id) as Shown, base, labels)));
    list.start = page.offset + 1;
    list.hidden = page.hits.length === 0;
    showCounts(page, state);
    showPages(state, page.total);
    const n = page.total;
    status.textContent =
      n === 0
        ? `No record matches “${wanted.q}”.`
        : `${n} record${n === 1 ? "" : "s"} match “${wanted.q}”${n > PER_PAGE ? `; ${page.offset + 1}–${page.offset + page.hits.length} shown` : ""}.`;
  };

  const write = (push: boolean) => {
    const next = `${location.pathname}${searchStateToQuery(state)}`;
    if (push) history.pushState(null, "", next);
    else history.replaceState(null, "", next);
  };
  const toFields = () => {
    input.value = state.q;
    for (const select of form.querySelectorAll<HTMLSelectElement>("select")) {
      select.value = String(state[select.name as "in" | "type"] ?? "");
    }
    for (const radio of form.querySelectorAll<HTMLInputElement>("input[name=order]")) {
      radio.checked = radio.value === state.order;
    }
    const header = document.querySelector<HTMLInputElement>("#site-q");
    if (header) header.value = state.q;
  };
  const update = () => {
    state = fieldsToState();
    write(false);
    void show();
  };

  toFields();
  // at once (a module runs once the page is parsed): a fetch does not hold up the load event, and
  // on a slow phone the index is then on its way before the first tap, not sent for at it
  void ensure();
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    update();
  });
  pages.addEventListener("click", (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>("a[data-page]");
    if (!a) return;
    e.preventDefault();
    state = { ...state, page: Number(a.dataset.page) };
    write(true);
    void show().then(() => status.scrollIntoView({ block: "start" }));
  });
  addEventListener("popstate", () => {
    state = parseSearchState(location.search);
    toFields();
    void show();
  });
  void show();
}
