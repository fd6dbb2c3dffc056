import { dataset, datasetMeta, type SourceId } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { decimalYear } from "./dates.ts";
import {
  barFor,
  LANES,
  type LaneRow,
  laneRows,
  nameWithAcronym,
  swimlaneLayout,
  yearStacks,
} from "./swimlane.ts";

const status = (value: "active" | "ended" | "superseded" | "unknown") => ({ value, citations: [] });
const bar = (start: string, end?: string) => ({
  start,
  end,
  endKind: end ? ("sourced" as const) : ("unknown" as const),
  href: "/x/",
  title: "x",
});

describe("swimlane layout", () => {
  const rows: LaneRow[] = [
    { id: "pfp", group: "Programmes", label: "PfP", href: "/p/", bars: [bar("1994-05-04")] },
    { id: "ipap", group: "Programmes", label: "IPAP", href: "/i/", bars: [bar("2005", "2019")] },
    { id: "isaf", group: "Operations", label: "ISAF", href: "/o/", bars: [bar("2002-11", "2014")] },
    {
      id: "ro",
      group: "Embassies",
      label: "Romania",
      href: "/r/",
      bars: [bar("2009-01-01", "2010"), bar("2011", "2012")],
    },
  ];
  const layout = swimlaneLayout(rows, [{ id: "e", date: "1994-05-04", title: "E", href: "/e/" }], {
    from: 1992,
    to: 2025,
    asOf: "2025-06-30",
  });
  // 1992 to the end of 2025: 34 years over 100%
  const x = (year: number) => ((year - 1992) / 34) * 100;

  it("keeps rows in order under their group, in first-seen order", () => {
    expect(layout.groups.map((g) => g.label)).toEqual(["Programmes", "Operations", "Embassies"]);
    expect(layout.groups[0]?.rows.map((r) => r.id)).toEqual(["pfp", "ipap"]);
  });

  it("places bars in percent of the plot, from the start of the start to the end of the end", () => {
    const ipap = layout.groups[0]?.rows[1]?.bars[0];
    expect(ipap?.x1).toBeCloseTo(x(2005), 9);
    expect(ipap?.x2).toBeCloseTo(x(2020), 9);
    for (const g of layout.groups) {
      for (const r of g.rows)
        for (const b of r.bars) expect(0 <= b.x1 && b.x1 <= b.x2 && b.x2 <= 100).toBe(true);
    }
  });

  it("runs a bar with no sourced end to the as-of date, not to the edge", () => {
    const pfp = layout.groups[0]?.rows[0]?.bars[0];
    expect(pfp?.x2).toBeCloseTo(x(decimalYear("2025-06-30", "end")), 9);
    expect(pfp?.x2).toBeLessThan(100);
    expect(layout.asOfX).toBe(pfp?.x2);
  });

  it("draws each mandate of a row as its own bar", () => {
    const romania = layout.groups[2]?.rows[0];
    expect(romania?.bars).toHaveLength(2);
    expect(romania?.bars[0]?.x2).toBeLessThanOrEqual(romania?.bars[1]?.x1 as number);
  });

  it("ends a superseded bar where its successor starts", () => {
    const [row] =
      swimlaneLayout(
        [
          {
            id: "a",
            group: "g",
            label: "a",
            href: "/a/",
            bars: [
              { start: "2005", end: "2008-03-07", endKind: "successor", href: "/a/", title: "a" },
            ],
          },
        ],
        [],
        { from: 1992, to: 2025, asOf: "2025" },
      ).groups[0]?.rows ?? [];
    expect(row?.bars[0]?.x2).toBeCloseTo(x(decimalYear("2008-03-07", "start")), 9);
  });
});

describe("event stacks", () => {
  it("stacks events by year in date order, centred on the year, never overlapping", () => {
    const marks = [
      { id: "b", date: "2008-05", title: "b", href: "/b/" },
      { id: "a", date: "2008-01-02", title: "a", href: "/a/" },
      { id: "c", date: "2010", title: "c", href: "/c/" },
    ];
    const stacks = yearStacks(marks, { from: 2000, to: 2019 });
    expect(stacks.map((s) => s.year)).toEqual([2008, 2010]);
    expect(stacks[0]?.x).toBeCloseTo((8.5 / 20) * 100, 9);
    expect(stacks[0]?.items.map((m) => [m.id, m.level])).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
  });

  it("keeps ~120 events legible: one dot per event, each at its own place", () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `e${i}`,
      date: `${1992 + (i % 34)}-0${1 + (i % 9)}`,
      title: `e${i}`,
      href: `/e${i}/`,
    }));
    const layout = swimlaneLayout([], many, { from: 1992, to: 2025, asOf: "2025" });
    const spots = layout.stacks.flatMap((s) => s.items.map((m) => `${s.x}:${m.level}`));
    expect(spots).toHaveLength(120);
    expect(new Set(spots).size).toBe(120);
    expect(layout.maxStack).toBe(4);
  });
});

describe("lane rows from the dataset", () => {
  const hrefOf = (c: string, id: string) => `/${c}/${id}/`;
  const { rows, undated } = laneRows(dataset, { hrefOf, asOf: datasetMeta.asOf });

  it("spells out acronyms", () => {
    expect(nameWithAcronym("Partnership for Peace", "PfP")).toBe("Partnership for Peace (PfP)");
    expect(nameWithAcronym("NATO", "NATO")).toBe("NATO");
    for (const p of dataset.programmes.filter((p) => p.acronym && !p.parent && p.start)) {
      expect(rows.find((r) => r.id === p.id)?.label).toBe(`${p.name.en} (${p.acronym})`);
    }
    for (const o of dataset.operations.filter((o) => o.acronym)) {
      expect(rows.find((r) => r.id === o.id)?.label).toContain(`(${o.acronym})`);
    }
  });

  it("draws every dated programme and operation, and lists the undated ones", () => {
    for (const p of dataset.programmes) {
      const drawn = rows.some((r) => r.id === p.id);
      const listed = undated.some((u) => u.href === hrefOf("programmes", p.id));
      expect(drawn).toBe(p.start !== undefined);
      expect(listed).toBe(p.start === undefined);
    }
    expect(rows.filter((r) => r.group === LANES.operations)).toHaveLength(
      dataset.operations.length,
    );
  });

  it("puts children right after their parent, indented", () => {
    for (const p of dataset.programmes.filter((p) => p.parent && p.start)) {
      const child = rows.findIndex((r) => r.id === p.id);
      const parent = rows.findIndex((r) => r.id === p.parent);
      if (parent === -1) continue;
      expect(child).toBeGreaterThan(parent);
      expect(rows[child]?.depth).toBe((rows[parent]?.depth ?? 0) + 1);
    }
  });

  it("gives each dated Contact Point Embassy mandate a bar on its embassy's row, undated ones listed", () => {
    for (const org of dataset.organizations) {
      const roles = org.roles.filter((r) => r.role === "nato-contact-point-embassy");
      const row = rows.find((r) => r.id === org.id && r.group === LANES.embassies);
      const dated = roles.filter((r) => r.start);
      expect(row?.bars.length ?? 0).toBe(dated.length);
      expect(undated.filter((u) => u.href === hrefOf("organizations", org.id))).toHaveLength(
        roles.length - dated.length,
      );
    }
  });

  it("every bar has a tooltip with its name and dates", () => {
    for (const r of rows) {
      for (const b of r.bars) {
        expect(b.title.startsWith(r.label)).toBe(true);
        expect(b.title).toMatch(/\d{4}/);
      }
    }
  });
});

describe("bar ends", () => {
  const asOf = "2025-12-15";
  it("classifies what is known of the end", () => {
    expect(
      barFor("A", "/a/", { start: "2005", end: "2008", status: status("ended") }, { asOf }).endKind,
    ).toBe("sourced");
    const superseded = barFor(
      "A",
      "/a/",
      { start: "2005", status: status("superseded") },
      { asOf, successor: { label: "B", start: "2008-03" } },
    );
    expect(superseded).toMatchObject({ endKind: "successor", end: "2008-03" });
    expect(superseded.title).toContain("superseded by B (March 2008)");
    const active = barFor(
      "A",
      "/a/",
      { start: "2005", status: { ...status("active"), asOf: "2024-05" } },
      { asOf },
    );
    expect(active.endKind).toBe("ongoing");
    expect(active.title).toContain("active as of May 2024");
    const unknown = barFor("A", "/a/", { start: "2005", status: status("unknown") }, { asOf });
    expect(unknown.endKind).toBe("unknown");
    expect(unknown.end).toBeUndefined();
    expect(unknown.title).toContain("end not sourced");
  });

  it("says when the dates are disputed", () => {
    const disputed = barFor(
      "ISAF",
      "/o/",
      {
        start: "2002-11",
        end: "2014-12",
        status: status("ended"),
        alternatives: [
          {
            field: "participation.end",
            value: "2014-12-31",
            citations: [{ source: "s" as SourceId, quote: "q" }],
          },
        ],
      },
      { asOf, fields: ["participation.start", "participation.end"] },
    );
    expect(disputed.title).toContain("Disputed: end also given as 31 December 2014");
  });
});

describe("Contact Point Embassy mandates", () => {
  const role = (start?: string, end?: string) => ({
    role: "nato-contact-point-embassy" as const,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    status: { value: "ended" as const, citations: [] },
    certainty: "established" as const,
    citations: [],
  });
  const org = (id: string, roles: ReturnType<typeof role>[]) =>
    ({
      id,
      name: { en: id },
      kind: "embassy",
      roles,
      citations: [],
      checked: "2025-01-01",
    }) as never;
  const { rows, undated } = laneRows(
    {
      programmes: [],
      operations: [],
      organizations: [
        org("latvia", [role()]),
        org("romania", [
          role("2015", "2016"),
          role("2009-01-01", "2010"),
          role("2011", "2012"),
          role("2013", "2014"),
        ]),
        org("sweden", [role("2025", "2026")]),
      ],
    },
    { hrefOf: (c, id) => `/${c}/${id}/`, asOf: "2025-12-15" },
  );

  it("puts an embassy's successive mandates on one row, in date order, and embassies by first mandate", () => {
    expect(rows.map((r) => r.id)).toEqual(["romania", "sweden"]);
    expect(rows[0]?.bars.map((b) => b.start)).toEqual(["2009-01-01", "2011", "2013", "2015"]);
    expect(
      rows[0]?.bars.every((b) => b.title.startsWith("romania, NATO Contact Point Embassy: ")),
    ).toBe(true);
  });

  it("lists an embassy whose mandate has no date instead of drawing it", () => {
    expect(undated).toEqual([
      { group: LANES.embassies, label: "latvia", href: "/organizations/latvia/", note: undefined },
    ]);
  });
});
