/**
 * Where a label sits relative to its anchor: a corner beside a dot, or centred on (or just above or
 * below) a country's centre. PlacesMap.astro has one CSS transform for each.
 */
export type LabelSide =
  | "right-up"
  | "left-up"
  | "right-down"
  | "left-down"
  | "center"
  | "above"
  | "below";

/** The four corners beside a dot, in the order they are tried. */
export const CORNERS: readonly LabelSide[] = ["right-up", "left-up", "right-down", "left-down"];
/** A city's name: a corner beside its dot, else centred just above or below it. */
export const BESIDE: readonly LabelSide[] = [...CORNERS, "above", "below"];
/** A country's name: on its centre first, then just off it. */
export const CENTRED: readonly LabelSide[] = ["center", "above", "below", ...CORNERS];

export interface LabelInput {
  x: number;
  y: number;
  text: string;
  /** Sides to try, in order (default: the corners). */
  sides?: readonly LabelSide[] | undefined;
  /** A label that fits nowhere is left out rather than drawn over another. */
  optional?: boolean | undefined;
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Picks a side for each label, in order, so that no two labels overlap, no label covers a dot and
 * none leaves the frame, for labels of a fixed size in CSS px drawn over a map scaled down to
 * `narrowest` px wide (the worst case: wider maps only move anchors further apart). Label widths
 * are estimated from their length. A label that fits nowhere is dropped (`undefined`) if optional,
 * else takes the side inside the frame where it covers the least of other labels and dots.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  {
    width,
    height,
    dots = labels,
    narrowest = 320,
    charPx = 8,
    linePx = 17,
    gapPx = 7,
    dotR = 6,
  }: {
    width: number;
    height: number;
    /** Marks no label may cover (default: the labels' own anchors). */
    dots?: readonly { x: number; y: number }[];
    narrowest?: number;
    charPx?: number;
    linePx?: number;
    gapPx?: number;
    dotR?: number;
  },
): (LabelSide | undefined)[] {
  const k = width / narrowest;
  function boxFor(p: LabelInput, side: LabelSide): Box {
    const w = (p.text.length * charPx + 8) * k;
    const h = linePx * k;
    const g = gapPx * k;
    if (side === "center" || side === "above" || side === "below") {
      const y0 = side === "center" ? p.y - h / 2 : side === "above" ? p.y - h * 1.6 : p.y + h * 0.6;
      return [p.x - w / 2, y0, p.x + w / 2, y0 + h];
    }
    const x0 = side.startsWith("right") ? p.x + g : p.x - g - w;
    const y0 = side.endsWith("up") ? p.y - h * 1.1 : p.y + h * 0.1;
    return [x0, y0, x0 + w, y0 + h];
  }
  const inFrame = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= width && b[3] <= height;
  const dotBoxes: Box[] = dots.map((d) => [d.x - dotR, d.y - dotR, d.x + dotR, d.y + dotR]);
  const placed: Box[] = [];
  const result: (LabelSide | undefined)[] = [];
  // required labels before optional ones, and among them those with the fewest sides inside the
  // frame first (near an edge), so a label with room to move does not take a cornered one's place
  const order = labels
    .map((p, i) => ({
      p,
      i,
      free: (p.sides ?? CORNERS).filter((s) => inFrame(boxFor(p, s))).length,
    }))
    .sort(
      (a, b) =>
        Number(a.p.optional ?? false) - Number(b.p.optional ?? false) ||
        a.free - b.free ||
        a.i - b.i,
    );
  for (const { p, i } of order) result[i] = place(p);
  return result;

  function place(p: LabelInput): LabelSide | undefined {
    const boxOf = (side: LabelSide) => boxFor(p, side);
    // a label's own anchor never blocks it: a dot sits inside the frame of its label's corner
    const own = (d: Box) => d[0] + dotR === p.x && d[1] + dotR === p.y;
    const fits = (b: Box) =>
      inFrame(b) &&
      !placed.some((o) => overlaps(o, b)) &&
      !dotBoxes.some((d) => !own(d) && overlaps(d, b));
    const sides = p.sides ?? CORNERS;
    // crowded out everywhere, a label that must be drawn goes where it covers least
    const area = (a: Box, b: Box) =>
      Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
      Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
    const covered = (b: Box) =>
      placed.reduce((sum, o) => sum + area(o, b), 0) +
      dotBoxes.reduce((sum, d) => sum + (own(d) ? 0 : area(d, b)), 0);
    const least = () => {
      const inside = sides.filter((s) => inFrame(boxOf(s)));
      const pool = inside.length > 0 ? inside : sides;
      return pool.reduce((best, s) => (covered(boxOf(s)) < covered(boxOf(best)) ? s : best));
    };
    const side = sides.find((s) => fits(boxOf(s))) ?? (p.optional ? undefined : least());
    if (side) placed.push(boxOf(side));
    return side;
  }
}
