// What the viewer adds to the package's one citation source (@aznato/data's citation.ts): the
// texts to copy, a record's page as its address, a quote with its source, and where to report an
// error. Every citation renders there, so the pages, CITATION.cff and the exports cannot disagree.
import {
  apa,
  bibtex,
  type Citation,
  citationData,
  cslItem,
  type DatasetMeta,
  formatDate,
  type Source,
} from "@aznato/data";

/** One record of the dataset, cited on its own: its id, a title and its page's URL. */
export interface CitedRecord {
  id: string;
  title: string;
  /** The record's page; a root-relative path (no SITE_URL) is no address, so the dataset's stands in. */
  url: string;
}

/** An APA 7 reference for this version of the dataset (or one record of it). */
export const apaCitation = (meta: DatasetMeta, record?: CitedRecord): string =>
  apa(citationData(meta, record));

/** A BibTeX `@misc` entry; the key is stable per version (and record) so citations differ. */
export const bibtexCitation = (meta: DatasetMeta, record?: CitedRecord): string =>
  bibtex(citationData(meta, record));

/** CSL-JSON for this version (or one record of it): an array of one item, as reference managers import it. */
export const cslJsonItems = (
  meta: DatasetMeta,
  record?: CitedRecord,
): Record<string, unknown>[] => [cslItem(citationData(meta, record))];

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
