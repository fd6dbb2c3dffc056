// What the exporter reads and writes: the source it is given, the files it makes, and the licences
// they carry.
import type { CollectionName, DatasetMeta } from "@aznato/data";
import type { AnyRecord, Cell } from "./rows.js";
import type { Column, Table } from "./tables.js";

/** One file of the export: a path relative to the export folder, and its bytes. */
export interface ExportFile {
  path: string;
  bytes: Uint8Array;
  /** Rows of data (without the header), for a table. */
  rows?: number;
}

export interface License {
  readonly name?: string;
  readonly path: string;
  readonly title: string;
}

/** What the exporter reads: the dataset's metadata and records, and the tables made from its dictionary. */
export interface ExportSource {
  meta: {
    readonly version: string;
    readonly title: string;
    readonly description: string;
    readonly asOf: string;
    readonly licenses: readonly (License & { readonly scope: string })[];
    /** Where the project lives: what the export's citation and source links, once set. */
    readonly home?: DatasetMeta["home"];
  };
  collections: Readonly<Record<CollectionName, readonly AnyRecord[]>>;
  tables: readonly Table[];
  /** The text of LICENSE-DATA, which the full export carries. */
  licenseText: () => Uint8Array;
  /** The exporter's own version, for the README. */
  toolVersion: string;
}

export const DATA_DICTIONARY = "data-dictionary";
export const DATAPACKAGE = "datapackage.json";
export const README = "README.md";
export const LICENSE_DATA = "LICENSE-DATA";
// stated once, with the writer's other markers of an export (FILES_PROPERTY: the files of the
// export that are not tables, listed in datapackage.json under this property)
export { EXPORT_NAME, EXPORT_SOURCE, FILES_PROPERTY } from "./write-fs.js";

/** The licence of the source document's full text, which CC BY 4.0 does not cover. */
export const SOURCE_TEXT_LICENSE: License = {
  path: LICENSE_DATA,
  title:
    "Not covered by CC BY 4.0: the full text of the source document is reproduced as the object of the fact check, and its rights remain with its publisher (see LICENSE-DATA)",
};

/** The licences of the data, and of each table. */
export function dataLicenses(source: Pick<ExportSource, "meta">): License[] {
  const data = source.meta.licenses.filter((l) => l.scope === "data");
  return (data.length > 0 ? data : source.meta.licenses).map(({ name, path, title }) => ({
    name: name as string,
    path,
    title,
  }));
}

export const tableLicenses = (source: Pick<ExportSource, "meta">, table: Table): License[] =>
  table.kind === "text" ? [SOURCE_TEXT_LICENSE] : dataLicenses(source);
/** A table with the columns and rows the options give. */
export interface PreparedTable {
  table: Table;
  columns: Column[];
  rows: Cell[][];
}
