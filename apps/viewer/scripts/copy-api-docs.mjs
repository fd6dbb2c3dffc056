// The API reference is TypeDoc's output for @aznato/data (its `docs` task); the site serves it at
// /api/. Each page gets a link back to the site in TypeDoc's toolbar, and the site's icon.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const docs = fileURLToPath(new URL("../../../packages/data/docs/", import.meta.url));
const target = fileURLToPath(new URL("../dist/api/", import.meta.url));
if (!existsSync(docs)) {
  console.error(
    "@aznato/viewer: packages/data/docs is missing: run the data package's docs task first",
  );
  process.exit(1);
}
cpSync(docs, target, { recursive: true });

const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
const back = `<a href="${base}" class="tsd-widget aznato-home">← aznato site</a>`;
const icon = `<link rel="icon" href="${base}favicon.svg" type="image/svg+xml"/>`;

/** Adds the way back to the site to one TypeDoc page; false if the page has no toolbar slot. */
export function addSiteLink(html) {
  if (!html.includes('<div id="tsd-toolbar-links">')) return false;
  return html
    .replace('<div id="tsd-toolbar-links">', `<div id="tsd-toolbar-links">${back}`)
    .replace("</head>", `${icon}</head>`);
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
let missing = 0;
for (const file of walk(target).filter((f) => f.endsWith(".html"))) {
  const html = addSiteLink(readFileSync(file, "utf8"));
  if (html === false) missing += 1;
  else writeFileSync(file, html);
}
if (missing > 0) {
  console.error(`@aznato/viewer: ${missing} API pages have no TypeDoc toolbar to link back from`);
  process.exit(1);
}
