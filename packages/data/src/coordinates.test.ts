import { describe, expect, it } from "vitest";
import { dataset } from "./index.js";

const cities = dataset.places.filter((p) => p.kind === "city");
const quotesOf = (place: (typeof cities)[number]) => place.citations.map((c) => c.quote);
const sourceOf = (id: string) => dataset.sources.find((s) => s.id === id);

describe("coordinates of places", () => {
  it("gives every city a point", () => {
    expect(cities.filter((c) => c.coordinates === undefined).map((c) => c.id)).toEqual([]);
  });

  // the numbers are copied, not computed: each appears, digit for digit, in a quote of the record
  it("takes each point's digits from a quote of its own citations", () => {
    for (const place of dataset.places) {
      if (!place.coordinates) continue;
      const { lat, lon } = place.coordinates;
      const quoted = quotesOf(place).some(
        (q) => q.includes(String(Math.abs(lat))) && q.includes(String(Math.abs(lon))),
      );
      expect(quoted, place.id).toBe(true);
    }
  });

  it("cites at least two sources of different publishers for every point", () => {
    for (const place of dataset.places) {
      if (!place.coordinates) continue;
      const publishers = new Set(
        place.citations
          .filter((c) => /\d°|"lat":/.test(c.quote))
          .map((c) => sourceOf(c.source)?.publisher),
      );
      expect(publishers.size, place.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("puts Washington west of Greenwich and Kabul east of Baku", () => {
    const at = (id: string) => dataset.places.find((p) => p.id === id)?.coordinates;
    expect(at("washington")?.lon).toBeLessThan(0);
    expect(at("kabul")?.lon).toBeGreaterThan(at("baku")?.lon ?? Infinity);
  });
});
