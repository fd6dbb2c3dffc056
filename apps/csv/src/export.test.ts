import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CollectionName, collectionNames, dataset } from "@aznato/data";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { descriptorOf, fileByPath, parseCsv, text } from "../test/helpers.js";
import { buildFiles, type ExportSource } from "./export.js";
import { exportFiles, exportSource, tables, toCsv } from "./index.js";
import type { Table } from "./tables.js";

const files = exportFiles();
const descriptor = descriptorOf(files);
const parsed = new Map(
  files.filter((f) => f.path.endsWith(".csv")).map((f) => [f.path.slice(0, -4), parseCsv(f)]),
);
const rowsOf = (name: string) => parsed.get(name) ?? [];

type Json = unknown;
/** Values as CSV can carry them: numbers and booleans as text, no empty lists, no absent keys. */
function canon(value: Json): Json {
  if (Array.isArray(value)) return value.map(canon);
  if (value !== null && typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined || (Array.isArray(child) && child.length === 0)) continue;
      out[key] = canon(child);
    }
    return out;
  }
  return typeof value === "number" || typeof value === "boolean" ? String(value) : value;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], target);
}

/** Rebuilds every collection's records from the parsed CSV files alone. */
function rebuild(all: readonly Table[]): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  const fill = (item: Record<string, unknown>, table: Table, row: Record<string, string>) => {
    for (const column of table.columns) {
      const cell = row[column.name] ?? "";
      if (column.source.kind !== "value" || cell === "") continue;
      setPath(item, column.source.path, column.source.joined ? cell.split(";") : cell);
    }
  };
  for (const table of all) {
    out[table.collection] ??= {};
    const records = out[table.collection] as Record<string, Record<string, unknown>>;
    for (const row of rowsOf(table.name)) {
      if (table.steps.length === 0) {
        const record: Record<string, unknown> = {};
        fill(record, table, row);
        records[row.id as string] = record;
        continue;
      }
      const positions = table.columns
        .filter((c) => c.source.kind === "position")
        .map((c) => Number(row[c.name]));
      let node = records[row[table.columns[0]?.name as string] as string] as Record<
        string,
        unknown
      >;
      expect(node, `${table.name} row points at a record`).toBeDefined();
      table.steps.forEach((step, depth) => {
        const list = (getPath(node, step) as unknown[] | undefined) ?? [];
        if (!getPath(node, step)) setPath(node, step, list);
        const index = (positions[depth] as number) - 1;
        if (depth === table.steps.length - 1) {
          if (table.link) {
            const value = table.columns.find((c) => c.source.kind === "item");
            list[index] = row[value?.name as string];
          } else {
            const item: Record<string, unknown> = {};
            fill(item, table, row);
            list[index] = item;
          }
        } else node = list[index] as Record<string, unknown>;
      });
    }
  }
  return out;
}

describe("round trip", () => {
  it("parses every CSV back into the data, record for record", () => {
    const rebuilt = rebuild(tables());
    for (const collection of collectionNames) {
      const original = dataset[collection] as readonly { id: string }[];
      const back = Object.values(rebuilt[collection] ?? {});
      expect(back.length, collection).toBe(original.length);
      for (const record of original) {
        expect(canon(rebuilt[collection]?.[record.id]), `${collection} ${record.id}`).toEqual(
          canon(record),
        );
      }
    }
  });

  it("writes one row per record, sorted by id, with the same columns in every row", () => {
    for (const collection of collectionNames) {
      const ids = rowsOf(collection).map((r) => r.id);
      const expected = (dataset[collection] as readonly { id: string }[]).map((r) => r.id).sort();
      expect(ids).toEqual(expected);
    }
  });

  it("sorts item and link tables by record id, then position", () => {
    for (const resource of descriptor.resources) {
      const keys = resource.schema.primaryKey;
      const rows = rowsOf(resource.name).map((row) => keys.map((k) => row[k] as string));
      const sorted = [...rows].sort((a, b) => {
        for (let i = 0; i < keys.length; i++) {
          const x = a[i] as string;
          const y = b[i] as string;
          const cmp =
            /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
          if (cmp !== 0) return cmp;
        }
        return 0;
      });
      expect(rows, resource.name).toEqual(sorted);
      expect(new Set(rows.map((r) => r.join("\u0000"))).size, `${resource.name} primary key`).toBe(
        rows.length,
      );
    }
  });
});

describe("format", () => {
  const events = text(fileByPath(files, "events.csv"));

  it("ends rows with CRLF, has a snake_case header and no BOM by default", () => {
    expect(events.charCodeAt(0)).not.toBe(0xfeff);
    expect(events.split("\r\n")[0]).toMatch(/^[a-z0-9_]+(,[a-z0-9_]+)*$/);
    expect(events.replaceAll("\r\n", "")).not.toMatch(/(?<!")\n/);
  });

  it("writes booleans as true/false and never the text null", () => {
    const all = files.map(text).join("\n");
    expect(all).not.toMatch(/(^|,)(null|undefined|NaN)(,|\r?$)/m);
    const booleans = descriptor.resources.flatMap((r) =>
      r.schema.fields
        .filter((f) => f.type === "boolean")
        .flatMap((f) => rowsOf(r.name).map((row) => row[f.name])),
    );
    for (const value of booleans) expect(["true", "false", ""]).toContain(value);
  });

  it("is byte-identical from run to run", () => {
    const again = exportFiles();
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    again.forEach((file, i) => {
      expect(Buffer.from(file.bytes).equals(files[i]?.bytes as Uint8Array), file.path).toBe(true);
    });
  });

  it("keeps only the chosen language's name columns", () => {
    const header = (csv: string) => csv.split("\r\n")[0]?.split(",");
    expect(header(toCsv("places", { lang: "en" }))).toContain("name_en");
    expect(header(toCsv("places", { lang: "en" }))).not.toContain("name_az");
    expect(header(toCsv("places", { lang: "az" }))).not.toContain("name_en");
    expect(header(toCsv("places"))).toEqual(expect.arrayContaining(["name_en", "name_az"]));
  });

  it("picks and drops columns", () => {
    expect(toCsv("events", { columns: ["date", "id"] }).split("\r\n")[0]).toBe("date,id");
    expect(toCsv("events", { excludeColumns: ["summary"] }).split("\r\n")[0]).not.toContain(
      "summary",
    );
    expect(() => toCsv("events", { columns: ["nope"] })).toThrow(
      /Unknown column "nope".*: use one of id, /,
    );
    expect(() => toCsv("nope")).toThrow(/Unknown collection "nope": use one of sources, /);
  });

  it("filters dated collections by overlap with --from/--to", () => {
    const event = dataset.events[0];
    if (!event) return;
    const year = event.date.slice(0, 4);
    const ids = (csv: string) => parseCsv(csv).map((r) => r.id);
    expect(ids(toCsv("events", { from: year, to: year }))).toContain(event.id);
    expect(ids(toCsv("events", { to: String(Number(year) - 1) }))).not.toContain(event.id);
    const links = parseCsv(toCsv("event_citations", { to: String(Number(year) - 1) }));
    expect(links.map((r) => r.event_id)).not.toContain(event.id);
    expect(() => toCsv("areas", { from: "2000" })).toThrow(/dated collections only/);
  });

  it("writes the Excel profile: BOM, CRLF and escaped formulas, numbers left alone", () => {
    const source: ExportSource = {
      ...exportSource,
      collections: {
        ...exportSource.collections,
        places: [
          {
            id: "x",
            name: { en: '=HYPERLINK("http://evil")', az: "-Bakı" },
            kind: "city",
            coordinates: { lat: -33.5, lon: 151 },
            citations: [],
          } as unknown as { id: string },
        ],
      },
    };
    const places = fileByPath(buildFiles(source, { excel: true }), "places.csv");
    expect([...places.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const row = parseCsv(places)[0];
    expect(row?.name_en).toBe('\'=HYPERLINK("http://evil")');
    expect(row?.name_az).toBe("'-Bakı");
    expect(row?.coordinates_lat).toBe("-33.5");
    expect(text(places)).toContain("\r\n");
    const plain = parseCsv(fileByPath(buildFiles(source), "places.csv"))[0];
    expect(plain?.name_en).toBe('=HYPERLINK("http://evil")');
  });

  it("writes text in Unicode NFC", () => {
    const source: ExportSource = {
      ...exportSource,
      collections: {
        ...exportSource.collections,
        areas: [
          { id: "a", name: { en: "Sa\u0308a", az: "S\u0259ki" }, description: "x" } as unknown as {
            id: string;
          },
        ],
      },
    };
    const row = parseCsv(fileByPath(buildFiles(source), "areas.csv"))[0];
    expect(row?.name_en).toBe("S\u00e4a");
  });
});

describe("datapackage.json", () => {
  const profileDir = fileURLToPath(
    new URL("../test/fixtures/frictionless-profiles-2.0/", import.meta.url),
  );
  const profile = JSON.parse(readFileSync(`${profileDir}datapackage.json`, "utf8"));
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  // an editor hint in the profiles, not a validation format
  ajv.addFormat("textarea", true);
  const validate = ajv.compile(profile);

  it("is valid against the Frictionless Data Package v2 profile", () => {
    const valid = validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("would catch an invalid descriptor (a `list` field, which the v2 profile rejects)", () => {
    const broken = structuredClone(descriptor);
    (broken.resources[0]?.schema.fields[0] as { type: string }).type = "list";
    expect(validate(broken)).toBe(false);
  });

  it("describes every file with its bytes and sha256, and has package metadata", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(descriptor.version).toBe(dataset.meta.version);
    expect(descriptor.created).toBe(`${dataset.meta.asOf}T00:00:00Z`);
    const paths = files.map((f) => f.path).filter((p) => p !== "datapackage.json");
    expect(descriptor.resources.map((r) => r.path)).toEqual(paths);
    for (const resource of descriptor.resources) {
      const file = fileByPath(files, resource.path);
      expect(resource.bytes).toBe(file.bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash("sha256").update(file.bytes).digest("hex")}`);
    }
  });

  it("has a link table for every many-to-many relation", () => {
    const names = descriptor.resources.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(["event_people", "event_citations", "event_places", "claim_about"]),
    );
  });

  it("resolves every foreign key across the CSV files", () => {
    let checked = 0;
    for (const resource of descriptor.resources) {
      for (const fk of resource.schema.foreignKeys ?? []) {
        const target = fk.reference.resource ?? resource.name;
        const keys = new Set(
          rowsOf(target).map((row) => fk.reference.fields.map((f) => row[f]).join("\u0000")),
        );
        for (const row of rowsOf(resource.name)) {
          const values = fk.fields.map((f) => row[f] ?? "");
          if (values.every((v) => v === "")) continue;
          expect(
            keys.has(values.join("\u0000")),
            `${resource.name}.${fk.fields} → ${target}: ${values}`,
          ).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    const ids = new Set(collectionNames.flatMap((c: CollectionName) => rowsOf(c).map((r) => r.id)));
    for (const row of rowsOf("claim_about"))
      expect(ids.has(row.record_id), row.record_id).toBe(true);
  });

  it("has every cell satisfy its field's type and constraints", () => {
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields) {
        const c = field.constraints ?? {};
        const pattern = c.pattern ? new RegExp(`^(?:${c.pattern})$`, "u") : undefined;
        for (const row of rowsOf(resource.name)) {
          const value = row[field.name] ?? "";
          const where = `${resource.name}.${field.name} = ${JSON.stringify(value)}`;
          if (value === "") {
            expect(c.required ?? false, where).toBe(false);
            continue;
          }
          if (field.type === "integer") expect(value, where).toMatch(/^-?\d+$/);
          if (field.type === "number") expect(Number.isFinite(Number(value)), where).toBe(true);
          if (field.type === "boolean") expect(["true", "false"], where).toContain(value);
          if (c.enum) expect(c.enum, where).toContain(value);
          if (pattern) expect(value, where).toMatch(pattern);
          if (c.minimum !== undefined)
            expect(Number(value), where).toBeGreaterThanOrEqual(c.minimum);
        }
      }
    }
  });

  it("rejects text that starts like a formula, and declares partial dates as patterned strings", () => {
    const events = descriptor.resources.find((r) => r.name === "events");
    const title = events?.schema.fields.find((f) => f.name === "title");
    const pattern = new RegExp(`^(?:${title?.constraints?.pattern})$`);
    for (const bad of ["=1+1", "+1", "@SUM(A1)"]) expect(bad).not.toMatch(pattern);
    expect("Azerbaijan joins PfP").toMatch(pattern);
    const date = events?.schema.fields.find((f) => f.name === "date");
    expect(date?.type).toBe("string");
    for (const ok of ["1994", "1994-05", "1994-05-04"]) {
      expect(ok).toMatch(new RegExp(`^(?:${date?.constraints?.pattern})$`));
    }
  });
});

describe("data-dictionary.csv", () => {
  it("lists every column of every table with title, type and description", () => {
    const rows = parseCsv(fileByPath(files, "data-dictionary.csv"));
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "table",
      "column",
      "title",
      "type",
      "required",
      "description",
      "allowed_values",
    ]);
    for (const resource of descriptor.resources.filter((r) => r.name !== "data_dictionary")) {
      const listed = rows.filter((r) => r.table === resource.name).map((r) => r.column);
      expect(listed, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
    }
    const type = rows.find((r) => r.table === "events" && r.column === "type");
    expect(type?.allowed_values?.split(";")).toContain("summit");
    expect(rows.find((r) => r.table === "events" && r.column === "date")?.type).toBe(
      "partial-date",
    );
  });
});
