import {
  type GeoPermissibleObjects,
  geoArea,
  geoBounds,
  geoCentroid,
  geoConicConformal,
  geoPath,
} from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { BESIDE, CENTRED, type LabelSide, placeLabels } from "./map-labels.ts";

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
  countryLabels: {
    text: string;
    x: number;
    y: number;
    home: boolean;
    side: LabelSide;
    /** Where it sits on a wide screen (see `wideAt`); absent: not drawn there. */
    wideSide?: LabelSide;
    /** Not drawn on a phone (it fits only on a wide screen). */
    wideOnly?: true;
  }[];
  points: {
    place: MapPlace;
    x: number;
    y: number;
    label: boolean;
    /** Where the label sits around its dot (chosen so labels neither overlap nor leave the frame). */
    side: LabelSide;
    /** Where it sits on a wide screen (see `wideAt`). */
    wideSide: LabelSide;
  }[];
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
  /**
   * The map's width in CSS px on a wide screen: country names that do not fit on a phone but fit
   * at this width are kept, marked `wideOnly` (default: none; names are placed for a phone).
   */
  wideAt?: number;
  /**
   * The least extent, [degrees of longitude, of latitude], of a frame fitted to cities alone, so a
   * lone city has a region around it (a frame that fits a country's outline is left as it is).
   */
  minSpan?: [number, number];
  /** Countries wider than this many degrees of longitude are drawn but not fitted (the United States with Alaska). */
  maxSpan?: number;
}

/** Atlas names that differ from the dataset's English names. */
const ALIASES: Record<string, string> = {
  "United States": "United States of America",
  "Bosnia and Herzegovina": "Bosnia and Herz.",
  "North Macedonia": "Macedonia",
  Czechia: "Czech Rep.",
};

/** A point as readers write it, e.g. "38.90° N, 77.04° W" (hemisphere letters, never a minus sign). */
export function formatLatLon({ lat, lon }: { lat: number; lon: number }, digits = 2): string {
  const part = (v: number, pos: string, neg: string) =>
    `${Math.abs(v).toFixed(digits)}° ${v >= 0 ? pos : neg}`;
  return `${part(lat, "N", "S")}, ${part(lon, "E", "W")}`;
}

/** Degrees of longitude a feature spans (across the antimeridian, the short way round it). */
function lonSpan(f: GeoJSON.Feature): number {
  const [[west], [east]] = geoBounds(f as GeoPermissibleObjects);
  return east >= west ? east - west : east - west + 360;
}

/**
 * A country's largest polygon: what a frame fits, so that overseas parts (France's French Guiana,
 * Norway's Svalbard) do not stretch a map of Europe across the Atlantic.
 */
function mainland(f: GeoJSON.Feature): GeoJSON.Feature {
  if (f.geometry?.type !== "MultiPolygon") return f;
  const parts = f.geometry.coordinates.map(
    (coordinates): GeoJSON.Feature => ({
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates },
    }),
  );
  return parts.reduce((a, b) =>
    geoArea(b as GeoPermissibleObjects) > geoArea(a as GeoPermissibleObjects) ? b : a,
  );
}

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
    minSpan = [0, 0],
    maxSpan = 360,
    wideAt,
  }: MapOptions = {},
): MapLayout {
  const all = feature(world, world.objects.countries as GeometryCollection<{ name: string }>)
    .features as (GeoJSON.Feature<GeoJSON.Geometry, { name: string }> & { id?: string })[];
  const byName = new Map(all.map((f) => [f.properties.name, f]));
  // atlas scales name some countries differently (1:50m "Czech Rep.", 1:110m "Czechia")
  const countryOf = (p: MapPlace) => byName.get(ALIASES[p.name] ?? p.name) ?? byName.get(p.name);
  const focus: GeoJSON.Feature[] = [];
  let outlined = false;
  for (const p of places) {
    const country = p.kind === "country" ? countryOf(p) : undefined;
    const lonLat: [number, number] | undefined = p.coordinates
      ? [p.coordinates.lon, p.coordinates.lat]
      : country
        ? geoCentroid(country)
        : undefined;
    if (!fit(p, lonLat)) continue;
    if (country && lonSpan(country) <= maxSpan) {
      focus.push(mainland(country));
      outlined = true;
    }
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
  const bounds = (features: GeoJSON.Feature[]) =>
    geoBounds({ type: "FeatureCollection", features } as GeoPermissibleObjects);
  const [[w0, s0], [e0, n0]] = bounds(focus);
  // widen a frame smaller than minSpan about its centre (a single point has no extent at all)
  const [spanLon, spanLat] = minSpan;
  if (!outlined && (e0 - w0 < spanLon || n0 - s0 < spanLat)) {
    const [cx, cy] = [(w0 + e0) / 2, (s0 + n0) / 2];
    const dx = Math.max(e0 - w0, spanLon) / 2;
    const dy = Math.max(n0 - s0, spanLat) / 2;
    for (const lonLat of [
      [cx - dx, cy - dy],
      [cx + dx, cy + dy],
    ])
      focus.push({
        type: "Feature",
        properties: {},
        geometry: { type: "Point", coordinates: lonLat },
      });
  }
  const collection = { type: "FeatureCollection", features: focus } as GeoJSON.FeatureCollection;
  const [[west, south], [east, north]] = bounds(focus);
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
        side: "center",
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
      wideSide: "right-up",
    });
  }
  // one pass, in order of importance: the home country's name, the cities' names, then the other
  // countries' names wherever room is left (those that fit nowhere are left off)
  const labelled = points.filter((p) => p.label);
  const homeLabels = countryLabels.filter((l) => l.home);
  const others = countryLabels.filter((l) => !l.home);
  const inputs = [
    ...homeLabels.map((l) => ({ ...l, sides: CENTRED })),
    ...labelled.map((p) => ({ x: p.x, y: p.y, text: p.place.label, sides: BESIDE })),
    ...others.map((l) => ({ ...l, sides: CENTRED, optional: true })),
  ];
  // placed twice: for a phone, and for a wide screen, where there is room for more country names
  const narrow = placeLabels(inputs, { width, height, dots: points });
  const wide = wideAt
    ? placeLabels(inputs, { width, height, dots: points, narrowest: wideAt })
    : narrow;
  const n = homeLabels.length;
  homeLabels.forEach((l, i) => {
    l.side = narrow[i] ?? "center";
    l.wideSide = wide[i] ?? l.side;
  });
  labelled.forEach((p, i) => {
    p.side = narrow[n + i] ?? "right-up";
    p.wideSide = wide[n + i] ?? p.side;
  });
  const shown = others.filter((l, i) => {
    const j = n + labelled.length + i;
    const side = narrow[j] ?? wide[j];
    if (!side) return false;
    l.side = side;
    if (wide[j]) l.wideSide = wide[j];
    if (!narrow[j]) l.wideOnly = true;
    return true;
  });
  countryLabels.splice(0, countryLabels.length, ...homeLabels, ...shown);
  return { width, height, countries, countryLabels, points };
}
