// Compares the dataset with the last release's snapshot (release/dataset.json) and writes the
// per-id summary as a changeset; `--snapshot` then makes the current dataset the new baseline.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { collectionNames } from "../src/registry.js";
import { packageDir } from "./dataset-files.js";

export const snapshotFile = join(packageDir, "release/dataset.json");
const changesetFile = join(packageDir, "../../.changeset/data-changes.md");

type Records = Record<string, { id: string; name?: unknown; title?: unknown }[]>;
export interface DatasetLike extends Records {}

export interface RecordChange {
  id: string;
  collection: string;
  fields: string[];
  /** Display name before and after, when it changed. */
  renamed?: { from: string; to: string };
}

export interface DataDiff {
  /** No previous release: every record is new. */
  first: boolean;
  added: { id: string; collection: string }[];
  removed: { id: string; collection: string; supersededBy?: string }[];
  changed: RecordChange[];
}

const label = (record: { name?: unknown; title?: unknown }): string => {
  const name = record.name as { en?: string } | undefined;
  return name?.en ?? (typeof record.title === "string" ? record.title : "");
};

const stable = (value: unknown): string => JSON.stringify(value);

/** What changed, id by id, between two datasets (dataset.json shape). */
export function diffDatasets(previous: DatasetLike, next: DatasetLike): DataDiff {
  const diff: DataDiff = {
    first: collectionNames.every((name) => (previous[name] ?? []).length === 0),
    added: [],
    removed: [],
    changed: [],
  };
  const retired = new Map(
    (
      (next.meta as unknown as { retired?: { id: string; supersededBy?: string }[] })?.retired ?? []
    ).map((r) => [r.id, r.supersededBy]),
  );
  for (const collection of collectionNames) {
    const before = new Map((previous[collection] ?? []).map((r) => [r.id, r]));
    const after = new Map((next[collection] ?? []).map((r) => [r.id, r]));
    for (const [id, record] of after) {
      const old = before.get(id);
      if (!old) {
        diff.added.push({ id, collection });
        continue;
      }
      const keys = [...new Set([...Object.keys(old), ...Object.keys(record)])].sort();
      const fields = keys.filter(
        (k) =>
          stable((old as Record<string, unknown>)[k]) !==
          stable((record as Record<string, unknown>)[k]),
      );
      if (fields.length === 0) continue;
      const change: RecordChange = { id, collection, fields };
      if (label(old) !== label(record)) change.renamed = { from: label(old), to: label(record) };
      diff.changed.push(change);
    }
    for (const id of before.keys()) {
      if (after.has(id)) continue;
      const supersededBy = retired.get(id);
      diff.removed.push(supersededBy ? { id, collection, supersededBy } : { id, collection });
    }
  }
  return diff;
}

/** Ids of the previous release that vanished without a `retired` entry: a breaking change. */
export const unexplainedRemovals = (diff: DataDiff, next: DatasetLike): string[] => {
  const retired = new Set(
    ((next.meta as unknown as { retired?: { id: string }[] })?.retired ?? []).map((r) => r.id),
  );
  return diff.removed.filter((r) => !retired.has(r.id)).map((r) => r.id);
};

/** The summary, as Markdown for a changeset and the CHANGELOG. */
export function renderDiff(diff: DataDiff): string {
  const lines: string[] = [];
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  if (total === 0) return "No data changes.";
  if (diff.first) {
    const counts = new Map<string, number>();
    for (const a of diff.added) counts.set(a.collection, (counts.get(a.collection) ?? 0) + 1);
    const list = [...counts].map(([collection, n]) => `${n} ${collection}`).join(", ");
    return `Data: first release, ${diff.added.length} records (${list}).`;
  }
  lines.push(
    `Data changes: ${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed.`,
  );
  const renames = diff.changed.filter((c) => c.renamed);
  if (renames.length > 0) {
    lines.push("", "Renamed (display names and lookup keys):");
    for (const c of renames) lines.push(`- \`${c.id}\`: "${c.renamed?.from}" → "${c.renamed?.to}"`);
  }
  if (diff.removed.length > 0) {
    lines.push("", "Removed:");
    for (const r of diff.removed) {
      lines.push(
        `- \`${r.id}\` (${r.collection})${r.supersededBy ? `, superseded by \`${r.supersededBy}\`` : ""}`,
      );
    }
  }
  if (diff.added.length > 0) {
    lines.push("", "Added:");
    for (const a of diff.added) lines.push(`- \`${a.id}\` (${a.collection})`);
  }
  if (diff.changed.length > 0) {
    lines.push("", "Changed:");
    for (const c of diff.changed)
      lines.push(`- \`${c.id}\` (${c.collection}): ${c.fields.join(", ")}`);
  }
  return lines.join("\n");
}

/**
 * The bump the policy asks for: removals are major, additions minor, corrections patch; before
 * 1.0.0 each moves one place down (a breaking change bumps the minor version).
 */
export function bumpFor(diff: DataDiff, version = "1.0.0"): "major" | "minor" | "patch" {
  const level = diff.removed.length > 0 ? 0 : diff.added.length > 0 ? 1 : 2;
  const levels = ["major", "minor", "patch"] as const;
  return levels[Math.min(2, level + (version.startsWith("0.") ? 1 : 0))] as (typeof levels)[number];
}

const readJson = (file: string): DatasetLike => JSON.parse(readFileSync(file, "utf8"));

if (process.argv[1] === import.meta.filename) {
  const current = join(packageDir, "dist/dataset.json");
  if (!existsSync(current)) {
    console.error("dist/dataset.json is missing: build the package first");
    process.exit(1);
  }
  const next = readJson(current);
  if (process.argv.includes("--snapshot")) {
    mkdirSync(dirname(snapshotFile), { recursive: true });
    writeFileSync(snapshotFile, readFileSync(current));
    console.log(
      `release/dataset.json is now the baseline (${String((next.meta as unknown as { version: string }).version)})`,
    );
  } else {
    const previous: DatasetLike = existsSync(snapshotFile) ? readJson(snapshotFile) : {};
    const diff = diffDatasets(previous, next);
    const body = renderDiff(diff);
    // no data change, no changeset: code changes bring their own
    if (diff.added.length + diff.removed.length + diff.changed.length > 0) {
      const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
      writeFileSync(
        changesetFile,
        `---\n"@aznato/data": ${bumpFor(diff, version)}\n---\n\n${body}\n`,
      );
    }
    console.log(body.split("\n")[0]);
  }
}
