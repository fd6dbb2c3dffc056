import { describe, expect, it } from "vitest";
import { dataset } from "../dataset.js";
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "./bounds.js";
import { type SearchHit, search, searchPage } from "./search.js";

const ids = (hits: readonly SearchHit[]) => hits.map((h) => h.id);

// Each query and the records a reader expects on top: all of them among the first `within` hits
// (default: as many as they are), in any order. The first rows are queries that once failed:
// names across scripts and spellings.
const table: { query: string; top: string[]; within?: number; not?: string[] }[] = [
  // a name alternative's note ("used by the Heydar Aliyev Heritage library") is no name
  { query: "Aliyev", top: ["heydar-aliyev", "ilham-aliyev"] },
  { query: "Əliyev", top: ["heydar-aliyev", "ilham-aliyev"] },
  { query: "Aliev", top: ["heydar-aliyev", "ilham-aliyev"] },
  { query: "Heydar", top: ["heydar-aliyev"], not: ["state-commission-on-cooperation-with-nato"] },
  { query: "Heydər Əliyev", top: ["heydar-aliyev"] },
  { query: "İlham Əliyev", top: ["ilham-aliyev"] },
  // troops = peacekeepers = contingent = servicemen = personnel
  { query: "ISAF troops", top: ["isaf", "2002-11-20-isaf-deployment"], within: 3 },
  { query: "KFOR peacekeepers", top: ["kfor"] },
  { query: "Kabul withdrawal", top: ["2021-08-26-kabul-withdrawal"] },
  // Azerbaijani spellings
  { query: "Şəki", top: ["sheki"] },
  { query: "Seki", top: ["sheki"] },
  { query: "Sheki", top: ["sheki"] },
  { query: "Shaki", top: ["sheki"] },
  { query: "Mingəçevir", top: ["mingachevir"] },
  { query: "Mingecevir", top: ["mingachevir"] },
  { query: "Mingachevir", top: ["mingachevir"] },
  { query: "Bakı", top: ["baku"] },
  { query: "Baku", top: ["baku"] },
  { query: "Naxçıvan", top: ["nakhchivan"] },
  { query: "Nakhchivan", top: ["nakhchivan"] },
  // acronyms and their long forms, prefixes and typos
  { query: "Partnership for Peace", top: ["partnership-for-peace"] },
  { query: "PfP", top: ["partnership-for-peace"] },
  { query: "IPAP", top: ["ipap", "ipap-2005", "ipap-2008", "ipap-2011", "ipap-fourth-stage"] },
  {
    query: "Individual Partnership Action Plan",
    top: ["ipap", "ipap-2005", "ipap-2008", "ipap-2011", "ipap-fourth-stage"],
  },
  { query: "Stolt", top: ["jens-stoltenberg"] },
  { query: "Stoltenbreg", top: ["jens-stoltenberg"] },
  { query: "Rasmusen", top: ["anders-fogh-rasmussen"] },
  { query: "intelligence", top: ["claim-pap-t-scope", "counter-terrorism", "pap-t"] },
];

describe("search: the query table", () => {
  for (const { query, top, within = top.length, not = [] } of table) {
    it(`${query} → ${top.join(", ")}`, () => {
      const found = ids(search(query));
      const head = found.slice(0, within);
      expect(head).toEqual(expect.arrayContaining(top));
      for (const id of not) expect(found.slice(0, 5)).not.toContain(id);
    });
  }

  it("finds with Qarabağ what it finds with Karabakh", () => {
    const karabakh = new Set(ids(search("Karabakh")));
    expect(karabakh.size).toBeGreaterThan(5);
    expect(new Set(ids(search("Qarabağ")))).toEqual(karabakh);
  });

  it("does not find Ganja (Gəncə) inside other words such as intelligence or Agence", () => {
    for (const query of ["Ganja", "Gəncə"]) {
      const found = search(query);
      expect(ids(found)).not.toContain("pap-t");
      expect(ids(found)).not.toContain("counter-terrorism");
      for (const hit of found) {
        const marked = hit.snippet?.marks.map(([a, b]) => hit.snippet?.text.slice(a, b)) ?? [];
        expect(
          marked.some((w) => /^(ganj|gənc)/i.test(w ?? "")),
          hit.id,
        ).toBe(true);
      }
    }
  });

  it("finds the same records for Azerbaijani and English spellings", () => {
    for (const [az, en] of [
      ["Əliyev", "Aliyev"],
      ["Bakı", "Baku"],
      ["Naxçıvan", "Nakhchivan"],
      ["Şəki", "Sheki"],
    ] as const) {
      expect(new Set(ids(search(az))), az).toEqual(new Set(ids(search(en))));
    }
  });
});

describe("search: hits", () => {
  it("marks the match in a snippet of the record's text", () => {
    const hit = search("ISAF troops").find((h) => h.id === "2002-11-20-isaf-deployment");
    expect(hit?.snippet?.field).toBe("text");
    const marked = hit?.snippet?.marks.map(([a, b]) => hit.snippet?.text.slice(a, b));
    // ISAF's long form is its synonym
    expect(marked).toEqual(expect.arrayContaining(["International", "Security", "Assistance"]));
  });

  it("are frozen records of their collection", () => {
    const [hit] = search("Baku");
    expect(Object.isFrozen(hit)).toBe(true);
    expect(hit?.record).toBe(dataset.places.find((p) => p.id === "baku"));
    expect(hit?.collection).toBe("places");
  });

  it("filter by collection and event type, and page", () => {
    const all = searchPage("Aliyev");
    const events = search("Aliyev", { collections: ["events"] });
    expect(events.length).toBe(all.counts.collections.events);
    expect(events.every((h) => h.collection === "events")).toBe(true);
    const visits = search("Aliyev", { types: ["visit"] });
    expect(visits.length).toBe(all.counts.types.visit);
    expect(visits.every((h) => h.collection === "events" && h.record.type === "visit")).toBe(true);
    const second = searchPage("Aliyev", { offset: 10, limit: 10 });
    expect(second.total).toBe(all.total);
    expect(ids(second.hits)).toEqual(ids(all.hits).slice(10, 20));
  });

  it("orders by date on request, undated records last", () => {
    const hits = search("summit", { order: "date" });
    const dated = hits.filter((h) => "start" in h.record || "published" in h.record);
    const when = (h: SearchHit) =>
      (h.record as { start?: string }).start ?? (h.record as { published?: string }).published;
    expect(dated.map(when)).toEqual(dated.map(when).sort());
    expect(ids(hits.slice(0, dated.length))).toEqual(ids(dated));
    const desc = search("summit", { order: "date-desc", collections: ["events"] }).map(when);
    expect(desc).toEqual([...desc].sort().reverse());
  });

  it("needs every word", () => {
    expect(search("Partnership zzzzqx")).toEqual([]);
    expect(search("   ")).toEqual([]);
    expect(search("the of")).toEqual([]);
  });
});

describe("search: bounds", () => {
  it("bounds the query and checks its type and options", () => {
    expect(() => search("x".repeat(MAX_QUERY_LENGTH + 1))).toThrow(RangeError);
    const words = Array.from({ length: MAX_QUERY_WORDS + 1 }, (_, i) => `w${i}`).join(" ");
    expect(() => search(words)).toThrow(RangeError);
    // repeated words count once
    expect(() =>
      search(
        Array(MAX_QUERY_WORDS + 5)
          .fill("nato")
          .join(" "),
      ),
    ).not.toThrow();
    expect(() => search(null as never)).toThrow(
      new TypeError("search(): query must be a string, got null"),
    );
    expect(() => search(10n as never)).toThrow(
      new TypeError("search(): query must be a string, got bigint"),
    );
    expect(() => search("nato", { collections: ["nope" as never] })).toThrow(
      'search(): unknown collections "nope"',
    );
    expect(() => search("nato", { types: ["party" as never] })).toThrow(RangeError);
    expect(() => search("nato", { order: "random" as never })).toThrow(RangeError);
    expect(() => search("nato", { limit: 0 })).toThrow(RangeError);
    expect(() => search("nato", { offset: -1 })).toThrow(RangeError);
    expect(() => search("nato", null as never)).toThrow(TypeError);
  });
});
