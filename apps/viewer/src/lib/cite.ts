import { type Citation, type DatasetMeta, formatDate, type Source } from "@aznato/data";

/** The dataset's home on the npm registry, the one address every release has. */
export const packageUrl = (name: string): string => `https://www.npmjs.com/package/${name}`;

/** The registry page of exactly this release, so a citation points at the version it used. */
export const versionUrl = (meta: Pick<DatasetMeta, "name" | "version">): string =>
  `${packageUrl(meta.name)}/v/${meta.version}`;

/** The group author, from the dataset's own title ("aznato: …" → "aznato contributors"). */
export const authorOf = (meta: Pick<DatasetMeta, "title">): string =>
  `${meta.title.split(":")[0]?.trim()} contributors`;

const dayParts = (day: string): [number, number, number] => {
  const [y, m, d] = day.split("-").map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
};

/** One record of the dataset, cited on its own: its id, a title and its page's URL. */
export interface CitedRecord {
  id: string;
  title: string;
  /** The record's page; a root-relative path (no SITE_URL) falls back to the release's URL. */
  url: string;
}

/** The URL a citation links: the record's absolute page, else the release on the registry. */
const linkOf = (meta: Pick<DatasetMeta, "name" | "version">, record?: CitedRecord) =>
  record && /^https?:\/\//.test(record.url) ? record.url : versionUrl(meta);

/**
 * An APA 7 reference for the dataset as a data set (or one record of it), naming the version and
 * the as-of date (the day up to which the sources were checked), with the URL of that release
 * (or of the record's page).
 */
export function apaCitation(meta: DatasetMeta, record?: CitedRecord): string {
  const what = record
    ? `${record.title} [Data record ${record.id}]. In ${meta.title} (Version ${meta.version}) [Data set]`
    : `${meta.title} (Version ${meta.version}) [Data set]`;
  return `${authorOf(meta)}. (${meta.asOf.slice(0, 4)}). ${what}. Data as of ${formatDate(meta.asOf)}. ${linkOf(meta, record)}`;
}

/** A BibTeX `@misc` entry; the key is stable per version (and record) so citations differ. */
export function bibtexCitation(meta: DatasetMeta, record?: CitedRecord): string {
  const key = `aznato_${meta.version}${record ? `_${record.id}` : ""}`.replace(/\W/g, "_");
  const escapeTex = (s: string) => s.replace(/([{}%&$#_])/g, "\\$1");
  const note = record
    ? `Data record ${record.id} of ${meta.title}, version ${meta.version}, data as of ${meta.asOf}`
    : `Data set, version ${meta.version}, data as of ${meta.asOf}`;
  return [
    `@misc{${key},`,
    `  author = {{${authorOf(meta)}}},`,
    `  title = {${escapeTex(record?.title ?? meta.title)}},`,
    `  year = {${meta.asOf.slice(0, 4)}},`,
    `  date = {${meta.asOf}},`,
    `  version = {${meta.version}},`,
    `  howpublished = {\\url{${linkOf(meta, record)}}},`,
    `  note = {${escapeTex(note)}}`,
    "}",
  ].join("\n");
}

/** One CSL-JSON item (the input of citeproc, Zotero and Pandoc) for this version of the dataset. */
export interface CslItem {
  id: string;
  type: "dataset";
  title: string;
  author: { literal: string }[];
  issued: { "date-parts": number[][] };
  version: string;
  URL: string;
  note: string;
  "container-title"?: string;
  license?: string;
}

/** CSL-JSON for this version (or one record of it): an array of one item, as reference managers import it. */
export function cslJsonItems(meta: DatasetMeta, record?: CitedRecord): CslItem[] {
  const data = meta.licenses.find((l) => l.scope === "data");
  return [
    {
      id: `aznato-data-${meta.version}${record ? `-${record.id}` : ""}`,
      type: "dataset",
      title: record?.title ?? meta.title,
      author: [{ literal: authorOf(meta) }],
      issued: { "date-parts": [dayParts(meta.asOf)] },
      version: meta.version,
      URL: linkOf(meta, record),
      note: `${record ? `Data record ${record.id}. ` : ""}Version ${meta.version}, data as of ${meta.asOf}`,
      ...(record ? { "container-title": meta.title } : {}),
      ...(data ? { license: data.name } : {}),
    },
  ];
}

/** CSL-JSON as text to copy: one field a line, nested values kept on their line. */
export const cslJsonCitation = (meta: DatasetMeta, record?: CitedRecord): string =>
  cslJsonItems(meta, record)
    .map(
      (item) =>
        `  {\n${Object.entries(item)
          .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
          .join(",\n")}\n  }`,
    )
    .join(",\n")
    .replace(/^/, "[\n")
    .concat("\n]");

/**
 * A quote as a reader pastes it: “…”, then who said it where (title, publisher, date, locator)
 * and the source's URL.
 */
export function quoteWithSource(citation: Citation, source: Source | undefined): string {
  if (!source) return `“${citation.quote}” (source ${citation.source})`;
  const where = [
    source.title,
    source.publisher,
    source.published && formatDate(source.published),
    citation.locator,
  ]
    .filter(Boolean)
    .join(", ");
  return `“${citation.quote}” — ${where}.${source.url ? ` ${source.url}` : ""}`;
}
