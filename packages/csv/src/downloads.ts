// The files a site offers for download, each with its format, media type and a line saying what it
// is (for a table: what one row is), from the formats registry and the tables' own descriptions.
import { DATA_DICTIONARY_DESCRIPTION } from "./datapackage.js";
import {
  DATA_DICTIONARY,
  DATAPACKAGE,
  type ExportFile,
  LICENSE_DATA,
  README,
} from "./export-types.js";
import { CSV, type ExportFormat, exportFormats } from "./formats.js";
import type { ExportOptions } from "./options.js";
import { source } from "./source.js";

/** A file to download: its bytes, the format it belongs to and what it is. */
export interface DownloadFile extends ExportFile {
  /** The registry's name of the format whose output the file is part of (`csv`, `sqlite` …). */
  format: string;
  mediatype: string;
  /** One line for people; for a table, ending in what one row is ("One row per event."). */
  description: string;
}

const documents: Record<string, { mediatype: string; description: string }> = {
  [DATAPACKAGE]: {
    mediatype: "application/json",
    description:
      "Frictionless Data Package descriptor: every table's columns, types, primary and foreign keys, licence, bytes and SHA-256.",
  },
  [README]: {
    mediatype: "text/markdown",
    description: "What is inside the export, how to load it, its licences and how to cite it.",
  },
  [LICENSE_DATA]: {
    mediatype: "text/plain",
    description: "The data licence (CC BY 4.0) and what it does not cover.",
  },
};

/** What each file of a format's output is. */
export function describeFiles(format: ExportFormat, files: readonly ExportFile[]): DownloadFile[] {
  const tables = new Map(source.tables.map((t) => [t.name, t.description]));
  return files.map((file) => {
    const stem = file.path.replace(/\.[^.]*$/, "");
    const companion = format.companions?.find((c) => c.path === file.path);
    const document = documents[file.path];
    const described =
      companion?.description ??
      document?.description ??
      (stem === DATA_DICTIONARY ? DATA_DICTIONARY_DESCRIPTION : tables.get(stem)) ??
      format.description;
    const mediatype = companion ? "application/json" : (document?.mediatype ?? format.mediatype);
    return { ...file, format: format.name, mediatype, description: described };
  });
}

/**
 * Every file offered for download one by one: the CSV export's files, then the files of each other
 * format the registry marks for download (the SQLite database and its metadata.json …).
 */
export async function exportDownloads(options: ExportOptions = {}): Promise<DownloadFile[]> {
  const out: DownloadFile[] = [];
  for (const format of exportFormats.filter((f) => f.download)) {
    const name = format.defaultName ?? `aznato.${format.extensions[0]}`;
    const files = await format.write({ source, options, name, extra: [] });
    out.push(...describeFiles(format, files));
  }
  // the CSV export first, as the site lists it
  return [...out.filter((f) => f.format === CSV.name), ...out.filter((f) => f.format !== CSV.name)];
}

/**
 * The files of each format the registry puts in the site's zip of everything but not on its
 * download list (the Parquet folder), each under a folder of its format's name: `parquet/events.parquet`.
 */
export async function exportBundled(options: ExportOptions = {}): Promise<DownloadFile[]> {
  const out: DownloadFile[] = [];
  for (const format of exportFormats.filter((f) => f.bundle && !f.download)) {
    const name = format.defaultName ?? `aznato.${format.extensions[0]}`;
    const files = await format.write({ source, options, name, extra: [] });
    out.push(
      ...describeFiles(format, files).map((f) => ({ ...f, path: `${format.name}/${f.path}` })),
    );
  }
  return out;
}
