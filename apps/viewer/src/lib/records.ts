import { type AnyRecord, type CollectionName, collections, type Names } from "@aznato/data";

/** Collection titles as the navigation and headings show them, from the package's registry. */
export const collectionTitles = Object.fromEntries(
  collections.map((c) => [c.name, c.title]),
) as Record<CollectionName, string>;

/** The record's names when it has them (`{ en, az? }`). */
export function namesOf(record: AnyRecord): Names | undefined {
  return "name" in record && typeof record.name === "object" ? record.name : undefined;
}

/** A one-line label: the English name, the title, the claim's quote, or the id. */
export function labelOf(record: AnyRecord): string {
  const names = namesOf(record);
  if (names) return names.en;
  if ("title" in record && typeof record.title === "string") return record.title;
  if ("statement" in record) return `“${record.statement.quote}”`;
  return record.id;
}

/** The language of a record's label when it is not English (a source's title is in its own language). */
export function langOf(record: AnyRecord): string | undefined {
  return "language" in record && typeof record.language === "string" && record.language !== "en"
    ? record.language
    : undefined;
}

/**
 * `az` for a name with the letter ə, which only Azerbaijani writes (a publisher such as "Xalq
 * qəzeti" whose own language the data does not record), so screen readers pronounce it right.
 */
export const azLangOf = (text: string): "az" | undefined => (/[əƏ]/.test(text) ? "az" : undefined);

/** The site-relative URL of a path, honouring Astro's `base` so the site can live in a sub-folder. */
export function url(path: string, base = "/"): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, "");
}

/** The permalink path of a record: `events/<id>/`. */
export const recordPath = (collection: CollectionName, id: string): string =>
  `${collection}/${encodeURIComponent(id)}/`;

/** Attributes for a link that leaves the site: no opener, no referrer. */
// a string, not a props object to spread: Astro writes its scope class into spread objects, which
// grew a shared object with every link
export const externalRel = "noopener noreferrer";
