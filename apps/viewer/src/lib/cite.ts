import { type DatasetMeta, formatDate } from "@aznato/data";

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

/**
 * An APA 7 reference for the dataset as a data set, naming the version and the as-of date (the
 * day up to which the sources were checked), with the URL of that release.
 */
export function apaCitation(meta: DatasetMeta): string {
  return `${authorOf(meta)}. (${meta.asOf.slice(0, 4)}). ${meta.title} (Version ${meta.version}) [Data set]. Data as of ${formatDate(meta.asOf)}. ${versionUrl(meta)}`;
}

/** A BibTeX `@misc` entry; the key is stable per version so citations of releases differ. */
export function bibtexCitation(meta: DatasetMeta): string {
  const key = `aznato_${meta.version.replace(/\W/g, "_")}`;
  const escapeTex = (s: string) => s.replace(/([{}%&$#_])/g, "\\$1");
  return [
    `@misc{${key},`,
    `  author = {{${authorOf(meta)}}},`,
    `  title = {${escapeTex(meta.title)}},`,
    `  year = {${meta.asOf.slice(0, 4)}},`,
    `  date = {${meta.asOf}},`,
    `  version = {${meta.version}},`,
    `  howpublished = {\\url{${versionUrl(meta)}}},`,
    `  note = {Data set, version ${meta.version}, data as of ${meta.asOf}}`,
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
  license?: string;
}

/** CSL-JSON for this version: an array of one item, as reference managers import it. */
export function cslJsonItems(meta: DatasetMeta): CslItem[] {
  const data = meta.licenses.find((l) => l.scope === "data");
  return [
    {
      id: `aznato-data-${meta.version}`,
      type: "dataset",
      title: meta.title,
      author: [{ literal: authorOf(meta) }],
      issued: { "date-parts": [dayParts(meta.asOf)] },
      version: meta.version,
      URL: versionUrl(meta),
      note: `Version ${meta.version}, data as of ${meta.asOf}`,
      ...(data ? { license: data.name } : {}),
    },
  ];
}

/** CSL-JSON as text to copy: one field a line, nested values kept on their line. */
export const cslJsonCitation = (meta: DatasetMeta): string =>
  cslJsonItems(meta)
    .map(
      (item) =>
        `  {\n${Object.entries(item)
          .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
          .join(",\n")}\n  }`,
    )
    .join(",\n")
    .replace(/^/, "[\n")
    .concat("\n]");
