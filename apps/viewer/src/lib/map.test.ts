import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { formatLatLon, type MapPlace, mapLayout } from "./map.ts";
import { BESIDE, CENTRED, placeLabels } from "./map-labels.ts";

const require = createRequire(import.meta.url);
const world = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"),
) as Topology;

describe("mapLayout", () => {
  const places: MapPlace[] = [
    { id: "azerbaijan", label: "Azerbaijan", name: "Azerbaijan", kind: "country", href: "/az/" },
    { id: "united-states", label: "USA", name: "United States", kind: "country", href: "/us/" },
    {
      id: "baku",
      label: "Baku",
      name: "Baku",
      kind: "city",
      country: "azerbaijan",
      href: "/baku/",
      coordinates: { lat: 40.41, lon: 49.87 },
    },
  ];

  it("fits the frame to the chosen places and shades the dataset's countries", () => {
    const map = mapLayout(world, places, {
      width: 400,
      height: 300,
      fit: (_p, lonLat) => lonLat !== undefined && lonLat[0] > -30,
    });
    const shaded = map.countries.filter((c) => c.place).map((c) => c.place?.id);
    expect(shaded).toContain("azerbaijan");
    // the United States lies outside a frame fitted to the Caucasus
    expect(shaded).not.toContain("united-states");
    expect(map.countries.length).toBeLessThan(100);
    const [baku] = map.points;
    expect(baku?.place.id).toBe("baku");
    expect(baku?.x).toBeGreaterThan(0);
    expect(baku?.x).toBeLessThan(400);
    expect(baku?.label).toBe(true);
  });

  it("leaves labels off where asked", () => {
    const map = mapLayout(world, places, { label: (p) => p.country !== "azerbaijan" });
    expect(map.points.every((p) => !p.label)).toBe(true);
  });
});

describe("placeLabels", () => {
  const frame = { width: 800, height: 400, narrowest: 320 };
  // in map units at 320 px wide: 2.5 units a pixel, so a 5-letter label is ~120 units wide
  it("keeps a label inside the frame: near the right edge it goes left", () => {
    expect(placeLabels([{ x: 780, y: 200, text: "Baku" }], frame)).toEqual(["left-up"]);
    expect(placeLabels([{ x: 100, y: 200, text: "Baku" }], frame)).toEqual(["right-up"]);
    expect(placeLabels([{ x: 100, y: 10, text: "Baku" }], frame)).toEqual(["right-down"]);
    // crowded out everywhere, a label still stays inside: at the right edge it goes left
    const crowd = [
      { x: 790, y: 200, text: "Istanbul" },
      { x: 790, y: 200, text: "Istanbul" },
    ];
    expect(placeLabels(crowd, frame)[1]).toMatch(/^left-/);
  });

  it("moves a label that would cover another label or dot", () => {
    const sides = placeLabels(
      [
        { x: 300, y: 200, text: "Sheki" },
        { x: 330, y: 190, text: "Quba" },
      ],
      frame,
    );
    expect(sides[0]).toBe("left-up");
    expect(sides[1]).toBe("right-up");
  });
});

describe("placeLabels, crowded", () => {
  it("lets a label cornered at the frame's edge choose first", () => {
    // Madrid comes first but has room either side; Lisbon, at the left edge, can only go right
    const [madrid, lisbon] = placeLabels(
      [
        { x: 65, y: 200, text: "Madrid", sides: BESIDE },
        { x: 20, y: 200, text: "Lisbon", sides: BESIDE },
      ],
      { width: 800, height: 400, narrowest: 640 },
    );
    expect(lisbon).toBe("right-up");
    expect(madrid).toBe("right-down");
  });

  it("moves a country's name off a city's dot, and drops an optional name with no room", () => {
    const frame = { width: 800, height: 400 };
    expect(
      placeLabels([{ x: 400, y: 200, text: "Azerbaijan", sides: CENTRED }], {
        ...frame,
        dots: [{ x: 400, y: 206 }],
      }),
    ).toEqual(["above"]);
    // a 100-unit frame drawn 40 px wide: a ten-letter name is wider than the whole map
    const tiny = { width: 100, height: 40, narrowest: 40 };
    expect(placeLabels([{ x: 50, y: 20, text: "Montenegro", optional: true }], tiny)).toEqual([
      undefined,
    ]);
    expect(placeLabels([{ x: 50, y: 20, text: "Montenegro" }], tiny)[0]).toBeDefined();
  });
});

describe("mapLayout frames and wide screens", () => {
  const city = (id: string, lat: number, lon: number): MapPlace => ({
    id,
    label: id,
    name: id,
    kind: "city",
    href: `/${id}/`,
    coordinates: { lat, lon },
  });

  it("gives a lone city a region around it with minSpan", () => {
    const map = mapLayout(world, [city("Madrid", 40.4165, -3.70256)], {
      width: 360,
      height: 220,
      minSpan: [12, 8],
    });
    const [dot] = map.points;
    // the point sits in the middle of a frame that shows its neighbours
    expect(dot?.x).toBeGreaterThan(120);
    expect(dot?.x).toBeLessThan(240);
    expect(map.countries.map((c) => c.name)).toEqual(expect.arrayContaining(["Spain", "Portugal"]));
  });

  it("fits a city in a country that spans half the globe to the city, with maxSpan", () => {
    const us: MapPlace = {
      id: "us",
      label: "US",
      name: "United States",
      kind: "country",
      href: "/us/",
    };
    const dc = city("Washington", 38.89511, -77.03637);
    const whole = mapLayout(world, [us, dc], { width: 360, height: 220 });
    const near = mapLayout(world, [us, dc], {
      width: 360,
      height: 220,
      minSpan: [12, 8],
      maxSpan: 60,
    });
    // fitted to the mainland United States, not Alaska and Hawaii: the frame stops short of Asia
    expect(whole.countries.map((c) => c.name)).not.toContain("Japan");
    expect(whole.countries.map((c) => c.name)).toContain("Canada");
    expect(near.countries.map((c) => c.name)).not.toContain("Russia");
    expect(near.points[0]?.x).toBeGreaterThan(120);
    expect(near.points[0]?.x).toBeLessThan(240);
    expect(near.countries.find((c) => c.place?.id === "us")).toBeDefined();
  });

  it("fits a country to its mainland, so France's overseas parts do not pull in South America", () => {
    const france: MapPlace = {
      id: "fr",
      label: "France",
      name: "France",
      kind: "country",
      href: "/fr/",
    };
    const layout = mapLayout(world, [france, city("Paris", 48.85341, 2.3488)], {
      width: 360,
      height: 220,
    });
    const names = layout.countries.map((c) => c.name);
    expect(names).toContain("France");
    expect(names).not.toContain("Brazil");
    expect(names).not.toContain("Suriname");
  });

  it("keeps more country names for a wide screen, marked wideOnly, and none without wideAt", () => {
    const names = ["Poland", "Czechia", "Hungary", "Romania", "Ukraine", "Slovakia", "Belgium"];
    const countries: MapPlace[] = names.map((n) => ({
      id: n,
      label: n,
      name: n,
      kind: "country",
      href: `/${n}/`,
    }));
    const places = [
      ...countries,
      city("Warsaw", 52.22977, 21.01178),
      city("Prague", 50.08804, 14.42076),
    ];
    const options = {
      width: 800,
      height: 480,
      countryLabel: (_: string, p?: MapPlace) => p?.label,
    };
    const phone = mapLayout(world, places, options);
    const wide = mapLayout(world, places, { ...options, wideAt: 640 });
    expect(phone.countryLabels.some((l) => l.wideOnly)).toBe(false);
    expect(wide.countryLabels.length).toBeGreaterThan(phone.countryLabels.length);
    expect(wide.countryLabels.filter((l) => !l.wideOnly).map((l) => l.text)).toEqual(
      phone.countryLabels.map((l) => l.text),
    );
    for (const p of wide.points) expect(p.wideSide).toBeDefined();
  });
});

describe("country labels and the home country", () => {
  it("draw the home country apart and label the countries asked for, inside the frame", async () => {
    const { readFileSync } = await import("node:fs");
    const { createRequire } = await import("node:module");
    const world = JSON.parse(
      readFileSync(
        createRequire(import.meta.url).resolve("world-atlas/countries-50m.json"),
        "utf8",
      ),
    );
    const az = {
      id: "azerbaijan",
      label: "Azerbaijan",
      name: "Azerbaijan",
      href: "/az/",
      kind: "country" as const,
    };
    const ge = {
      id: "georgia",
      label: "Georgia",
      name: "Georgia",
      href: "/ge/",
      kind: "country" as const,
    };
    const map = mapLayout(world, [az, ge], {
      fit: (p) => p.id === "azerbaijan",
      home: "Azerbaijan",
      countryLabel: (name) => (name === "Armenia" ? "Armenia" : undefined),
    });
    expect(map.countries.filter((c) => c.home).map((c) => c.name)).toEqual(["Azerbaijan"]);
    expect(map.countries.find((c) => c.name === "Georgia")?.home).toBeUndefined();
    expect(map.countryLabels.map((l) => [l.text, l.home])).toEqual(
      expect.arrayContaining([
        ["Azerbaijan", true],
        ["Armenia", false],
      ]),
    );
    expect(map.countryLabels).toHaveLength(2);
    for (const l of map.countryLabels) {
      expect(l.x).toBeGreaterThan(0);
      expect(l.x).toBeLessThan(map.width);
    }
  });
});

describe("formatLatLon", () => {
  it("writes hemispheres as letters, never a minus sign", () => {
    expect(formatLatLon({ lat: 38.89511, lon: -77.03637 })).toBe("38.90° N, 77.04° W");
    expect(formatLatLon({ lat: -33.5, lon: 151 }, 3)).toBe("33.500° S, 151.000° E");
  });
});
