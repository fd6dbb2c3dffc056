// The fact check's verdict filter works without JavaScript (links to #only-<verdict>, CSS
// :target hides the rest); this marks the current filter as such for screen readers.
const links = [...document.querySelectorAll<HTMLAnchorElement>(".verdict-filter a[data-filter]")];
const sync = () => {
  const current = location.hash.startsWith("#only-") ? location.hash.slice(6) : "all";
  for (const link of links) {
    if (link.dataset.filter === current) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
};
addEventListener("hashchange", sync);
sync();
