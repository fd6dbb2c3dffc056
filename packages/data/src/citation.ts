// How to cite the dataset, stated once: title, authors, version, as-of date, licences and address,
// rendered as APA, BibTeX, CSL-JSON, CITATION.cff and Zenodo metadata. The viewer, the exporter and
// the generated citation files all render from here, so they cannot disagree.
import { formatDate } from "./dates.js";
import type { DatasetMeta } from "./meta.js";

/** What a citation of the dataset (or of one record in it) says. */
export interface CitationData {
  /** The dataset's title, or the record's when one record is cited. */
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
  /**
   * Where to read it: the record's page, else the project's site, else the registry's page of
   * this version once the registry has it; absent until then, so no citation links a dead page.
   */
  url?: string;
  /** The repository, when the project has one. */
  repository?: string;
  /** When one record is cited: its id and the title of the dataset it is in. */
  record?: { id: string; in: string };
  description: string;
  keywords: readonly string[];
}

/** What a citation reads of the metadata (the exporter passes its own copy of these fields). */
export type CitedMeta = Pick<DatasetMeta, "title" | "version" | "asOf" | "description"> & {
  readonly licenses: readonly { readonly name?: string | undefined; readonly scope: string }[];
  /** Where the project lives; none is as good as empty. */
  readonly home?: DatasetMeta["home"] | undefined;
};

const KEYWORDS = ["Azerbaijan", "NATO", "Partnership for Peace", "open data", "fact-checking"];

const absolute = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? url : undefined);

/**
 * The citation of this release; with `record`, of one record in it (its id, title and page; a
 * page address that is not absolute falls back to the dataset's).
 */
export function citationData(
  meta: CitedMeta,
  record?: { id: string; title: string; url?: string | undefined },
): CitationData {
  const licence = (scope: "code" | "data") =>
    meta.licenses.find((l) => l.scope === scope)?.name ?? "";
  const home = meta.home ?? {};
  const url = absolute(record?.url) ?? home.site ?? home.registry;
  return {
    title: record ? record.title : meta.title,
    author: `${meta.title.split(":")[0]?.trim()} contributors`,
    version: meta.version,
    asOf: meta.asOf,
    license: licence("data"),
    codeLicense: licence("code"),
    ...(url ? { url } : {}),
    ...(home.repository ? { repository: home.repository } : {}),
    ...(record ? { record: { id: record.id, in: meta.title } } : {}),
    description: meta.description,
    keywords: KEYWORDS,
  };
}

/**
 * The one absolute IRI of this release that is no web page: its Package URL (purl,
 * `pkg:npm/%40aznato/data@0.3.0`), for node ids in files read away from any site.
 */
export const releaseIri = (meta: Pick<DatasetMeta, "name" | "version">): string =>
  `pkg:npm/${meta.name.replace(/^@/, "%40")}@${meta.version}`;

/** The build's one line when the root package.json names no home; nothing once it does. */
export const noHomeNotice = (home: DatasetMeta["home"]): string | undefined =>
  home.site || home.repository
    ? undefined
    : "No project home is set (root package.json: homepage, repository): citations name no URL and pages link no issue form.";

/** An APA 7 reference (a data set, with version, the as-of date and the address when there is one). */
export function apa(c: CitationData): string {
  const what = c.record ? `${c.title} [Data record ${c.record.id}]. In ${c.record.in}` : c.title;
  return `${c.author}. (${c.asOf.slice(0, 4)}). ${what} (Version ${c.version}) [Data set]. Data as of ${formatDate(c.asOf)}.${c.url ? ` ${c.url}` : ""}`;
}

// BibTeX lowercases titles unless braced; TeX specials are escaped
const tex = (s: string) => s.replace(/([\\{}%&$#_^~])/g, "\\$1");

/** The key of a citation, stable per version (and record), so two citations never share one. */
const keyOf = (c: CitationData, sep: string) =>
  `aznato${sep}${c.version}${c.record ? `${sep}${c.record.id}` : ""}`;

/** A BibTeX `@misc` entry: title braced so "NATO" keeps its case, version, date and note. */
export function bibtex(c: CitationData, key = keyOf(c, "_").replace(/\W/g, "_")): string {
  const what = c.record ? `Data record ${tex(c.record.id)} of ${tex(c.record.in)}` : "Data set";
  return [
    `@misc{${key},`,
    `  author = {{${tex(c.author)}}},`,
    `  title = {{${tex(c.title)}}},`,
    `  year = {${c.asOf.slice(0, 4)}},`,
    `  month = {${Number(c.asOf.slice(5, 7))}},`,
    `  version = {${tex(c.version)}},`,
    ...(c.url ? [`  url = {${c.url}},`, `  urldate = {${c.asOf}},`] : []),
    `  note = {${what}, version ${tex(c.version)}, data as of ${c.asOf}; licensed ${c.license}}`,
    "}",
  ].join("\n");
}

/** One CSL-JSON item, as citeproc, Zotero and Pandoc read it. */
export function cslItem(
  c: CitationData,
  id = keyOf(c, "-").replace(/^aznato/, "aznato-data"),
): Record<string, unknown> {
  const [y, m, d] = c.asOf.split("-").map(Number);
  return {
    id,
    type: "dataset",
    title: c.title,
    author: [{ literal: c.author }],
    issued: { "date-parts": [[y, m, d]] },
    version: c.version,
    ...(c.record ? { "container-title": c.record.in } : {}),
    ...(c.url ? { URL: c.url } : {}),
    note: `${c.record ? `Data record ${c.record.id}. ` : ""}Data as of ${c.asOf}`,
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
