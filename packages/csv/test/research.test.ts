// The export as a researcher uses it, with the built CLI and Python's standard library
// (sqlite3 and csv, no pandas): python3 is required, so a missing python3 fails this file.
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataset, earliestDay, looseKey } from "@aznato/data";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv, python } from "./helpers.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const scratch = () => mkdtempSync(join(tmpdir(), "aznato-csv-research-"));

function run(args: string[], cwd = root): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
}

let out = "";
beforeAll(() => {
  out = join(scratch(), "export");
  const result = run(["--out-dir", out, "--sqlite", "aznato.db"]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toMatch(
    /^aznato-csv: wrote \d+ files \(\d+ tables, [\d,]+ rows; aznato\.db, [\d.]+ [kM]B\) to .*export\n$/,
  );
});

const sqliteCheck = `
import csv, json, sqlite3, sys
args = json.load(sys.stdin)
db = sqlite3.connect(args["db"])
db.execute("PRAGMA foreign_keys = ON")
out = {"counts": {}, "csv": {}, "fts": {}}
for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%'"):
    out["counts"][name] = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
for path in args["csv"]:
    with open(path, encoding="utf-8", newline="") as f:
        out["csv"][path.rsplit("/", 1)[-1][:-4]] = sum(1 for _ in csv.DictReader(f))
out["fk"] = db.execute("PRAGMA foreign_key_check").fetchall()
out["integrity"] = db.execute("PRAGMA integrity_check").fetchone()[0]
out["application_id"] = db.execute("PRAGMA application_id").fetchone()[0]
for label, (table, query) in args["fts"].items():
    out["fts"][label] = [r[0] for r in db.execute(
        f'SELECT c.id FROM "{table}" c JOIN "{table}_fts" f ON f.rowid = c.rowid WHERE "{table}_fts" MATCH ? ORDER BY c.id', (query,))]
out["types"] = {r[1]: r[2] for r in db.execute("PRAGMA table_info(events)")}
out["pk"] = [r[1] for r in db.execute("PRAGMA table_info(event_people)") if r[5]]
out["fks"] = [[r[2], r[3], r[4]] for r in db.execute("PRAGMA foreign_key_list(event_citations)")]
out["indexes"] = sorted(r[1] for r in db.execute("PRAGMA index_list(event_citations)"))
json.dump(out, sys.stdout)
`;

describe("the SQLite database, read by Python's sqlite3", () => {
  it("has the CSV's tables and row counts, no dangling foreign key, and full-text search", () => {
    const csvs = readdirSync(out)
      .filter((f) => f.endsWith(".csv") && f !== "data-dictionary.csv")
      .map((f) => join(out, f));
    const result = python(sqliteCheck, {
      db: join(out, "aznato.db"),
      csv: csvs,
      fts: {
        Şəki: ["places", "Şəki"],
        Seki: ["places", "Seki"],
        seki: ["places", "seki"],
        "Əliyev (plain)": ["people", "Əliyev"],
        "Aliyev (plain)": ["people", "Aliyev"],
        "Eliyev (plain)": ["people", "Eliyev"],
        Sheki: ["places", "Sheki"],
        Shaki: ["places", "Shaki"],
        loose: ["places", `loose : ${looseKey("Seki")}`],
        Aliyev: ["people", `loose : ${looseKey("Aliyev")}`],
      },
    }) as {
      counts: Record<string, number>;
      csv: Record<string, number>;
      fk: unknown[];
      integrity: string;
      application_id: number;
      fts: Record<string, string[]>;
      types: Record<string, string>;
      pk: string[];
      fks: string[][];
      indexes: string[];
    };
    expect(Object.keys(result.counts).sort()).toEqual(Object.keys(result.csv).sort());
    expect(result.counts).toEqual(result.csv);
    expect(result.counts.events).toBe(dataset.events.length);
    expect(result.fk).toEqual([]);
    expect(result.integrity).toBe("ok");
    expect(result.application_id).toBe(0x617a6e61);
    // a plain MATCH folds as the package does: Seki, Sheki and Şəki find the same rows
    for (const query of ["Şəki", "Seki", "seki", "Sheki", "Shaki", "loose"]) {
      expect(result.fts[query], query).toEqual(["sheki"]);
    }
    const aliyev = result.fts["Əliyev (plain)"];
    expect(aliyev).toEqual(expect.arrayContaining(["heydar-aliyev", "ilham-aliyev"]));
    expect(result.fts["Eliyev (plain)"]).toEqual(aliyev);
    // English text says Aliyev too: more rows, the Azerbaijani spellings' among them
    expect(result.fts["Aliyev (plain)"]).toEqual(expect.arrayContaining(aliyev ?? []));
    expect(result.fts.Aliyev?.length).toBeGreaterThan(0);
    expect(result.types).toMatchObject({ id: "TEXT", start: "TEXT", checked: "TEXT" });
    expect(result.pk).toEqual(["event_id", "position"]);
    expect(result.fks).toEqual(
      expect.arrayContaining([
        ["events", "event_id", "id"],
        ["sources", "source_id", "id"],
      ]),
    );
    expect(result.indexes).toContain("event_citations_source_id_idx");
  });

  it("comes with Datasette metadata: title, source, licence, descriptions per table and column", () => {
    const metadata = JSON.parse(readFileSync(join(out, "metadata.json"), "utf8"));
    expect(metadata.title).toBe(dataset.meta.title);
    expect(metadata.source).toBe(`@aznato/data ${dataset.meta.version}`);
    // no address until the project has one: never the registry's page of an unpublished version
    expect(metadata.source_url).toBe(dataset.meta.home?.site ?? dataset.meta.home?.registry);
    const tables = metadata.databases.aznato.tables;
    expect(tables.events.description).toMatch(/^A dated milestone of the partnership\./);
    expect(tables.events.license_url).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(tables.events.fts_table).toBe("events_fts");
    expect(tables.events.columns.start).toMatch(/first day/);
    expect(tables.source_texts.license).toMatch(/^Not covered by CC BY 4\.0/);
    expect(tables.source_texts.license_url).toBeUndefined();
    expect(tables.events_fts.hidden).toBe(true);
    const descriptor = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(descriptor["x-aznato-files"]).toEqual([
      "README.md",
      "LICENSE-DATA",
      "aznato.db",
      "metadata.json",
    ]);
  });

  it("is the same bytes from run to run, and --sqlite alone writes the same database", () => {
    const dir = scratch();
    expect(run(["--sqlite", "again.db", "--quiet"], dir).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["again.db", "metadata.json"]);
    expect(readFileSync(join(dir, "again.db")).equals(readFileSync(join(out, "aznato.db")))).toBe(
      true,
    );
  });

  it("replaces only its own database, with --force, leaving the folder's other files alone", () => {
    const dir = scratch();
    writeFileSync(join(dir, "notes.txt"), "mine");
    writeFileSync(join(dir, "other.db"), "not ours");
    expect(run(["--sqlite", "aznato.db"], dir).status).toBe(0);
    const again = run(["--sqlite", "aznato.db"], dir);
    expect([again.status, again.stderr]).toEqual([
      1,
      "aznato-csv: --sqlite aznato.db would replace an earlier aznato.db and metadata.json: add --force to replace it\n",
    ]);
    expect(run(["--sqlite", "aznato.db", "--force"], dir).status).toBe(0);
    const foreign = run(["--sqlite", "other.db", "--force"], dir);
    expect(foreign.status).toBe(1);
    expect(foreign.stderr).toMatch(/"other\.db" is there and was not written by aznato-csv/);
    expect(readFileSync(join(dir, "other.db"), "utf8")).toBe("not ours");
    expect(readdirSync(dir).sort()).toEqual([
      "aznato.db",
      "metadata.json",
      "notes.txt",
      "other.db",
    ]);
  });

  it("stops at SIGINT while staging, leaving the folder as it was", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "notes.txt"), "mine");
    const child = spawn(process.execPath, [cli, "--sqlite", "aznato.db"], {
      cwd: dir,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, AZNATO_CSV_TEST_PAUSE: "staged:1" },
    });
    let stderr = "";
    await new Promise<void>((done) =>
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
        if (stderr.includes("paused at staged:1")) done();
      }),
    );
    child.kill("SIGINT");
    const code = await new Promise((done) => child.on("exit", done));
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });
});

const joins = `
import csv, json, sys
args = json.load(sys.stdin)
def read(name):
    with open(f"{args['dir']}/{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
events = {r["id"]: r for r in read("events")}
people = {r["id"]: r for r in read("people")}
sources = {r["id"]: r for r in read("sources")}
places = {r["id"]: r for r in read("places")}
organizations = {r["id"]: r for r in read("organizations")}
out = {}
# events joined to the people who took part, through the link table
pairs = [(events[l["event_id"]]["title"], people[l["person_id"]]["name_en"]) for l in read("event_people")]
out["event_people"] = len(pairs)
out["dangling"] = (
    [l["source_id"] for l in read("event_citations") if l["source_id"] not in sources]
    + [p["country_id"] for p in places.values() if p["country_id"] and p["country_id"] not in places]
    + [o["parent_id"] for o in organizations.values() if o["parent_id"] and o["parent_id"] not in organizations]
    + [p["organization_id"] for p in read("person_positions") if p["organization_id"] and p["organization_id"] not in organizations]
    + [c["statement_source_id"] for c in read("claims") if c["statement_source_id"] not in sources]
    + [t["source_id"] for t in read("source_texts") if t["source_id"] not in sources]
)
out["cited_sources"] = len({l["source_id"] for l in read("event_citations")})
out["keys"] = sorted({k for name in ["places", "organizations", "event_citations", "person_positions", "claims"] for k in read(name)[0].keys() if k.endswith("_id")})
json.dump(out, sys.stdout)
`;

describe("Python's csv module joins the tables on their _id keys", () => {
  it("joins events, people, sources, places and organizations with no dangling key", () => {
    const result = python(joins, { dir: out }) as {
      event_people: number;
      dangling: string[];
      cited_sources: number;
      keys: string[];
    };
    expect(result.event_people).toBeGreaterThan(0);
    expect(result.dangling).toEqual([]);
    expect(result.cited_sources).toBeGreaterThan(10);
    expect(result.keys).toEqual(
      expect.arrayContaining([
        "country_id",
        "parent_id",
        "source_id",
        "organization_id",
        "statement_source_id",
      ]),
    );
  });
});

describe("the command line as the issue tried it", () => {
  it("people --lang az --excel: every person has a name, and name_lang says which", () => {
    const result = spawnSync(process.execPath, [cli, "people", "--lang", "az", "--excel"]);
    expect(result.status).toBe(0);
    const rows = parseCsv(result.stdout.toString("utf8"));
    expect(rows).toHaveLength(dataset.people.length);
    for (const row of rows) {
      expect(row.name, row.id).not.toBe("");
      const person = dataset.people.find((p) => p.id === row.id);
      expect(row.name_lang, row.id).toBe(person?.name.az ? "az" : "en");
    }
  });

  it("events.csv runs in date order: a year-only date before the days of that year", () => {
    const rows = parseCsv(run(["events", "--columns", "id,start"]).stdout);
    const keys = rows.map((r) => `${earliestDay(r.start as string)} ${r.id}`);
    expect(keys).toEqual([...keys].sort());
    const starts = rows.map((r) => r.start as string);
    for (const [i, start] of starts.entries()) {
      if (start.length !== 4) continue;
      // (a year ties with its first day, 1 January: then the id decides)
      const firstDay = starts.findIndex(
        (s) => s.startsWith(`${start}-`) && earliestDay(s) > `${start}-01-01`,
      );
      if (firstDay >= 0) expect(i, start).toBeLessThan(firstDay);
    }
  });

  it("answers each conflicting option with one line and exit 2", () => {
    for (const [argv, message] of [
      [["events", "--tsv", "--delimiter", ";"], /--tsv sets the delimiter to a tab/],
      [["events", "--from", "2010", "--to", "2000"], /--from 2010 is after --to 2000/],
      [["events", "--force"], /--force replaces an earlier export/],
      [["--sqlite", "x.db", "--excel"], /--sqlite alone writes no CSV/],
    ] as const) {
      const result = run([...argv], scratch());
      expect(result.status, argv.join(" ")).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^aznato-csv: [^\n]*\n$/);
      expect(result.stderr).toMatch(message);
    }
  });

  it("reports a full export in one line on stderr, and nothing with --quiet", () => {
    const dir = scratch();
    const loud = run(["--out-dir", "a"], dir);
    expect(loud.stderr).toMatch(/^aznato-csv: wrote \d+ files \(\d+ tables, [\d,]+ rows\) to a\n$/);
    const quiet = run(["--out-dir", "b", "--quiet"], dir);
    expect([quiet.status, quiet.stdout, quiet.stderr]).toEqual([0, "", ""]);
    expect(readdirSync(join(dir, "b"))).toEqual(
      expect.arrayContaining(["README.md", "LICENSE-DATA"]),
    );
  });
});

describe("the build", () => {
  it("ships the tables the installed package's dictionary.json and relations make", async () => {
    const { pathToFileURL } = await import("node:url");
    const built = (await import(pathToFileURL(join(root, "dist", "index.js")).href)) as {
      tables(): unknown[];
    };
    const { relations } = await import("@aznato/data");
    const { buildTables } = await import("../src/tables.js");
    const { createRequire } = await import("node:module");
    const dictionary = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve("@aznato/data/dictionary.json"), "utf8"),
    );
    expect(built.tables()).toEqual(buildTables(dictionary, relations));
  });
});
