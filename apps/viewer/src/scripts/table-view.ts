// Enhances a server-rendered table: sortable headers, folded search, facets, state in the URL.

import { fold, looseKey } from "@aznato/data";
import { compareCells, parseViewState, rowMatches, viewStateToSearch } from "../lib/filters.ts";

function init(root: HTMLElement): void {
  const table = root.querySelector("table");
  const form = root.querySelector<HTMLFormElement>("form[data-controls]");
  const status = root.querySelector<HTMLElement>("[data-status]");
  const body = table?.tBodies[0];
  if (!table || !form || !body) return;
  const facetKeys: string[] = JSON.parse(root.dataset.facets ?? "[]");
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th[data-key]")];
  const rows = [...body.rows].map((row, index) => ({
    row,
    index,
    filter: {
      text: row.dataset.search ?? "",
      loose: looseKey(row.dataset.search ?? ""),
      facets: Object.fromEntries(
        facetKeys.map((k) => [k, (row.getAttribute(`data-f-${k}`) ?? "").split("|")]),
      ),
    },
    sort: [...row.cells].map((c) => c.dataset.sort ?? c.textContent?.trim() ?? ""),
  }));
  let state = parseViewState(location.search, facetKeys);
  const search = form.querySelector<HTMLInputElement>("input[type=search]");

  // headers become buttons only now, so without JavaScript they are plain text
  headers.forEach((th, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener("click", () => {
      const key = th.dataset.key;
      state = { ...state, desc: state.sort === key ? !state.desc : false, sort: key };
      apply(true);
      button.focus();
    });
    th.dataset.column = String(column);
  });

  const apply = (push: boolean): void => {
    const query = fold(state.q);
    let shown = 0;
    for (const r of rows) {
      const visible = rowMatches(r.filter, query, state);
      r.row.hidden = !visible;
      if (visible) shown += 1;
    }
    const column = headers.findIndex((th) => th.dataset.key === state.sort);
    const sorted = [...rows].sort((a, b) => {
      if (column < 0) return a.index - b.index;
      const order = compareCells(a.sort[column] ?? "", b.sort[column] ?? "");
      return (state.desc ? -order : order) || a.index - b.index;
    });
    body.append(...sorted.map((r) => r.row));
    headers.forEach((th, i) => {
      if (i === column) th.setAttribute("aria-sort", state.desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
    if (status) status.textContent = `Showing ${shown} of ${rows.length} records.`;
    if (search && search.value !== state.q) search.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      box.checked = state.facets[box.name]?.includes(box.value) ?? false;
    }
    const next = `${location.pathname}${viewStateToSearch(state)}${location.hash}`;
    if (push && next !== `${location.pathname}${location.search}${location.hash}`) {
      history.replaceState(null, "", next);
    }
  };

  const readForm = (): void => {
    const facets: Record<string, string[]> = {};
    for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) {
      facets[box.name] = [...(facets[box.name] ?? []), box.value];
    }
    state = { ...state, q: search?.value.trim() ?? "", facets };
    apply(true);
  };
  form.addEventListener("input", readForm);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    readForm();
  });
  form.addEventListener("reset", () => setTimeout(readForm));
  form.hidden = false;
  apply(false);
}

for (const root of document.querySelectorAll<HTMLElement>("[data-table-view]")) init(root);
