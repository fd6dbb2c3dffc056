// How to cite the dataset, stated once: title, authors, version, as-of date, licences and address,
// rendered as APA, BibTeX, CSL-JSON, CITATION.cff and Zenodo metadata. The viewer, the exporter and
// the generated citation files all render from here, so they cannot disagree.
import { formatDate } from "./dates.js";
import type { DatasetMeta } from "./meta.js";

/** What a citation of the dataset (or of one record in it) says. */
export interface CitationData {
  title: string;
  /** A group author, as every rendering names it. */
  author: string;
  version: string;
  /** The day up to which the sources were checked: the date a citation gives. */
  asOf: string;
  /** SPDX id of the data's licence. */
  license: string;
  /** SPDX id of the code's licence (the package's code, exporter and viewer). */
  codeLicense: string;
  /** Where to read it: the record's page, or the site; absent until the project has a home. */
  url?: string;
  /** The repository, when the project has one. */
  repository?: string;
  description: string;
  keywords: readonly string[];
}

const KEYWORDS = ["Azerbaijan", "NATO", "Partnership for Peace", "open data", "fact-checking"];

/**
 * The citation of this release; with `record`, of one record in it (its title and page).
 */
export function citationData(
  meta: DatasetMeta,
  record?: { title: string; url?: string | undefined },
): CitationData {
  const licence = (scope: "code" | "data") =>
    meta.licenses.find((l) => l.scope === scope)?.name ?? "";
  const url = record ? record.url : meta.home.site;
  return {
    title: record ? `${record.title}. In ${meta.title}` : meta.title,
    author: `${meta.title.split(":")[0]?.trim()} contributors`,
    version: meta.version,
    asOf: meta.asOf,
    license: licence("data"),
    codeLicense: licence("code"),
    ...(url ? { url } : {}),
    ...(meta.home.repository ? { repository: meta.home.repository } : {}),
    description: meta.description,
    keywords: KEYWORDS,
  };
}

/** An APA 7 reference (a data set, with version, the as-of date and the address when there is one). */
export const apa = (c: CitationData): string =>
  `${c.author}. (${c.asOf.slice(0, 4)}). ${c.title} (Version ${c.version}) [Data set]. Data as of ${formatDate(c.asOf)}.${c.url ? ` ${c.url}` : ""}`;

// BibTeX lowercases titles unless braced; TeX specials are escaped
const tex = (s: string) => s.replace(/([\\{}%&$#_^~])/g, "\\$1");

/** A BibTeX `@misc` entry: title braced so "NATO" keeps its case, version, date and note. */
export function bibtex(c: CitationData, key = `aznato_${c.version.replace(/\W/g, "_")}`): string {
  return [
    `@misc{${key},`,
    `  author = {{${tex(c.author)}}},`,
    `  title = {{${tex(c.title)}}},`,
    `  year = {${c.asOf.slice(0, 4)}},`,
    `  month = {${Number(c.asOf.slice(5, 7))}},`,
    `  version = {${tex(c.version)}},`,
    ...(c.url ? [`  url = {${c.url}},`, `  urldate = {${c.asOf}},`] : []),
    `  note = {Data set, version ${tex(c.version)}, data as of ${c.asOf}; licensed ${c.license}}`,
    "}",
  ].join("\n");
}

/** One CSL-JSON item, as citeproc, Zotero and Pandoc read it. */
export function cslItem(c: CitationData, id = `aznato-data-${c.version}`): Record<string, unknown> {
  const [y, m, d] = c.asOf.split("-").map(Number);
  return {
    id,
    type: "dataset",
    title: c.title,
    author: [{ literal: c.author }],
    issued: { "date-parts": [[y, m, d]] },
    version: c.version,
    ...(c.url ? { URL: c.url } : {}),
    note: `Data as of ${c.asOf}`,
    license: c.license,
  };
}

const q = (value: string) => JSON.stringify(value);

/** CITATION.cff (Citation File Format 1.2.0): the dataset under its data licence; the code's in references. */
export function cff(c: CitationData, header: string): string {
  return [
    header,
    "cff-version: 1.2.0",
    `message: ${q("If you use this dataset, please cite the version you used, as below; date-released is the as-of date of its data.")}`,
    "type: dataset",
    `title: ${q(c.title)}`,
    `abstract: ${q(c.description)}`,
    "authors:",
    `  - name: ${q(c.author)}`,
    `version: ${q(c.version)}`,
    `date-released: ${q(c.asOf)}`,
    `license: ${q(c.license)}`,
    ...(c.repository ? [`repository-code: ${q(c.repository)}`] : []),
    ...(c.url ? [`url: ${q(c.url)}`] : []),
    "keywords:",
    ...c.keywords.map((k) => `  - ${q(k)}`),
    "references:",
    "  - type: software",
    `    title: ${q(`${c.title.split(":")[0]} code: the data package, the exporter and the viewer`)}`,
    "    authors:",
    `      - name: ${q(c.author)}`,
    `    license: ${q(c.codeLicense)}`,
    ...(c.repository ? [`    repository-code: ${q(c.repository)}`] : []),
    "",
  ].join("\n");
}

/** `.zenodo.json`: the metadata Zenodo gives the DOI it mints for each GitHub release. */
export function zenodo(c: CitationData): Record<string, unknown> {
  return {
    title: c.title,
    upload_type: "dataset",
    description: c.description,
    creators: [{ name: c.author }],
    version: c.version,
    publication_date: c.asOf,
    license: c.license.toLowerCase(),
    access_right: "open",
    keywords: c.keywords,
    ...(c.repository
      ? {
          related_identifiers: [
            { identifier: c.repository, relation: "isSupplementTo", scheme: "url" },
          ],
        }
      : {}),
  };
}
