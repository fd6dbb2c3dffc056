// The shipped JSON Schemas, read as a strict outside validator reads them: ajv in its default
// strict mode with ajv-formats, against the shipped dataset.json.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { packageDir } from "../scripts/dataset-files.js";
import { jsonSchemaKeywords } from "../src/schema.js";

const dist = join(packageDir, "dist");
const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, "utf8"));
const dataset = read(join(dist, "dataset.json"));
const files = readdirSync(join(dist, "json-schema")).sort();
const schema = (file: string) => read(join(dist, "json-schema", file));
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** A strict ajv (its default) with formats, told of the package's keywords as the README says. */
function strictAjv(declare: "keywords" | "vocabulary" | "nothing" = "keywords"): Ajv2020 {
  const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
  if (declare === "keywords") for (const k of jsonSchemaKeywords) ajv.addKeyword({ ...k });
  if (declare === "vocabulary") ajv.addVocabulary(["x-kind", "x-references"]);
  return ajv;
}

const instanceOf = (file: string): unknown => {
  const name = file.replace(".schema.json", "");
  return name === "dataset" ? dataset : dataset[name];
};

describe("the shipped JSON Schemas", () => {
  it("are the dataset's and one per collection", () => {
    expect(files).toContain("dataset.schema.json");
    for (const name of Object.keys(dataset).filter((k) => k !== "meta")) {
      expect(files).toContain(`${name}.schema.json`);
    }
  });

  it.each(files)("%s compiles in ajv's strict mode and accepts the shipped records", (file) => {
    for (const declare of ["keywords", "vocabulary"] as const) {
      const validate = strictAjv(declare).compile(schema(file));
      const ok = validate(instanceOf(file));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("need their keywords declared, and say so in a $comment", () => {
    const events = schema("events.schema.json");
    expect(() => strictAjv("nothing").compile(events)).toThrow(/unknown keyword: "x-kind"/);
    expect(events.$comment).toMatch(/addVocabulary/);
  });

  it.each(["1992-13", "1992-00", "1992-02-30", "1993-02-29", "1900-02-29", "1992-04-31", "1992-3"])(
    "reject the impossible date %s",
    (date) => {
      const validate = strictAjv().compile(schema("events.schema.json"));
      const events = structuredClone(dataset.events) as { start: string; checked: string }[];
      expect(validate(events)).toBe(true);
      (events[0] as { start: string }).start = date;
      expect(validate(events)).toBe(false);
      expect(validate.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual([
        "/0/start pattern",
      ]);
      (events[0] as { start: string }).start = "2000-02-29";
      (events[0] as { checked: string }).checked = date;
      expect(validate(events)).toBe(false);
    },
  );

  it("reject a URL with raw non-ASCII, and accept it percent-encoded", () => {
    const validate = strictAjv().compile(schema("sources.schema.json"));
    const sources = structuredClone(dataset.sources) as { url?: string }[];
    const index = sources.findIndex((s) => s.url);
    (sources[index] as { url: string }).url = "https://example.org/Şəki";
    expect(validate(sources)).toBe(false);
    (sources[index] as { url: string }).url = encodeURI("https://example.org/Şəki");
    expect(validate(sources)).toBe(true);
  });
});
