// Filters the server-rendered timeline by area and type, keeping the choice in the URL.
import { parseViewState, rowMatches, viewStateToSearch } from "../lib/filters.ts";

const root = document.querySelector<HTMLElement>("[data-timeline]");
const form = root?.querySelector<HTMLFormElement>("form[data-controls]");
if (root && form) {
  const keys = ["area", "type"];
  const items = [...root.querySelectorAll<HTMLElement>("li[data-event]")].map((li) => ({
    li,
    filter: {
      text: "",
      facets: { area: (li.dataset.areas ?? "").split(" "), type: [li.dataset.type ?? ""] },
    },
  }));
  const years = [...root.querySelectorAll<HTMLElement>("[data-year]")];
  const status = root.querySelector<HTMLElement>("[data-status]");
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select")];
  let state = parseViewState(location.search, keys);

  const apply = (write: boolean): void => {
    let shown = 0;
    for (const { li, filter } of items) {
      li.hidden = !rowMatches(filter, "", state);
      if (!li.hidden) shown += 1;
    }
    // numbering runs on across the years over the events shown
    let count = 0;
    for (const year of years) {
      const visible = year.querySelectorAll("li[data-event]:not([hidden])").length;
      year.hidden = visible === 0;
      const list = year.querySelector("ol");
      if (list) list.start = count + 1;
      count += visible;
    }
    for (const select of selects) select.value = state.facets[select.name]?.[0] ?? "";
    if (status) status.textContent = `Showing ${shown} of ${items.length} events.`;
    if (write) history.replaceState(null, "", `${location.pathname}${viewStateToSearch(state)}`);
  };
  form.addEventListener("change", () => {
    const facets: Record<string, string[]> = {};
    for (const select of selects) if (select.value) facets[select.name] = [select.value];
    state = { ...state, facets };
    apply(true);
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  form.hidden = false;
  apply(false);
}
