// The one download with everything: a zip of every data file, a README, the licences and a
// SHA256SUMS file. The same inputs give the same bytes: sorted entries, one fixed timestamp.
import { createHash } from "node:crypto";
import { pandasTyped, readrTyped } from "@aznato/csv";
import { type DatasetMeta, datasetMeta } from "@aznato/data";
import { zipSync } from "fflate";
import { apaCitation, bibtexCitation, cslJsonCitation } from "./cite.ts";
import { licenceTerms } from "./jsonld.ts";

/** A file of the bundle, by its path inside the bundle's folder. */
export interface BundleFile {
  path: string;
  bytes: Uint8Array;
}

/** The file name of the bundle of this version: `aznato-data-0.1.0.zip`. */
export const bundleName = (meta: Pick<DatasetMeta, "version"> = datasetMeta): string =>
  `aznato-data-${meta.version}.zip`;

/** The folder every entry sits in, so unzipping never spills files: `aznato-data-0.1.0/`. */
export const bundleFolder = (meta: Pick<DatasetMeta, "version"> = datasetMeta): string =>
  `aznato-data-${meta.version}`;

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** `SHA256SUMS` in the format `sha256sum -c` reads: `<hex>  <path>`, one line per file, sorted. */
export function sha256sums(files: readonly BundleFile[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${sha256(f.bytes)}  ${f.path}\n`)
    .join("");
}

/**
 * The zip's timestamp for every entry: noon of the as-of day. Zip stores local wall-clock time
 * and fflate reads it from a `Date` in the machine's zone, so the date is built in local time:
 * the stored fields are the same in every time zone.
 */
export function entryTime(asOf: string): Date {
  const [y, m, d] = asOf.split("-").map(Number);
  return new Date(y ?? 1980, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
}

/**
 * The zip of `files` (plus `SHA256SUMS` over them) in `folder`, entries sorted by path, each
 * deflated at level 9 with the same timestamp and Unix mode 0644.
 */
export function zipBundle(files: readonly BundleFile[], folder: string, asOf: string): Uint8Array {
  const paths = new Set<string>();
  for (const f of files) {
    if (paths.has(f.path)) throw new Error(`The bundle has two files named ${f.path}`);
    if (f.path === "SHA256SUMS") throw new Error("SHA256SUMS is written by zipBundle itself");
    paths.add(f.path);
  }
  const all = [
    ...files,
    { path: "SHA256SUMS", bytes: new TextEncoder().encode(sha256sums(files)) },
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const mtime = entryTime(asOf);
  const entries: Record<
    string,
    [Uint8Array, { level: 9; mtime: Date; os: number; attrs: number }]
  > = {};
  for (const f of all) {
    entries[`${folder}/${f.path}`] = [f.bytes, { level: 9, mtime, os: 3, attrs: 0o100644 << 16 }];
  }
  return zipSync(entries);
}

/** The text of a Markdown section (`## heading` up to the next heading of level 1 or 2). */
export function markdownSection(markdown: string, heading: string): string | undefined {
  const lines = markdown.split(/\r?\n/);
  let fenced = false;
  let start = -1;
  let end = lines.length;
  for (const [i, line] of lines.entries()) {
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced) continue;
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    if (start === -1) {
      if ((m[1] as string).length === 2 && m[2]?.toLowerCase() === heading.toLowerCase()) start = i;
    } else if ((m[1] as string).length <= 2) {
      end = i;
      break;
    }
  }
  if (start === -1) return undefined;
  const body = lines
    .slice(start + 1, end)
    .join("\n")
    .trim();
  return body === "" ? undefined : body;
}

/** The coverage statement of the data package's README, or a build error that says what is missing. */
export function coverageStatement(readme: string, where: string): string {
  const section = markdownSection(readme, "Coverage");
  if (section === undefined) {
    throw new Error(
      `${where} has no "## Coverage" section (or it is empty): the README of the download bundle quotes it. Add the section to the data package's README and build again.`,
    );
  }
  return section;
}

/** The dialect of a CSV file, read from its bytes: byte order mark, delimiter, line ends. */
export function csvDialect(bytes: Uint8Array): {
  bom: boolean;
  delimiter: string;
  lineEnding: "CRLF" | "LF";
} {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder().decode(bytes.subarray(bom ? 3 : 0, 4096));
  const header = text.split(/\r?\n/)[0] ?? "";
  const delimiter = [",", ";", "\t", "|"].find((d) => header.includes(d)) ?? ",";
  return { bom, delimiter, lineEnding: /\r\n/.test(text) ? "CRLF" : "LF" };
}

/** What the README says about one file of the bundle. */
export interface FileNote {
  path: string;
  description: string;
}

const table = (rows: readonly FileNote[]) =>
  [
    "| file | what it holds |",
    "| --- | --- |",
    ...rows.map(
      (r) => `| \`${r.path}\` | ${r.description.replace(/\|/g, "\\|").replace(/\s+/g, " ")} |`,
    ),
  ].join("\n");

/** The README of the bundle: contents, how to load them, coverage, how to cite, licences. */
export function bundleReadme(options: {
  meta?: DatasetMeta;
  files: readonly FileNote[];
  coverage: string;
  /** One of the CSV files, to describe the dialect as it is. */
  sampleCsv: Uint8Array;
  home?: string | undefined;
}): string {
  const meta = options.meta ?? datasetMeta;
  const folder = bundleFolder(meta);
  const licences = licenceTerms(meta);
  const fence = "```";
  const csv = csvDialect(options.sampleCsv);
  // the exporter's own recipes, which its tests run in R and pandas on a real export
  const recipeFormat = { delimiter: csv.delimiter, header: true };
  return `# ${meta.title}

Version ${meta.version} of \`${meta.name}\`, data as of ${meta.asOf} (the day up to which the
sources were checked).

${meta.description}

This archive (\`${bundleName(meta)}\`) holds every download of this version in one file${
    options.home ? `, as offered on ${options.home}` : ""
  }.
Everything in it is generated from the same data: the CSV files and \`dataset.json\` say the same
things in two shapes.

## What is inside

${table(options.files)}

## Coverage

${options.coverage}

## Loading the data

The CSV files are RFC 4180: UTF-8 ${csv.bom ? "with" : "without"} a byte order mark,
${csv.delimiter === "," ? "comma" : JSON.stringify(csv.delimiter)}-separated, ${csv.lineEnding} line ends, one header row.
Dates are ISO 8601 at the precision the sources support (\`1994\`, \`1994-05\`, \`1994-05-04\`),
so read them as text. Lists (the places of an event, the citations of a record) are in link and
item tables such as \`event_places.csv\` and \`event_citations.csv\`, joined on the record's id
(\`event_id\` → \`events.csv\` \`id\`). \`datapackage.json\` describes every column, its type,
the primary keys and the foreign keys.

### Excel

Do not double-click a CSV file: Excel would guess the encoding and garble Azerbaijani letters
(ə, ş, ğ, ı). Instead use **Data → Get Data → From File → From Text/CSV**, pick the file, set
**File Origin** to **65001: Unicode (UTF-8)** and **Delimiter** to ${csv.delimiter === "," ? "**Comma**" : `\`${csv.delimiter}\``}, then **Load**. To keep
dates like \`1992-03\` as written, choose **Transform Data** and set the date columns to **Text**.

### R

In the \`${folder}\` folder (where \`datapackage.json\` is), every table with the types
\`datapackage.json\` declares, every cell as written (readr and jsonlite; \`dataset.json\` reads
with \`jsonlite::fromJSON()\`):

${fence}r
${readrTyped(recipeFormat)}
${fence}

### Python (pandas)

The same in pandas (\`dataset.json\` reads with \`json.load()\`):

${fence}python
${pandasTyped(recipeFormat)}
${fence}

### Quotes and where they sit

Every citation quotes its source verbatim. In \`dataset.json\` each citation also has a
\`selector\`: a W3C Web Annotation TextQuoteSelector (\`exact\`, and \`prefix\`/\`suffix\` where
the source's text ships) and, where the text ships, a TextPositionSelector (\`start\`, \`end\`,
UTF-16 code units), so a quote can be found again in its source.

## How to cite this version

Cite the version and the as-of date you used: a later release may add or correct records.

APA:

    ${apaCitation(meta)}

BibTeX:

${fence}bibtex
${bibtexCitation(meta)}
${fence}

CSL-JSON (Zotero, Pandoc, citeproc):

${fence}json
${cslJsonCitation(meta)}
${fence}

\`CITATION.cff\` has the same in the Citation File Format. When you use a single fact, cite the
primary source the record names as well.

## Licences

${licences.map((l) => `- **${l.title}** (\`${l.name}\`, ${l.url}). ${l.covers}`).join("\n")}

The full texts are in \`LICENSE-DATA\` and \`LICENSE\`.

## Checksums

\`SHA256SUMS\` has the SHA-256 of every other file. In the \`${folder}\` folder run
\`sha256sum -c SHA256SUMS\` (Linux), \`shasum -a 256 -c SHA256SUMS\` (macOS) or, in PowerShell,
\`Get-FileHash -Algorithm SHA256 events.csv\` and compare.
`;
}
