import { describe, expect, it } from "vitest";
import { fieldLabel, humanize, wikidataUrl } from "./labels.ts";

describe("labels", () => {
  it("turn dictionary paths into plain words, never brackets or dots", () => {
    expect(fieldLabel("citations[]")).toBe("Citations");
    expect(fieldLabel("alternatives[].citations[]")).toBe("Citations");
    expect(fieldLabel("roles[].status.asOf")).toBe("As of");
    expect(fieldLabel("name.az")).toBe("Azerbaijani");
    expect(fieldLabel("participation")).toBe("Azerbaijani personnel");
    expect(humanize("endDate")).toBe("End date");
    expect(humanize("public-diplomacy")).toBe("Public diplomacy");
    expect(humanize("source-document")).toBe("Source document");
  });

  it("link Wikidata QIDs and nothing else", () => {
    expect(wikidataUrl("Q227")).toBe("https://www.wikidata.org/wiki/Q227");
    expect(wikidataUrl("P31")).toBeUndefined();
    expect(wikidataUrl("Q0")).toBeUndefined();
  });
});
