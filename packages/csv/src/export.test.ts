import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type CollectionName,
  collectionNames,
  dataset,
  earliestDay,
  formatDate,
  isPartialDate,
  relations,
  selectorsFor,
} from "@aznato/data";
import { describe, expect, it } from "vitest";
import { descriptorOf, fileByPath, parseCsv, text } from "../test/helpers.js";
import { validateDataPackage } from "../test/profile.js";
import { buildFiles, type ExportSource, SOURCE_TEXT_LICENSE } from "./export.js";
import { exportFiles, tables, toCsv } from "./index.js";
import { source } from "./source.js";
import type { Table } from "./tables.js";

const files = exportFiles();
const descriptor = descriptorOf(files);
const parsed = new Map(
  files.filter((f) => f.path.endsWith(".csv")).map((f) => [f.path.slice(0, -4), parseCsv(f)]),
);
const rowsOf = (name: string) => parsed.get(name) ?? [];
const resource = (name: string) => {
  const found = descriptor.resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
};

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
      if (table.kind === "collection") {
        const record: Record<string, unknown> = {};
        fill(record, table, row);
        records[row.id as string] = { ...record, ...records[row.id as string] };
        continue;
      }
      const key = row[table.columns[0]?.name as string] as string;
      records[key] ??= {};
      let node = records[key] as Record<string, unknown>;
      if (table.kind === "text") {
        fill(node, table, row);
        continue;
      }
      const positions = table.columns
        .filter((c) => c.source.kind === "position")
        .map((c) => Number(row[c.name]));
      table.steps.forEach((step, depth) => {
        const list = (getPath(node, step) as unknown[] | undefined) ?? [];
        if (!getPath(node, step)) setPath(node, step, list);
        const index = (positions[depth] as number) - 1;
        if (depth === table.steps.length - 1) {
          if (table.kind === "link") {
            const value = table.columns.find((c) => c.source.kind === "item");
            list[index] = row[value?.name as string];
          } else {
            const item: Record<string, unknown> = (list[index] as Record<string, unknown>) ?? {};
            fill(item, table, row);
            list[index] = item;
          }
        } else {
          list[index] ??= {};
          node = list[index] as Record<string, unknown>;
        }
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
});

describe("row order", () => {
  const dated = ["sources", "programmes", "operations", "events"];

  it("writes dated collections chronologically: earliest day first, then id, undated last", () => {
    const fields: Record<string, string[]> = {
      sources: ["published"],
      programmes: ["start", "end"],
      operations: ["start", "end"],
      events: ["start", "end"],
    };
    for (const collection of dated) {
      const keys = rowsOf(collection).map((row) => {
        const days = (fields[collection] ?? [])
          .map((f) => row[f] ?? "")
          .filter(Boolean)
          .map(earliestDay)
          .sort();
        return `${days[0] ?? "\uffff"} ${row.id}`;
      });
      expect(keys, collection).toEqual([...keys].sort());
      expect(keys.length, collection).toBe(
        (dataset[collection as CollectionName] as unknown[]).length,
      );
    }
    // the case of the issue: a year-only date comes before the days of that year
    const starts = rowsOf("events").map((r) => r.start as string);
    const yearOnly = starts.findIndex((s) => s.length === 4);
    if (yearOnly >= 0) {
      const year = starts[yearOnly] as string;
      const firstDayOfYear = starts.findIndex(
        (s) => s.startsWith(`${year}-`) && earliestDay(s) > `${year}-01-01`,
      );
      if (firstDayOfYear >= 0) expect(yearOnly).toBeLessThan(firstDayOfYear);
    }
  });

  it("writes the other collections by id", () => {
    for (const collection of collectionNames.filter((c) => !dated.includes(c))) {
      const ids = rowsOf(collection).map((r) => r.id);
      expect(ids, collection).toEqual([...ids].sort());
    }
  });

  it("writes link, item and text tables by their keys (record id, then positions)", () => {
    for (const r of descriptor.resources) {
      if (collectionNames.includes(r.name as CollectionName) || r.name === "data_dictionary") {
        continue;
      }
      const keys = r.schema.primaryKey;
      const rows = rowsOf(r.name).map((row) => keys.map((k) => row[k] as string));
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
      expect(rows, r.name).toEqual(sorted);
      expect(new Set(rows.map((k) => k.join("\u0000"))).size, `${r.name} primary key`).toBe(
        rows.length,
      );
    }
  });
});

describe("foreign-key columns", () => {
  it("names every foreign-key column that holds an id, and only those, with _id", () => {
    let count = 0;
    for (const r of descriptor.resources) {
      const keyColumns = new Set((r.schema.foreignKeys ?? []).flatMap((fk) => fk.fields));
      for (const fk of r.schema.foreignKeys ?? []) {
        fk.fields.forEach((column, i) => {
          // a column that points at a record's id ends in _id; an item nested in an item is
          // keyed by the enclosing item's position too (role_position)
          const target = fk.reference.fields[i];
          expect(column, `${r.name}.${column}`).toMatch(
            target?.endsWith("position") ? /_position$/ : /_id$/,
          );
          count++;
        });
      }
      for (const field of r.schema.fields) {
        if (field.name.endsWith("_id") && !keyColumns.has(field.name)) {
          // a reference to any collection cannot be a foreign key: such columns only
          expect(["claim_about.record_id", "checklist_item_records.record_id"]).toContain(
            `${r.name}.${field.name}`,
          );
        }
      }
    }
    expect(count).toBeGreaterThan(50);
    const header = (name: string) => resource(name).schema.fields.map((f) => f.name);
    expect(header("places")).toContain("country_id");
    expect(header("organizations")).toEqual(expect.arrayContaining(["country_id", "parent_id"]));
    expect(header("event_citations")).toContain("source_id");
    expect(header("person_positions")).toContain("organization_id");
    expect(header("claims")).toContain("statement_source_id");
    for (const old of ["source", "organization", "country", "parent", "successor"]) {
      for (const r of descriptor.resources) expect(header(r.name)).not.toContain(old);
    }
  });

  it("turns every relation of the package into a foreign-key column or a link table", () => {
    const found = new Set<string>();
    for (const t of tables()) {
      const at = t.steps.map((s) => `${s}[]`).join(".");
      for (const c of t.columns) {
        if (c.source.kind === "item") found.add(`${t.collection} ${at} ${c.references}`);
        if (c.source.kind === "value" && c.references && c.name !== t.columns[0]?.name) {
          found.add(`${t.collection} ${at ? `${at}.` : ""}${c.source.path} ${c.references}`);
        }
      }
    }
    for (const r of relations) {
      expect(found.has(`${r.from} ${r.path} ${r.to}`), `${r.from} ${r.path}`).toBe(true);
    }
  });

  it("resolves every foreign key across the CSV files", () => {
    let checked = 0;
    for (const r of descriptor.resources) {
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = fk.reference.resource ?? r.name;
        const keys = new Set(
          rowsOf(target).map((row) => fk.reference.fields.map((f) => row[f]).join("\u0000")),
        );
        for (const row of rowsOf(r.name)) {
          const values = fk.fields.map((f) => row[f] ?? "");
          if (values.every((v) => v === "")) continue;
          expect(keys.has(values.join("\u0000")), `${r.name}.${fk.fields} → ${target}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    const ids = new Set(collectionNames.flatMap((c: CollectionName) => rowsOf(c).map((r) => r.id)));
    for (const row of rowsOf("claim_about"))
      expect(ids.has(row.record_id), row.record_id).toBe(true);
  });
});

describe("names in the chosen language", () => {
  it("falls back to the other language with --lang az or en, and says which in name_lang", () => {
    const people = dataset.people;
    const rows = parseCsv(toCsv("people", { lang: "az" }));
    const header = Object.keys(rows[0] ?? {});
    expect(header).toEqual(expect.arrayContaining(["name", "name_lang"]));
    expect(header).not.toContain("name_az");
    expect(header).not.toContain("name_en");
    for (const row of rows) {
      const person = people.find((p) => p.id === row.id);
      expect(row.name, row.id).toBe(person?.name.az ?? person?.name.en);
      expect(row.name_lang, row.id).toBe(person?.name.az ? "az" : "en");
    }
    expect(rows.every((r) => r.name !== "")).toBe(true);
    expect(rows.some((r) => r.name_lang === "en")).toBe(true);
    const en = parseCsv(toCsv("places", { lang: "en" }));
    expect(en.every((r) => r.name_lang === "en" && r.name !== "")).toBe(true);
  });

  it("keeps name_en and name_az, each in its own language, by default", () => {
    const header = toCsv("places").split("\r\n")[0]?.split(",");
    expect(header).toEqual(expect.arrayContaining(["name_en", "name_az"]));
    expect(header).not.toContain("name_lang");
  });

  it("declares name_lang and the fallback in datapackage.json", () => {
    const az = descriptorOf(exportFiles({ lang: "az" }));
    const people = az.resources.find((r) => r.name === "people");
    const lang = people?.schema.fields.find((f) => f.name === "name_lang");
    expect(lang?.constraints?.enum).toEqual(["az", "en"]);
    const name = people?.schema.fields.find((f) => f.name === "name") as { description?: string };
    expect(name.description).toMatch(/English where no source gives a name in Azerbaijani/);
  });
});

describe("citations and checked (issues 13 and 9)", () => {
  const texts = new Map<string, string>(
    dataset.sources.flatMap((s) => ("text" in s && s.text ? [[s.id, s.text] as const] : [])),
  );

  it("carries each citation's W3C selectors, computed with selectorsFor()", () => {
    let positioned = 0;
    for (const r of descriptor.resources) {
      const names = r.schema.fields.map((f) => f.name);
      if (!names.includes("quote")) continue;
      expect(names, r.name).toEqual(
        expect.arrayContaining([
          "selector_prefix",
          "selector_suffix",
          "selector_start",
          "selector_end",
        ]),
      );
      expect(names, r.name).not.toContain("selector_exact");
      // the selectors themselves are computed, not a list column of dataset.json's shape
      expect(
        names.filter((n) => /(^|_)selector$/.test(n)),
        r.name,
      ).toEqual([]);
      for (const row of rowsOf(r.name)) {
        const citation = {
          quote: row.quote as string,
          ...(row.quote_start ? { start: Number(row.quote_start) } : {}),
          ...(row.quote_end ? { end: Number(row.quote_end) } : {}),
        };
        const text = texts.get(row.source_id as string);
        const [quote, position] = text ? selectorsFor(citation, text) : [];
        expect(row.selector_prefix, r.name).toBe((quote as { prefix?: string })?.prefix ?? "");
        expect(row.selector_suffix, r.name).toBe((quote as { suffix?: string })?.suffix ?? "");
        expect(row.selector_start, r.name).toBe(
          String((position as { start?: number })?.start ?? ""),
        );
        expect(row.selector_end, r.name).toBe(String((position as { end?: number })?.end ?? ""));
        if (position) positioned++;
      }
    }
    // a claim's statement is a citation of the source document: positions everywhere
    expect(Object.keys(rowsOf("claims")[0] ?? {})).not.toContain("statement_selector");
    for (const row of rowsOf("claims")) {
      expect(row.statement_selector_start, row.id).toBe(row.statement_quote_start);
      expect(row.statement_selector_end, row.id).toBe(row.statement_quote_end);
      const text = texts.get(row.statement_source_id as string) as string;
      const [quote] = selectorsFor(
        {
          quote: row.statement_quote as string,
          start: Number(row.statement_quote_start),
          end: Number(row.statement_quote_end),
        },
        text,
      );
      expect(row.statement_selector_prefix, row.id).toBe(
        (quote as { prefix?: string }).prefix ?? "",
      );
      expect(row.statement_selector_suffix, row.id).toBe(
        (quote as { suffix?: string }).suffix ?? "",
      );
      if (row.statement_selector_start) positioned++;
    }
    expect(positioned).toBeGreaterThan(30);
  });

  it("has a checked day on every collection table, declared as a date", () => {
    for (const collection of collectionNames) {
      const field = resource(collection).schema.fields.find((f) => f.name === "checked");
      expect(field?.type, collection).toBe("date");
      expect(field?.constraints?.required, collection).toBe(true);
      for (const row of rowsOf(collection)) expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
    expect(booleans.length).toBeGreaterThan(0);
    for (const value of booleans) expect(["true", "false", ""]).toContain(value);
  });

  it("is byte-identical from run to run", () => {
    const again = exportFiles();
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    again.forEach((file, i) => {
      expect(Buffer.from(file.bytes).equals(files[i]?.bytes as Uint8Array), file.path).toBe(true);
    });
  });

  it("picks and drops columns, and names the valid tables and columns", () => {
    expect(toCsv("events", { columns: ["start", "id"] }).split("\r\n")[0]).toBe("start,id");
    expect(toCsv("events", { excludeColumns: ["summary"] }).split("\r\n")[0]).not.toContain(
      "summary",
    );
    expect(() => toCsv("events", { columns: ["nope"] })).toThrow(
      /Unknown column "nope".*: use one of id, /,
    );
    // @ts-expect-error: not a table name
    expect(() => toCsv("nope")).toThrow(/Unknown table "nope": use one of sources, /);
  });

  it("filters dated collections by overlap with --from/--to", () => {
    const event = dataset.events[0];
    if (!event) return;
    const year = event.start.slice(0, 4);
    const ids = (csv: string) => parseCsv(csv).map((r) => r.id);
    expect(ids(toCsv("events", { from: year, to: year }))).toContain(event.id);
    expect(ids(toCsv("events", { to: String(Number(year) - 1) }))).not.toContain(event.id);
    const links = parseCsv(toCsv("event_citations", { to: String(Number(year) - 1) }));
    expect(links.map((r) => r.event_id)).not.toContain(event.id);
    expect(() => toCsv("areas", { from: "2000" })).toThrow(/dated collections only/);
  });

  it("refuses meaningless options: --from after --to, --tsv with --delimiter", () => {
    expect(() => toCsv("events", { from: "2010", to: "2000" })).toThrow(
      /--from 2010 is after --to 2000/,
    );
    expect(() => exportFiles({ from: "2000-06", to: "2000-05-31" })).toThrow(/is after --to/);
    expect(() => toCsv("events", { from: "2000-05", to: "2000" })).not.toThrow();
    expect(() => toCsv("events", { tsv: true, delimiter: ";" })).toThrow(
      /--tsv sets the delimiter to a tab: leave out --delimiter/,
    );
  });

  it("writes the Excel profile: BOM, CRLF and escaped formulas, numbers left alone", () => {
    const fake: ExportSource = {
      ...source,
      collections: {
        ...source.collections,
        places: [
          {
            id: "x",
            name: { en: '=HYPERLINK("http://evil")', az: "-Bakı" },
            kind: "city",
            coordinates: { lat: -33.5, lon: 151 },
            citations: [],
            checked: "2026-01-01",
          } as unknown as { id: string },
        ],
      },
    };
    const places = fileByPath(buildFiles(fake, { excel: true }), "places.csv");
    expect([...places.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const row = parseCsv(places)[0];
    expect(row?.name_en).toBe('\'=HYPERLINK("http://evil")');
    expect(row?.name_az).toBe("'-Bakı");
    expect(row?.coordinates_lat).toBe("-33.5");
    expect(text(places)).toContain("\r\n");
    const plain = parseCsv(fileByPath(buildFiles(fake), "places.csv"))[0];
    expect(plain?.name_en).toBe('=HYPERLINK("http://evil")');
  });

  it("writes text in Unicode NFC", () => {
    const fake: ExportSource = {
      ...source,
      collections: {
        ...source.collections,
        areas: [
          { id: "a", name: { en: "Sa\u0308a", az: "S\u0259ki" }, description: "x" } as unknown as {
            id: string;
          },
        ],
      },
    };
    const row = parseCsv(fileByPath(buildFiles(fake), "areas.csv"))[0];
    expect(row?.name_en).toBe("S\u00e4a");
  });
});

describe("datapackage.json", () => {
  const validate = validateDataPackage;

  it("is valid against the Frictionless Data Package v2 profile, in every profile of the export", () => {
    for (const options of [{}, { lang: "az" as const }, { tsv: true }, { excel: true }]) {
      const valid = validate(descriptorOf(exportFiles(options)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it("would catch an invalid descriptor (a `list` field, which the v2 profile rejects)", () => {
    const broken = structuredClone(descriptor);
    (broken.resources[0]?.schema.fields[0] as { type: string }).type = "list";
    expect(validate(broken)).toBe(false);
  });

  it("describes every table with its bytes and sha256, and lists the other files", () => {
    expect(descriptor.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(descriptor.version).toBe(dataset.meta.version);
    expect(descriptor.created).toBe(`${dataset.meta.asOf}T00:00:00Z`);
    const others = ["README.md", "LICENSE-DATA", "datapackage.json"];
    const paths = files.map((f) => f.path).filter((p) => !others.includes(p));
    expect(descriptor.resources.map((r) => r.path)).toEqual(paths);
    expect(descriptor["x-aznato-files"]).toEqual(["README.md", "LICENSE-DATA"]);
    for (const r of descriptor.resources) {
      const file = fileByPath(files, r.path);
      expect(r.bytes).toBe(file.bytes.length);
      expect(r.hash).toBe(`sha256:${createHash("sha256").update(file.bytes).digest("hex")}`);
    }
  });

  it("has every cell satisfy its field's type and constraints", () => {
    const dictionary = parseCsv(fileByPath(files, "data-dictionary.csv"));
    for (const r of descriptor.resources) {
      for (const field of r.schema.fields) {
        const c = field.constraints ?? {};
        const kind = dictionary.find((d) => d.table === r.name && d.column === field.name)?.type;
        for (const row of rowsOf(r.name)) {
          const value = row[field.name] ?? "";
          const where = `${r.name}.${field.name} = ${JSON.stringify(value)}`;
          if (value === "") {
            expect(c.required ?? false, where).toBe(false);
            continue;
          }
          if (field.type === "integer") expect(value, where).toMatch(/^-?\d+$/);
          if (field.type === "number") expect(Number.isFinite(Number(value)), where).toBe(true);
          if (field.type === "boolean") expect(["true", "false"], where).toContain(value);
          if (field.type === "date") expect(value, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (kind === "partial-date") expect(isPartialDate(value), where).toBe(true);
          if (c.enum) expect(c.enum, where).toContain(value);
          if (c.minimum !== undefined)
            expect(Number(value), where).toBeGreaterThanOrEqual(c.minimum);
        }
      }
    }
  });
});

describe("descriptions a person can read", () => {
  it("describes each table from the schema's own docs, in plain text", () => {
    expect(resource("events").description).toMatch(
      /^A dated milestone of the partnership\. One row per event\./,
    );
    expect(resource("event_people").description).toMatch(/^People who took part\./);
    expect(resource("event_citations").description).toMatch(/verbatim quote/);
    const all = [
      ...descriptor.resources.flatMap((r) => [
        r.description ?? "",
        ...r.schema.fields.map((f) => (f as { description?: string }).description ?? ""),
      ]),
      text(fileByPath(files, "data-dictionary.csv")),
    ];
    for (const description of all) expect(description).not.toMatch(/`/);
  });

  it("keeps the formula rule in the data and the dictionary, not in a regex on every field", () => {
    for (const r of descriptor.resources) {
      for (const f of r.schema.fields)
        expect(f.constraints?.pattern, `${r.name}.${f.name}`).toBeUndefined();
    }
    const dictionary = resource("data_dictionary").schema.fields.find((f) => f.name === "type");
    expect((dictionary as { description?: string }).description).toMatch(
      /never starts with =, \+, - or @/,
    );
    expect(text(fileByPath(files, "README.md"))).toMatch(/No text cell starts with =, \+, - or @/);
  });
});

describe("licences", () => {
  const licenseData = readFileSync(
    fileURLToPath(new URL("../../data/LICENSE-DATA", import.meta.url)),
  );

  it("gives each file its true licence: CC BY 4.0, except the source document's full text", () => {
    for (const r of descriptor.resources) {
      const licenses = (r as { licenses?: { name?: string; path: string }[] }).licenses;
      if (r.name === "source_texts") {
        expect(licenses).toEqual([SOURCE_TEXT_LICENSE]);
        expect(licenses?.[0]?.name).toBeUndefined();
      } else {
        expect(
          licenses?.map((l) => l.name),
          r.name,
        ).toEqual(["CC-BY-4.0"]);
      }
    }
  });

  it("moves the full text out of sources.csv into source_texts.csv", () => {
    expect(resource("sources").schema.fields.map((f) => f.name)).not.toContain("text");
    const texts = rowsOf("source_texts");
    const withText = dataset.sources.filter((s) => "text" in s && s.text);
    expect(texts.map((r) => r.source_id)).toEqual(withText.map((s) => s.id).sort());
    expect(texts[0]?.text).toBe((withText[0] as { text?: string }).text);
    expect(resource("source_texts").schema.foreignKeys).toEqual([
      { fields: ["source_id"], reference: { resource: "sources", fields: ["id"] } },
    ]);
  });

  it("puts README.md and the package's LICENSE-DATA in the export", () => {
    expect(Buffer.from(fileByPath(files, "LICENSE-DATA").bytes).equals(licenseData)).toBe(true);
    const readme = text(fileByPath(files, "README.md"));
    for (const part of [
      "## What is inside",
      "## Loading it",
      "Excel",
      "R:",
      "pandas",
      "Datasette",
      "## How to cite",
      `(Version ${dataset.meta.version}) [Data set]. Data as of ${formatDate(dataset.meta.asOf)}.`,
      "source_texts.csv",
    ]) {
      expect(readme).toContain(part);
    }
    for (const r of descriptor.resources) expect(readme).toContain(`| ${r.path} |`);
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
    for (const r of descriptor.resources.filter((r) => r.name !== "data_dictionary")) {
      const listed = rows.filter((row) => row.table === r.name).map((row) => row.column);
      expect(listed, r.name).toEqual(r.schema.fields.map((f) => f.name));
    }
    const type = rows.find((r) => r.table === "events" && r.column === "type");
    expect(type?.allowed_values?.split(";")).toContain("summit");
    expect(rows.find((r) => r.table === "events" && r.column === "start")?.type).toBe(
      "partial-date",
    );
    expect(rows.find((r) => r.table === "events" && r.column === "checked")?.type).toBe("date");
  });
});
