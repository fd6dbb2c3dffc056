import {
  type GeoPermissibleObjects,
  geoBounds,
  geoCentroid,
  geoConicConformal,
  geoPath,
} from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface MapPlace {
  id: string;
  label: string;
  href: string;
  kind: "country" | "city" | "region";
  /** English name, matched against the atlas' country names. */
  name: string;
  /** The country a city is in (its place id). */
  country?: string | undefined;
  coordinates?: { lat: number; lon: number } | undefined;
}

export interface MapLayout {
  width: number;
  height: number;
  /** `home`: the country the map is about, drawn apart from its neighbours. */
  countries: { name: string; d: string; place?: MapPlace; home?: true }[];
  /** Country names (or what `countryLabel` says) at the centre of each one's visible part. */
  countryLabels: { text: string; x: number; y: number; home: boolean; side: LabelSide }[];
  points: {
    place: MapPlace;
    x: number;
    y: number;
    label: boolean;
    /** Where the label sits around its dot (chosen so labels neither overlap nor leave the frame). */
    side: LabelSide;
  }[];
}

/** A label's corner position relative to its dot. */
export type LabelSide = "right-up" | "left-up" | "right-down" | "left-down";

const SIDES: LabelSide[] = ["right-up", "left-up", "right-down", "left-down"];

/**
 * Picks a side for each label so that no two labels overlap, no label covers another dot and none
 * leaves the frame, for labels of a fixed size in CSS px drawn over a map scaled down to
 * `narrowest` px wide (the worst case: wider maps only move dots further apart). Label widths are
 * estimated from their length. A label that fits nowhere takes the first side inside the frame.
 */
export function placeLabels(
  points: readonly { x: number; y: number; text: string }[],
  {
    width,
    height,
    narrowest = 320,
    charPx = 8,
    linePx = 17,
    gapPx = 7,
    dotR = 6,
  }: {
    width: number;
    height: number;
    narrowest?: number;
    charPx?: number;
    linePx?: number;
    gapPx?: number;
    dotR?: number;
  },
): LabelSide[] {
  const k = width / narrowest;
  type Box = [number, number, number, number];
  const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const dots: Box[] = points.map((p) => [p.x - dotR, p.y - dotR, p.x + dotR, p.y + dotR]);
  const placed: Box[] = [];
  return points.map((p, i) => {
    const w = (p.text.length * charPx + 8) * k;
    const h = linePx * k;
    const g = gapPx * k;
    const boxOf = (side: LabelSide): Box => {
      const x0 = side.startsWith("right") ? p.x + g : p.x - g - w;
      const y0 = side.endsWith("up") ? p.y - h * 1.1 : p.y + h * 0.1;
      return [x0, y0, x0 + w, y0 + h];
    };
    const inFrame = (box: Box) => box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
    const fits = (box: Box) =>
      inFrame(box) &&
      !placed.some((b) => overlaps(b, box)) &&
      !dots.some((d, j) => j !== i && overlaps(d, box));
    // where nothing is free, a label at least stays inside the frame
    const side =
      SIDES.find((s) => fits(boxOf(s))) ?? SIDES.find((s) => inFrame(boxOf(s))) ?? "right-up";
    placed.push(boxOf(side));
    return side;
  });
}

export interface MapOptions {
  width?: number;
  height?: number;
  /** Places the frame is fitted to (default: all), given their point or country centroid. */
  fit?: (place: MapPlace, lonLat: [number, number] | undefined) => boolean;
  /** Points that get a text label (default: all); dense clusters read better without. */
  label?: (place: MapPlace) => boolean;
  /** The atlas name of the country the map is about (drawn apart, labelled unless `labelHome` is false). */
  home?: string;
  labelHome?: boolean;
  /** The label of a country in the frame (its atlas name, the dataset's place), or none. */
  countryLabel?: (name: string, place: MapPlace | undefined) => string | undefined;
}

/** Atlas names that differ from the dataset's English names. */
const ALIASES: Record<string, string> = {
  "United States": "United States of America",
  "Bosnia and Herzegovina": "Bosnia and Herz.",
  "North Macedonia": "Macedonia",
  Czechia: "Czech Rep.",
};

/**
 * Projects the atlas' country outlines around the dataset's places (conic conformal, fitted to the
 * places plus a margin) and keeps only outlines that fall inside the frame, to keep the SVG small.
 */
export function mapLayout(
  world: Topology,
  places: readonly MapPlace[],
  {
    width = 800,
    height = 480,
    fit = () => true,
    label = () => true,
    home,
    labelHome = true,
    countryLabel = () => undefined,
  }: MapOptions = {},
): MapLayout {
  const all = feature(world, world.objects.countries as GeometryCollection<{ name: string }>)
    .features as (GeoJSON.Feature<GeoJSON.Geometry, { name: string }> & { id?: string })[];
  const byName = new Map(all.map((f) => [f.properties.name, f]));
  // atlas scales name some countries differently (1:50m "Czech Rep.", 1:110m "Czechia")
  const countryOf = (p: MapPlace) => byName.get(ALIASES[p.name] ?? p.name) ?? byName.get(p.name);
  const focus: GeoJSON.Feature[] = [];
  for (const p of places) {
    const country = p.kind === "country" ? countryOf(p) : undefined;
    const lonLat: [number, number] | undefined = p.coordinates
      ? [p.coordinates.lon, p.coordinates.lat]
      : country
        ? geoCentroid(country)
        : undefined;
    if (!fit(p, lonLat)) continue;
    if (country) focus.push(country);
    if (p.coordinates) {
      focus.push({
        type: "Feature",
        properties: {},
        geometry: { type: "Point", coordinates: [p.coordinates.lon, p.coordinates.lat] },
      });
    }
  }
  // Azerbaijan alone when the dataset has no mappable place yet
  if (focus.length === 0) {
    const az = byName.get("Azerbaijan");
    if (az) focus.push(az);
  }
  const collection = { type: "FeatureCollection", features: focus } as GeoJSON.FeatureCollection;
  const [[west, south], [east, north]] = geoBounds(collection as GeoPermissibleObjects);
  const projection = geoConicConformal()
    .parallels([Math.max(south, 5), Math.min(north, 75)])
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [24, 24],
        [width - 24, height - 24],
      ],
      collection,
    )
    // clipping to the frame drops the off-screen parts of large countries (Russia, Iran)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);
  const matched = new Map<unknown, MapPlace>();
  for (const p of places) {
    const country = p.kind === "country" ? countryOf(p) : undefined;
    if (country) matched.set(country, p);
  }
  const countries: MapLayout["countries"] = [];
  const countryLabels: MapLayout["countryLabels"] = [];
  for (const f of all) {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    if (x1 < 0 || y1 < 0 || x0 > width || y0 > height || !Number.isFinite(x0)) continue;
    const d = path(f);
    if (!d) continue;
    const place = matched.get(f);
    const name = f.properties.name;
    countries.push({
      name,
      d,
      ...(place ? { place } : {}),
      ...(name === home ? { home: true } : {}),
    });
    const text =
      name === home ? (labelHome ? (place?.label ?? name) : undefined) : countryLabel(name, place);
    // the centre of the part inside the frame (clipped), so a label never sits off the map
    const [cx, cy] = path.centroid(f);
    if (text && Number.isFinite(cx) && cx > 0 && cy > 0 && cx < width && cy < height)
      countryLabels.push({
        text,
        x: Math.round(cx),
        y: Math.round(cy),
        home: name === home,
        side: "right-down",
      });
  }
  const points: MapLayout["points"] = [];
  for (const p of places) {
    if (!p.coordinates) continue;
    const xy = projection([p.coordinates.lon, p.coordinates.lat]);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) continue;
    points.push({
      place: p,
      x: Math.round(xy[0] * 10) / 10,
      y: Math.round(xy[1] * 10) / 10,
      label: label(p),
      side: "right-up",
    });
  }
  const labelled = points.filter((p) => p.label);
  const sides = placeLabels(
    labelled.map((p) => ({ x: p.x, y: p.y, text: p.place.label })),
    { width, height },
  );
  labelled.forEach((p, i) => {
    p.side = sides[i] ?? "right-up";
  });
  // country labels sit beside their centre, clear of each other and of the place labels' dots
  const countrySides = placeLabels(
    [
      ...countryLabels.map((l) => ({ x: l.x, y: l.y, text: l.text })),
      ...points.map((p) => ({ x: p.x, y: p.y, text: "" })),
    ],
    { width, height, dotR: 2 },
  );
  countryLabels.forEach((l, i) => {
    l.side = countrySides[i] ?? "right-down";
  });
  return { width, height, countries, countryLabels, points };
}
