// The export formats, each stated once: its name, file extensions, media type, whether it writes a
// folder or one file, a line for people, and its writer. The command line (its --format values,
// shortcut options, help and refusals), the atomic writer, the README's list of formats and the
// viewer's downloads all read this list; a new format is one entry here. Writers are functions of
// the data and the options to files, and load only when called, so that --help stays fast.
import {
  DATA_DICTIONARY,
  DATAPACKAGE,
  type ExportFile,
  type ExportSource,
  LICENSE_DATA,
  README,
} from "./export-types.js";
import type { ExportOptions } from "./options.js";
import {
  DATASETTE_METADATA,
  DEFAULT_DATABASE,
  isOwnDatabase,
  isOwnMetadata,
} from "./sqlite-files.js";
import { DEFAULT_WORKBOOK, isOwnWorkbook } from "./xlsx-files.js";

/** What a writer is given. */
export interface WriteInput {
  source: ExportSource;
  options: ExportOptions;
  /** The file name of a one-file format (`aznato.db`); folder formats name their own files. */
  name: string;
  /** Files of one-file formats that join a folder export (a database inside it), listed in it. */
  extra: readonly ExportFile[];
}

export interface ExportFormat {
  /** What `--format` takes. */
  readonly name: string;
  /** File extensions without the dot; a one-file format's name must end in one of them. */
  readonly extensions: readonly string[];
  /** The media type of its files (of its tables, for a folder format). */
  readonly mediatype: string;
  /** `folder`: a folder of its own, replaced as a whole; `file`: one file (and companions beside it). */
  readonly output: "folder" | "file";
  /** One line for people: what the format is and what it is for. */
  readonly description: string;
  /** What one output is called in messages: `folder`, `database`, `workbook`. */
  readonly noun: string;
  /** A one-file format's default file name. */
  readonly defaultName?: string;
  /** Files written beside a one-file format's file, with what each is. */
  readonly companions?: readonly { readonly path: string; readonly description: string }[];
  /** Its own option taking the path, a shortcut for `--format NAME --out PATH`: `sqlite` is `--sqlite FILE`. */
  readonly flag?: string;
  /** Whether the CSV dialect options (--delimiter, --bom, --excel, --lf, --no-header) apply to it. */
  readonly dialect: boolean;
  /** Whether the site offers its files for download one by one. */
  readonly download: boolean;
  /** Whether the site's zip of everything carries its files, in a folder of the format's name. */
  readonly bundle?: boolean;
  /** Every file it writes; for a one-file format the named file first, then its companions. */
  write(input: WriteInput): Promise<ExportFile[]>;
  /** A one-file format: whether an existing file of that name is this tool's, which --force may replace. */
  owns?(name: string, bytes: Uint8Array): boolean;
}

const folder =
  (tsv: boolean) =>
  async ({ source, options, extra }: WriteInput) => {
    const { buildFiles } = await import("./export.js");
    return buildFiles(source, tsv ? { ...options, tsv: true } : options, extra);
  };

export const CSV: ExportFormat = {
  name: "csv",
  extensions: ["csv"],
  mediatype: "text/csv",
  output: "folder",
  description:
    "RFC 4180 CSV, a file per table, with a Frictionless Data Package, a data dictionary and a README",
  noun: "folder",
  dialect: true,
  download: true,
  write: folder(false),
};

export const TSV: ExportFormat = {
  ...CSV,
  name: "tsv",
  extensions: ["tsv"],
  mediatype: "text/tab-separated-values",
  description: "the CSV export with tabs between fields (.tsv files)",
  download: false,
  write: folder(true),
};

export const SQLITE: ExportFormat = {
  name: "sqlite",
  extensions: ["db", "sqlite", "sqlite3"],
  mediatype: "application/vnd.sqlite3",
  output: "file",
  description:
    "the tables as one SQLite database, with keys, indexes and full-text search, and metadata.json for Datasette",
  noun: "database",
  defaultName: DEFAULT_DATABASE,
  companions: [
    {
      path: DATASETTE_METADATA,
      description:
        "Datasette metadata for the database: titles, descriptions and licences of every table and column",
    },
  ],
  flag: "sqlite",
  dialect: false,
  download: true,
  write: async ({ source, options, name }) =>
    (await import("./sqlite.js")).buildDatabase(source, options, name),
  owns: (name, bytes) =>
    name === DATASETTE_METADATA ? isOwnMetadata(bytes) : isOwnDatabase(bytes),
};

export const XLSX: ExportFormat = {
  name: "xlsx",
  extensions: ["xlsx"],
  mediatype: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  output: "file",
  description:
    "one Excel workbook: a README sheet, then a sheet per table with typed cells (partial dates as text, days as dates), frozen headers, filters and links",
  noun: "workbook",
  defaultName: DEFAULT_WORKBOOK,
  flag: "xlsx",
  dialect: false,
  download: true,
  write: async ({ source, options, name }) => [
    { path: name, bytes: await (await import("./xlsx.js")).buildWorkbook(source, options) },
  ],
  owns: (_name, bytes) => isOwnWorkbook(bytes),
};

export const PARQUET: ExportFormat = {
  name: "parquet",
  extensions: ["parquet"],
  mediatype: "application/vnd.apache.parquet",
  output: "folder",
  description:
    "Apache Parquet, a file per table with typed columns, with a Frictionless Data Package and a README",
  noun: "folder",
  flag: "parquet",
  dialect: false,
  // a file per table: in the zip of everything (its parquet/ folder), not one by one
  download: false,
  bundle: true,
  write: async ({ source, options, extra }) =>
    (await import("./parquet.js")).buildParquet(source, options, extra),
};

/** Every export format, in the order --help and the README list them. */
export const exportFormats: readonly ExportFormat[] = [CSV, TSV, SQLITE, XLSX, PARQUET];

/** The format of that name, or undefined. */
export const findFormat = (name: string): ExportFormat | undefined =>
  exportFormats.find((f) => f.name === name);

/** The one-file formats' shortcut options (`--sqlite FILE` …). */
export const formatFlags = (): ExportFormat[] => exportFormats.filter((f) => f.flag !== undefined);

/** The format a file name's extension says (`events.csv` → csv), or undefined. */
export const formatOfPath = (path: string): ExportFormat | undefined => {
  const extension = path.slice(path.lastIndexOf(".") + 1);
  return path.includes(".")
    ? exportFormats.find((f) => f.extensions.includes(extension))
    : undefined;
};

/**
 * The names of the files the formats write for these tables: each table and the data dictionary in
 * a folder format's extension, the export's documents, a one-file format's file and companions.
 */
export function writtenNames(tables: readonly { name: string }[]): (name: string) => boolean {
  const stems = new Set([...tables.map((t) => t.name), DATA_DICTIONARY]);
  const folders = exportFormats.filter((f) => f.output === "folder").flatMap((f) => f.extensions);
  const files = exportFormats.filter((f) => f.output === "file");
  const fixed = new Set([
    DATAPACKAGE,
    README,
    LICENSE_DATA,
    ...files.flatMap((f) => (f.companions ?? []).map((c) => c.path)),
  ]);
  return (name) => {
    const dot = name.lastIndexOf(".");
    const [stem, extension] = dot < 0 ? [name, ""] : [name.slice(0, dot), name.slice(dot + 1)];
    return (
      fixed.has(name) ||
      (stems.has(stem) && folders.includes(extension)) ||
      files.some((f) => f.extensions.includes(extension))
    );
  };
}
