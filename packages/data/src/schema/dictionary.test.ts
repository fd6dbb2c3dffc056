import { describe, expect, it } from "vitest";
import { collectionNames } from "../registry.js";
import { dataDictionary } from "./dictionary.js";

describe("dataDictionary", () => {
  it("documents every field of every collection", () => {
    const undocumented = collectionNames.flatMap((c) =>
      dataDictionary(c)
        .filter((f) => !f.description)
        .map((f) => `${c}.${f.path}`),
    );
    expect(undocumented).toEqual([]);
  });

  it("describes types, lists, requiredness, vocabularies and references", () => {
    const events = dataDictionary("events");
    const field = (path: string) => events.find((f) => f.path === path);
    expect(field("start")).toMatchObject({ type: "partial-date", list: false, required: true });
    expect(field("end")).toMatchObject({ type: "partial-date", required: false });
    expect(field("checked")).toMatchObject({ type: "date", required: true });
    expect(field("people")).toMatchObject({ type: "id", list: true, references: "people" });
    expect(field("citations")).toMatchObject({ type: "object", list: true, required: true });
    expect(field("citations[].source")).toMatchObject({ type: "id", references: "sources" });
    expect(field("citations[].start")).toMatchObject({ type: "integer", required: false });
    expect(field("type")?.values).toContain("accession");
    expect(dataDictionary("sources").find((f) => f.path === "url")?.type).toBe("url");
    expect(dataDictionary("claims").find((f) => f.path === "about")?.references).toBe("any");
    // a list of alternatives of different shapes is a list of objects, not of strings
    expect(field("citations[].selector")).toMatchObject({ type: "object", list: true });
  });
});
