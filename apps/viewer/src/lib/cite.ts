import type { DatasetMeta } from "@aznato/data";

/** The dataset's home on the npm registry, the one address every release has. */
export const packageUrl = (name: string): string => `https://www.npmjs.com/package/${name}`;

const AUTHOR = "aznato contributors";

/** An APA 7 reference for the dataset as a data set. */
export function apaCitation(meta: DatasetMeta): string {
  const year = meta.asOf.slice(0, 4);
  return `${AUTHOR}. (${year}). ${meta.title} (Version ${meta.version}) [Data set]. ${packageUrl(meta.name)}`;
}

/** A BibTeX `@misc` entry; the key is stable per version so citations of releases differ. */
export function bibtexCitation(meta: DatasetMeta): string {
  const key = `aznato_${meta.version.replace(/\W/g, "_")}`;
  const escapeTex = (s: string) => s.replace(/([{}%&$#_])/g, "\\$1");
  return [
    `@misc{${key},`,
    `  author = {{${AUTHOR}}},`,
    `  title = {${escapeTex(meta.title)}},`,
    `  year = {${meta.asOf.slice(0, 4)}},`,
    `  version = {${meta.version}},`,
    `  howpublished = {\\url{${packageUrl(meta.name)}}},`,
    `  note = {Data set, as of ${meta.asOf}}`,
    "}",
  ].join("\n");
}
