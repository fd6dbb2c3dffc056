// Content checks: key facts, disputed values, verdicts, and facts that must stay out.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Claim, Event, Organization } from "./index.js";
import { dataset, getById, timeline } from "./index.js";
import { validate } from "./schema.js";

const { name: _name, version: _version, ...meta } = dataset.meta;
const sourceDocument = dataset.sources.find((s) => s.kind === "source-document");

/** The one claim whose quote contains `fragment`. */
const claimQuoting = (fragment: string): Claim => {
  const found = dataset.claims.filter((c) => c.statement.quote.includes(fragment));
  expect(found, `claims quoting ${JSON.stringify(fragment)}`).toHaveLength(1);
  return found[0] as Claim;
};

/** Every string in the data (without the source document's own text), joined. */
const everyValue = (record: unknown): string =>
  JSON.stringify(record, (key, value) => (key === "text" ? undefined : value));
const allData = everyValue({ ...dataset, meta });

const eventsWith = (predicate: (e: Event) => boolean): Event[] => dataset.events.filter(predicate);

const embassy = (country: string): Organization => {
  const found = dataset.organizations.filter((o) => o.kind === "embassy" && o.country === country);
  expect(found, `embassies of ${country}`).toHaveLength(1);
  return found[0] as Organization;
};

const cpeRoles = (org: Organization) =>
  org.roles.filter((r) => r.role === "nato-contact-point-embassy");

describe("the dataset", () => {
  it("validates", () => {
    const result = validate({ ...dataset, meta });
    expect(result.issues).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("gives every event and claim at least one citation, claims quoting the source document", () => {
    for (const event of dataset.events) expect(event.citations.length, event.id).toBeGreaterThan(0);
    for (const claim of dataset.claims) {
      expect(claim.statement.source, claim.id).toBe(sourceDocument?.id);
      expect(claim.statement.quote, claim.id).toBe(
        sourceDocument?.text?.slice(claim.statement.start, claim.statement.end),
      );
      if (claim.verdict !== "unverified")
        expect(claim.evidence.length, claim.id).toBeGreaterThan(0);
      expect(claim.about.length, claim.id).toBeGreaterThan(0);
    }
  });

  it("cites the source document only in claims' statements", () => {
    const { claims, sources, ...rest } = dataset;
    expect(everyValue(rest)).not.toContain(`"source":"${sourceDocument?.id}"`);
    expect(everyValue(claims.map((c) => c.evidence))).not.toContain(
      `"source":"${sourceDocument?.id}"`,
    );
    expect(sources.length).toBeGreaterThan(1);
  });

  it("gives every source a URL, and a date or a note saying why there is none", () => {
    for (const source of dataset.sources) {
      expect(source.url, source.id).toBeDefined();
      if (source.published === undefined) expect(source.note, source.id).toBeDefined();
    }
  });

  it("says which encyclopedia sources are mirrors", () => {
    for (const source of dataset.sources.filter((s) => s.kind === "encyclopedia")) {
      const host = new URL(source.url as string).hostname;
      if (!host.endsWith("wikipedia.org")) expect(source.note, source.id).toMatch(/[Mm]irror/);
    }
  });

  it("keeps areas as a taxonomy without invented Azerbaijani names", () => {
    for (const area of dataset.areas) expect(area.name.az, area.id).toBeUndefined();
  });

  it("marks every record with alternatives as disputed, and every disputed record has them", () => {
    const withAlternatives = [
      ...dataset.events,
      ...dataset.programmes,
      ...dataset.operations,
      ...dataset.operations.flatMap((o) => o.contributions),
    ];
    for (const record of withAlternatives) {
      const label = "id" in record ? record.id : record.description;
      expect((record.alternatives?.length ?? 0) > 0, label).toBe(record.certainty === "disputed");
    }
  });
});

describe("key facts", () => {
  it("PfP Framework Document signed on 4 May 1994", () => {
    const signed = eventsWith(
      (e) => e.programmes.includes("partnership-for-peace") && e.type === "document",
    ).find((e) => e.title.includes("Framework Document"));
    expect(signed?.start).toBe("1994-05-04");
    expect(signed?.people).toContain("heydar-aliyev");
    expect(getById("partnership-for-peace")?.start).toBe("1994-05-04");
  });

  it("first IPAP agreed on 27 May 2005, under the ipap programme", () => {
    const first = getById("ipap-2005");
    expect(first?.start).toBe("2005-05-27");
    expect(first?.parent).toBe("ipap");
    expect(eventsWith((e) => e.programmes.includes("ipap-2005")).map((e) => e.start)).toContain(
      "2005-05-27",
    );
    const cycles = dataset.programmes.filter((p) => p.parent === "ipap").map((p) => p.start);
    expect(cycles).toEqual(expect.arrayContaining(["2005-05-27", "2008-03-07", "2011-12"]));
  });

  it("NACC joined in 1992 (disputed against December 1991) and succeeded by the EAPC", () => {
    const accession = eventsWith((e) => e.type === "accession" && e.programmes.includes("nacc"));
    expect(accession).toHaveLength(1);
    expect(accession[0]?.start).toBe("1992-03");
    expect(accession[0]?.certainty).toBe("disputed");
    expect(accession[0]?.alternatives?.map((a) => a.value)).toContain("1991-12-20");
    expect(getById("nacc")?.successor).toBe("eapc");
  });

  it("PfP SOFA date disputed: 15 November 1998 against 1996", () => {
    const sofa = eventsWith((e) => e.title.includes("Status of Forces Agreement"));
    expect(sofa).toHaveLength(1);
    expect(sofa[0]?.certainty).toBe("disputed");
    expect([sofa[0]?.start, ...(sofa[0]?.alternatives ?? []).map((a) => a.value)].sort()).toEqual([
      "1996",
      "1998-11-15",
    ]);
  });

  it("KFOR participation from September 1999 to April 2008", () => {
    const kfor = getById("kfor");
    expect(kfor?.participation.start).toBe("1999-09");
    expect(kfor?.participation.end).toBe("2008-04");
  });

  it("ISAF participation from November 2002; NATO-led from August 2003 to December 2014", () => {
    const isaf = getById("isaf");
    expect(isaf?.participation.start.startsWith("2002-11")).toBe(true);
    expect(isaf?.start).toBe("2003-08");
    expect(isaf?.end).toBe("2014-12");
    expect(isaf?.status.value).toBe("ended");
    expect(isaf?.successor).toBe("resolute-support");
  });

  it("first ISAF strength disputed: 22 against 21", () => {
    const first = getById("isaf")?.contributions.find((c) => c.date.startsWith("2002-11"));
    expect(first?.certainty).toBe("disputed");
    expect([first?.personnel, ...(first?.alternatives ?? []).map((a) => a.value)].sort()).toEqual([
      21, 22,
    ]);
  });

  it("Kabul withdrawal disputed: 26 against 27 August 2021", () => {
    const withdrawal = eventsWith(
      (e) => e.type === "withdrawal" && e.operations.includes("resolute-support"),
    );
    expect(withdrawal).toHaveLength(1);
    const [event] = withdrawal;
    expect(event?.certainty).toBe("disputed");
    expect([event?.start, ...(event?.alternatives ?? []).map((a) => a.value)].sort()).toEqual([
      "2021-08-26",
      "2021-08-27",
    ]);
    const rs = getById("resolute-support");
    expect(rs?.certainty).toBe("disputed");
    expect([rs?.participation.end, ...(rs?.alternatives ?? []).map((a) => a.value)].sort()).toEqual([
      "2021-08-26",
      "2021-08-27",
    ]);
  });

  it("Contact Point Embassies: Romania from 2009, Sweden and Slovakia for 2025–2026", () => {
    const romania = cpeRoles(embassy("romania"));
    expect(romania.map((r) => r.start)).toEqual(["2009-01-01"]);
    expect(romania[0]?.end?.startsWith("2016")).toBe(true);
    for (const country of ["sweden", "slovakia"]) {
      const roles = cpeRoles(embassy(country));
      expect(roles.map((r) => [r.start, r.end])).toEqual([["2025", "2026"]]);
    }
  });

  it("Kosovo carries the user-assigned code XK, marked not official", () => {
    const kosovo = dataset.places.filter((p) => p.iso3166?.alpha2 === "XK");
    expect(kosovo).toHaveLength(1);
    expect(kosovo[0]?.iso3166?.official).toBe(false);
    for (const place of dataset.places.filter((p) => p.iso3166 && p.iso3166.alpha2 !== "XK")) {
      expect(place.iso3166?.official, place.id).toBe(true);
    }
  });

  it("the Nuclear Security Summit is context, not partnership", () => {
    const summit = eventsWith((e) => e.title.includes("Nuclear Security Summit"));
    expect(summit.length).toBeGreaterThan(0);
    for (const event of summit) expect(event.scope, event.id).toBe("context");
  });

  it("the timeline runs from 1992 to 2025 in date order", () => {
    const dates = timeline().map((e) => e.start);
    expect(dates[0]?.startsWith("1992")).toBe(true);
    expect(dates.some((d) => d.startsWith("2025"))).toBe(true);
  });
});

describe("verdicts on the discrepancies", () => {
  const cases: [string, string, readonly string[]][] = [
    [
      "IPAP created in 2004",
      "in 2004 with the creation of an Individual Partnership Action Plan",
      ["imprecise"],
    ],
    [
      "ISAF as ongoing",
      "which is designed to promote peace and stability in Afghanistan",
      ["outdated"],
    ],
    [
      "ISAF since 2002",
      "has been actively contributing to the International Security Assistance Force",
      ["outdated"],
    ],
    [
      "Romania as the Contact Point Embassy",
      "point of contact with NATO through the Embassy of Romania",
      ["outdated"],
    ],
    [
      "PAP-T as current",
      "through the framework of the Partnership Action Plan on Terrorism",
      ["outdated"],
    ],
    ["around 30 SPS projects", "around 30 cooperative projects", ["unverified"]],
    ["drinking-water project", "protecting sources of drinking water", ["unverified"]],
    ["pipeline project", "vulnerable areas of the pipelines", ["unverified"]],
    ["Joint General Staff", "new JGS structure", ["unverified"]],
    [
      "Nuclear Security Summit invitation",
      "recently invited Azerbaijan to attend the fourth nuclear security summit",
      ["imprecise", "incorrect"],
    ],
    ["PfP signed in 1994", "signed the Partnership for Peace document in 1994", ["confirmed"]],
    ["KFOR 1999-2008", "KFOR operation in Kosovo from 1999-2008", ["confirmed"]],
  ];
  it.each(cases)("%s", (_label, fragment, verdicts) => {
    const claim = claimQuoting(fragment);
    expect(verdicts).toContain(claim.verdict);
    expect(claim.explanation.length).toBeGreaterThan(0);
  });

  it("the Nuclear Security Summit claim names the real invitee and the summit's host", () => {
    const claim = claimQuoting("recently invited Azerbaijan");
    expect(claim.explanation).toContain("Ilham Aliyev");
    expect(claim.explanation).toMatch(/not a NATO event/);
  });
});

describe("unverified facts stay out", () => {
  it("gives no EAPC founding day", () => {
    expect(allData).not.toContain("1997-05-30");
    expect(allData).not.toMatch(/30 May 1997/);
    expect(getById("eapc")?.start).toBe("1997");
  });

  it("gives no start for the ITPP or the NATO-ANA Trust Fund", () => {
    const itpp = dataset.programmes.filter((p) => p.acronym === "ITPP");
    expect(itpp).toHaveLength(1);
    expect(itpp[0]?.start).toBeUndefined();
    const fund = dataset.programmes.filter((p) => p.kind === "fund");
    expect(fund.length).toBeGreaterThan(0);
    for (const f of fund) expect(f.start, f.id).toBeUndefined();
  });

  it("gives Latvia's Contact Point Embassy role no dates", () => {
    const latvia = embassy("latvia");
    const roles = cpeRoles(latvia);
    expect(roles).toHaveLength(1);
    expect(roles[0]?.start).toBeUndefined();
    expect(roles[0]?.end).toBeUndefined();
    expect(latvia.description).toMatch(/Contact Point Embassy/);
    expect(eventsWith((e) => e.organizations.includes(latvia.id))).toEqual([]);
  });

  it("dates Rasmussen's visit to Azerbaijan only to the year", () => {
    const visits = eventsWith(
      (e) =>
        e.type === "visit" &&
        e.people.includes("anders-fogh-rasmussen") &&
        e.places.includes("azerbaijan"),
    );
    expect(visits).toHaveLength(1);
    expect(visits[0]?.start).toBe("2012");
  });

  it("gives no ISO code for Quba and no coordinates for Washington", () => {
    expect(getById("quba")?.subdivision).toBeUndefined();
    expect(getById("washington")?.coordinates).toBeUndefined();
  });

  it("gives QIDs only where a cited public file shows them", () => {
    for (const record of [...dataset.places, ...dataset.organizations, ...dataset.people]) {
      if (!record.wikidata) continue;
      const shown = record.citations.some(
        (c) =>
          dataset.sources.find((s) => s.id === c.source)?.kind === "code" &&
          new RegExp(`\\b${record.wikidata}\\b`).test(c.quote),
      );
      expect(shown, `${record.id} ${record.wikidata}`).toBe(true);
    }
    // QIDs seen only in unnamed files
    for (const qid of ["Q7184", "Q76", "Q61", "Q1246"]) expect(allData).not.toContain(`"${qid}"`);
  });

  it("gives no Azerbaijani name for the SPS Programme", () => {
    expect(getById("sps")?.name.az).toBeUndefined();
  });
});

describe("the package README", () => {
  it("states the current number of records in each collection", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const { meta: _meta, ...collections } = dataset;
    for (const [name, records] of Object.entries(collections)) {
      const row = new RegExp(`^\\| \`${name}\` +\\| +(\\d+) \\|`, "m").exec(readme);
      expect(row?.[1], `README row for ${name}`).toBe(String(records.length));
    }
  });
});
