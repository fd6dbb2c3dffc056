// Content checks: key facts, disputed values, verdicts, and facts that must stay out.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Claim, Event, Organization } from "./index.js";
import { collectionNames, dataset, earliestDay, getById, latestDay, timeline } from "./index.js";
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

  it("says which encyclopedia sources are mirrors or proxies", () => {
    for (const source of dataset.sources.filter((s) => s.kind === "encyclopedia")) {
      const host = new URL(source.url as string).hostname;
      if (!host.endsWith("wikipedia.org")) {
        expect(source.note, source.id).toMatch(/[Mm]irror|[Pp]roxy|[Cc]opy/);
      }
    }
  });

  it("gives an area an Azerbaijani name only with a source that uses it", () => {
    for (const area of dataset.areas) {
      if (area.name.az === undefined) continue;
      expect(area.citations?.length ?? 0, area.id).toBeGreaterThan(0);
    }
  });
});

/** Every record of every collection, with its collection. */
const everyRecord = collectionNames.flatMap((name) =>
  (dataset[name] as readonly { id: string; checked: string }[]).map((r) => [name, r] as const),
);
const today = new Date().toISOString().slice(0, 10);

/** Every status in the dataset, with where it is. */
const statuses = [
  ...dataset.programmes.map((p) => [p.id, p.status] as const),
  ...dataset.operations.map((o) => [o.id, o.status] as const),
  ...dataset.organizations.flatMap((o) =>
    o.roles.map((r) => [`${o.id} (${r.start ?? "undated"})`, r.status] as const),
  ),
];

const yearsBefore = (day: string, years: number) =>
  `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

describe("freshness (the 2026 audit)", () => {
  it("is as of the audit, not of an earlier release", () => {
    expect(dataset.meta.asOf >= "2026-11-01").toBe(true);
    expect(dataset.meta.asOf <= today).toBe(true);
  });

  // (the schema requires `checked`, and a rule keeps it at or before the as-of date)
  it("has most records re-checked within a month of the as-of date", () => {
    const monthBefore = new Date(Date.parse(dataset.meta.asOf) - 31 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const audited = everyRecord.filter(([, r]) => r.checked >= monthBefore);
    expect(audited.length / everyRecord.length).toBeGreaterThan(0.8);
  });

  // (the schema requires a known status's citation and asOf)
  it("says what the latest evidence was for an unknown status, and backs an active one with recent evidence", () => {
    for (const [label, status] of statuses) {
      if (status.value === "unknown") {
        expect(status.note, `${label}: say what the latest evidence was`).toBeDefined();
        continue;
      }
      if (status.value === "active") {
        expect(latestDay(status.asOf as string) >= yearsBefore(dataset.meta.asOf, 3), label).toBe(
          true,
        );
      }
    }
  });

  it("keeps every event within 1992 and the as-of date", () => {
    for (const event of dataset.events) {
      expect(event.start >= "1992", event.id).toBe(true);
      expect(earliestDay(event.start) <= dataset.meta.asOf, event.id).toBe(true);
      if (event.end) expect(earliestDay(event.end) <= dataset.meta.asOf, event.id).toBe(true);
    }
  });
});

describe("offices held", () => {
  it("date every position from its sources: a start always, an end or a note saying why not", () => {
    const positions = dataset.people.flatMap((p) =>
      p.positions.map((x) => [`${p.id}: ${x.title}`, x] as const),
    );
    expect(positions.length).toBeGreaterThan(30);
    for (const [label, position] of positions) {
      expect(position.start, label).toBeDefined();
      expect(position.citations?.length ?? 0, label).toBeGreaterThan(0);
    }
  });

  it("record the Secretaries General of NATO since 1992 and Azerbaijan's foreign and defence ministers", () => {
    const titles = dataset.people.flatMap((p) => p.positions.map((x) => `${p.id} ${x.title}`));
    for (const id of [
      "manfred-worner",
      "willy-claes",
      "javier-solana",
      "george-robertson",
      "jaap-de-hoop-scheffer",
      "anders-fogh-rasmussen",
      "jens-stoltenberg",
      "mark-rutte",
    ]) {
      expect(
        titles.some((t) => t.startsWith(`${id} `) && /Secretary General/.test(t)),
        id,
      ).toBe(true);
    }
    expect(
      titles.filter((t) => /Minister of Foreign Affairs|Foreign Minister/i.test(t)).length,
    ).toBeGreaterThanOrEqual(4);
    expect(
      titles.filter((t) => /Minister of Defen[cs]e|Defen[cs]e Minister/i.test(t)).length,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe("coverage checklists", () => {
  it("answer each listed universe (summits, ministers, …) item by item: yes, no or not-found", () => {
    const ids = dataset.checklists.map((c) => c.id);
    for (const id of [
      "checklist-summits",
      "checklist-secretary-general-visits",
      "checklist-special-representatives",
      "checklist-contact-point-embassy",
      "checklist-partnership-documents",
      "checklist-contingents",
      "checklist-escalation-statements",
      "checklist-months-2026",
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it("have a month item for every month of the as-of year up to the as-of date", () => {
    const months = dataset.checklists.find((c) => c.id === "checklist-months-2026");
    const last = Number(dataset.meta.asOf.slice(5, 7));
    expect(months?.items.map((i) => i.key)).toEqual(
      Array.from({ length: last }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    );
  });
});

describe("coverage of the timeline", () => {
  it("has at least 110 events, with every year from 2017 to 2026 covered", () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(110);
    for (let year = 2017; year <= 2026; year++) {
      expect(
        eventsWith((e) => e.start.startsWith(String(year))).length,
        String(year),
      ).toBeGreaterThan(0);
    }
  });

  it("records NATO's statements during the 2020 war", () => {
    const statements = eventsWith(
      (e) => e.type === "statement" && e.start >= "2020-09-27" && e.start <= "2020-12",
    );
    expect(statements.length).toBeGreaterThanOrEqual(3);
  });

  it("records the summits President Ilham Aliyev attended after 2012", () => {
    const summits = eventsWith((e) => e.type === "summit" && e.people.includes("ilham-aliyev"));
    const years = summits.map((e) => e.start.slice(0, 4));
    expect(years).toEqual(expect.arrayContaining(["2010", "2012", "2014", "2016", "2018"]));
  });

  it("records visits of NATO's Secretaries General and Deputy Secretaries General to Azerbaijan", () => {
    const visits = eventsWith(
      (e) => e.type === "visit" && (e.places.includes("baku") || e.places.includes("azerbaijan")),
    );
    const visitors = new Set(visits.flatMap((e) => e.people));
    for (const person of ["anders-fogh-rasmussen", "jens-stoltenberg", "radmila-shekerinska"]) {
      expect(visitors.has(person as never), person).toBe(true);
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

  it("IPAP presented to the North Atlantic Council at NATO Headquarters on 19 May 2004", () => {
    const presented = getById("2004-05-19-ipap-presentation-document-nac");
    expect(presented?.start).toBe("2004-05-19");
    expect(presented?.places).toContain("brussels");
    const retired = dataset.meta.retired.find(
      (r) => r.id === "2004-07-ipap-presented-istanbul-summit",
    );
    expect(retired?.supersededBy).toBe(presented?.id);
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

  it("the ITPP succeeds the IPAP (NATO: the transition is ongoing), but is not in force", () => {
    expect(getById("itpp")?.status.value).not.toBe("active");
    expect(getById("ipap")?.successor).toBe("itpp");
  });

  it("NACC joined in March 1992 (the 1991 date was a misreading) and succeeded by the EAPC on 30 May 1997", () => {
    const accession = eventsWith((e) => e.type === "accession" && e.programmes.includes("nacc"));
    expect(accession).toHaveLength(1);
    expect(accession[0]?.start).toBe("1992-03");
    expect(accession[0]?.certainty).toBe("established");
    expect(getById("nacc")?.successor).toBe("eapc");
    expect(getById("eapc")?.start).toBe("1997-05-30");
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

  it("KFOR: Azerbaijani personnel from September 1999 to April 2008; the operation still runs", () => {
    const kfor = getById("kfor");
    expect(kfor?.participation).toEqual({ start: "1999-09", end: "2008-04" });
    expect(kfor?.status.value).toBe("active");
    expect((kfor?.status.asOf ?? "") >= "2025").toBe(true);
  });

  it("ISAF participation from November 2002; NATO-led from August 2003 to December 2014", () => {
    const isaf = getById("isaf");
    expect(isaf?.participation.start.startsWith("2002-11")).toBe(true);
    expect(isaf?.start).toBe("2003-08");
    expect(isaf?.end).toBe("2014-12");
    expect(isaf?.status.value).toBe("ended");
    expect(isaf?.successor).toBe("resolute-support");
  });

  it("the Afghanistan contingent as a sourced series: 22, about 45, 90, 94, then 120 from January 2018", () => {
    const series = (id: "isaf" | "resolute-support") =>
      Object.fromEntries(
        (getById(id)?.contributions ?? [])
          .filter((c) => c.kind === "troops" && c.personnel !== undefined)
          .map((c) => [c.date, c.personnel]),
      );
    expect(series("isaf")).toMatchObject({
      "2002-11-20": 22,
      "2008-01-15": 45,
      "2009-02": 90,
      "2010-10-05": 94,
    });
    expect(series("resolute-support")).toMatchObject({ "2018-01-09": 120 });
    const first = getById("isaf")?.contributions.find((c) => c.date === "2002-11-20");
    expect(first?.alternatives?.map((a) => a.value)).toEqual([21]);
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
  });

  it("Contact Point Embassies: Romania for four mandates 2009–2016, Sweden and Slovakia for 2025–2026", () => {
    const romania = cpeRoles(embassy("romania"));
    expect(romania.map((r) => [r.start, r.end])).toEqual([
      ["2009-01-01", "2010-12-31"],
      ["2011-01-01", "2012-12-31"],
      ["2013-01-01", "2014-12-31"],
      ["2015-01-01", "2016-12-31"],
    ]);
    for (const role of romania) expect(role.status.value).toBe("ended");
    for (const country of ["sweden", "slovakia"]) {
      const roles = cpeRoles(embassy(country));
      expect(roles.map((r) => [r.start, r.end, r.status.value])).toEqual([
        ["2025", "2026", "active"],
      ]);
    }
  });

  it("Rasmussen visited Azerbaijan on 7 September 2012", () => {
    const visits = eventsWith(
      (e) =>
        e.type === "visit" &&
        e.people.includes("anders-fogh-rasmussen") &&
        !e.places.includes("brussels"),
    );
    expect(visits.map((e) => e.start)).toEqual(["2012-09-07"]);
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

  it("the timeline runs from 1992 to 2026 in date order", () => {
    const dates = timeline().map((e) => e.start);
    expect(dates[0]?.startsWith("1992")).toBe(true);
    expect(dates.at(-1)?.startsWith("2026")).toBe(true);
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
      ["imprecise"],
    ],
    [
      "ISAF since 2002",
      "has been actively contributing to the International Security Assistance Force",
      ["imprecise"],
    ],
    [
      "Romania as the Contact Point Embassy",
      "point of contact with NATO through the Embassy of Romania",
      ["outdated"],
    ],
    [
      "PAP-T as current",
      "through the framework of the Partnership Action Plan on Terrorism",
      ["imprecise"],
    ],
    [
      "the ANA Trust Fund as current",
      "financial assistance to the Afghan National Army Trust Fund",
      ["outdated"],
    ],
    ["around 30 SPS projects", "around 30 cooperative projects", ["unverified"]],
    // Azerbaijan's water projects under the SPS Programme are sourced; the terror-attack framing is not
    ["drinking-water project", "protecting sources of drinking water", ["imprecise", "confirmed"]],
    ["pipeline project", "vulnerable areas of the pipelines", ["unverified"]],
    ["Joint General Staff", "new JGS structure", ["unverified"]],
    [
      "Nuclear Security Summit invitation",
      "recently invited Azerbaijan to attend the fourth nuclear security summit",
      ["confirmed"],
    ],
    ["PfP signed in 1994", "signed the Partnership for Peace document in 1994", ["confirmed"]],
    ["KFOR 1999-2008", "KFOR operation in Kosovo from 1999-2008", ["confirmed"]],
    [
      "troops increased",
      "has repeatedly increased the amount of Azerbaijani troops",
      ["confirmed"],
    ],
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

  it("explanations of the contingent claim agree with the contribution series", () => {
    const claim = claimQuoting("has repeatedly increased the amount of Azerbaijani troops");
    for (const figure of ["22", "45", "90", "94", "120"])
      expect(claim.explanation).toContain(figure);
    expect(claim.about).not.toContain("2008-01-15-isaf-contingent-40");
  });
});

describe("unverified facts stay out", () => {
  it("gives no start for the ITPP, which had not been agreed", () => {
    const itpp = dataset.programmes.filter((p) => p.acronym === "ITPP");
    expect(itpp).toHaveLength(1);
    expect(itpp[0]?.start).toBeUndefined();
  });

  it("gives no ISO code for Quba", () => {
    expect(getById("quba")?.subdivision).toBeUndefined();
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
  });

  it("gives no Azerbaijani name for the SPS Programme", () => {
    expect(getById("sps")?.name.az).toBeUndefined();
  });
});

describe("the package README", () => {
  // (the record counts are generated: scripts/generate.ts, drift-tested)
  it("has a coverage statement that names what is missing and how to report an error", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const coverage = /^## Coverage\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? "";
    expect(coverage).toMatch(/one record per event/i);
    expect(coverage).toMatch(/known to be missing/i);
    expect(coverage).toMatch(/report an error/i);
    expect(coverage).toContain(String(dataset.events.length));
  });
});
