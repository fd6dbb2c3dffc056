import { dataset, datasetMeta } from "@aznato/data";
import { dataDictionary } from "@aznato/data/schema";
import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation } from "./cite.ts";
import { aboutOf, groupDownloads, groupOf, rowOf } from "./downloads.ts";
import { markdownSections } from "./readme.ts";
import { labelOf, recordPath, url } from "./records.ts";
import { cellFor, columnsFor, defaultColumns, facetCounts, searchTextOf } from "./table.ts";

describe("citations of the dataset", () => {
  it("name the version and the as-of year", () => {
    expect(apaCitation(datasetMeta)).toContain(`(Version ${datasetMeta.version}) [Data set]`);
    expect(apaCitation(datasetMeta)).toContain(`(${datasetMeta.asOf.slice(0, 4)})`);
    const bib = bibtexCitation(datasetMeta);
    expect(bib).toMatch(/^@misc\{aznato_[\w]+,/);
    expect(bib).toContain(`version = {${datasetMeta.version}}`);
    expect(bib.trim().endsWith("}")).toBe(true);
  });
});

describe("urls", () => {
  it("honour the base path", () => {
    expect(url("events/", "/")).toBe("/events/");
    expect(url("/events/", "/viewer")).toBe("/viewer/events/");
    expect(recordPath("events", "a-b")).toBe("events/a-b/");
  });
});

describe("tables", () => {
  it("describe columns from the data dictionary and make enums facets", () => {
    const columns = columnsFor("events", dataDictionary("events"));
    const type = columns.find((c) => c.key === "type");
    expect(type?.facet).toBe(true);
    expect(type?.description).toBeTruthy();
    expect(columns.find((c) => c.key === "title")?.primary).toBe(true);
    expect(
      columnsFor("operations", dataDictionary("operations")).find((c) => c.key === "participation")
        ?.label,
    ).toBe("Azerbaijani personnel");
    expect(type?.reference).toBeUndefined();
    expect(columns.find((c) => c.key === "areas")?.reference).toBe(true);
    // an enum value that is also an area id stays a plain value
    if (!type) throw new Error("no type column");
    const diplomacy = cellFor({ ...dataset.events[0], type: "public-diplomacy" } as never, type);
    expect(diplomacy.links).toEqual([]);
  });

  it("give a collection without chosen columns its label, dates, vocabularies and description", () => {
    expect(defaultColumns(dataDictionary("events"))).toEqual(
      expect.arrayContaining(["title", "start", "type"]),
    );
    expect(defaultColumns(dataDictionary("events"))[0]).toBe("title");
    expect(defaultColumns(dataDictionary("areas"))).toEqual(["name", "description"]);
    const columns = columnsFor("events", dataDictionary("events")).map((c) => c.key);
    expect(defaultColumns(dataDictionary("places"))).not.toContain("citations");
    expect(columns[0]).toBe("start");
  });

  it("render dates, references and facet counts from the records", () => {
    const event = dataset.events[0];
    if (!event) return;
    const columns = columnsFor("events", dataDictionary("events"));
    const col = (key: string) => {
      const column = columns.find((c) => c.key === key);
      if (!column) throw new Error(`no column ${key}`);
      return column;
    };
    // date cells come from the dictionary's field type, not from the column's name
    expect(col("start").date).toBe(true);
    expect(col("title").date).toBeUndefined();
    const date = cellFor(event, col("start"));
    expect(date.datetime).toBe(event.start);
    expect(date.sort).toBe(event.start);
    const areas = cellFor(event, col("areas"));
    expect(areas.values).toEqual(event.areas);
    expect(areas.links.every((l) => l.href.startsWith("areas/"))).toBe(true);
    const counts = facetCounts(dataset.events.map((e) => cellFor(e, col("type"))));
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(dataset.events.length);
    expect(labelOf(event)).toBe(event.title);
  });

  it("search text folds Azerbaijani names", () => {
    const place = dataset.places.find((p) => p.name.az);
    if (!place?.name.az) return;
    expect(searchTextOf(place)).toContain(
      place.name.az
        .toLowerCase()
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .replace(/ə/g, "e")
        .replace(/ı/g, "i"),
    );
  });
});

describe("downloads", () => {
  it("group descriptors, collections and link tables", () => {
    const file = (path: string) => ({ path, bytes: new Uint8Array() });
    const groups = groupDownloads(
      [
        "dataset.json",
        "events.csv",
        "event_people.csv",
        "datapackage.json",
        "data-dictionary.csv",
      ].map(file),
    );
    expect(groups.map((g) => [g.key, g.files.map((f) => f.path)])).toEqual([
      ["described", ["dataset.json", "datapackage.json", "data-dictionary.csv"]],
      ["collections", ["events.csv"]],
      ["links", ["event_people.csv"]],
    ]);
    expect(groupOf(groups, "bundle")).toEqual([]);
    expect(groupOf(groups, "links").map((f) => f.path)).toEqual(["event_people.csv"]);
  });

  it("say what a row is from the table's description", () => {
    const d = "A dated milestone of the partnership. One row per event.";
    expect(rowOf(d)).toBe("One row per event.");
    expect(aboutOf(d)).toBe("A dated milestone of the partnership.");
    expect(rowOf("The whole dataset.")).toBe("The whole dataset.");
    expect(aboutOf("One row per x.")).toBeUndefined();
    expect(rowOf(undefined)).toBeUndefined();
  });
});

describe("README sections", () => {
  it("split at level-2 headings, never inside fenced code, keeping the Markdown", () => {
    const md =
      "# T\n\nIntro.\n\n## Coverage\n\nEvents *from* 1992.\n\n```md\n## not a heading\n```\n\n### Gaps\n\n- one\n\n## Naming policy ##\n\nNames.";
    expect(markdownSections(md)).toEqual([
      {
        heading: "Coverage",
        slug: "coverage",
        body: "Events *from* 1992.\n\n```md\n## not a heading\n```\n\n### Gaps\n\n- one",
      },
      { heading: "Naming policy", slug: "naming-policy", body: "Names." },
    ]);
  });
});
