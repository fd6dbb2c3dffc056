// Every kind of JSON-LD block the site writes, expanded by jsonld.js: no dropped term, and with the
// site's address known, no relative IRI anywhere; claimreview.json has none even without it.
import { type AnyRecord, collectionNames, dataset } from "@aznato/data";
import { describe, expect, it } from "vitest";
import { expandStrictly } from "../../test/jsonld-expand.ts";
import {
  claimReviewFeed,
  claimReviews,
  datasetJsonLd,
  type JsonLdNode,
  recordJsonLd,
} from "./jsonld.ts";
import {
  collectionPageJsonLd,
  dictionaryPageJsonLd,
  sourceDocumentPageJsonLd,
  timelinePageJsonLd,
} from "./jsonld-pages.ts";

const site = { base: "/viewer/", origin: "https://example.org" };
const downloads = ["aznato.zip", "dataset.json", "claimreview.json", "events.csv"].map((path) => ({
  path,
  bytes: new Uint8Array(1),
}));

/** Every block the site writes, by where it appears. */
function blocks(at: typeof site | { base: string }): [string, JsonLdNode][] {
  const out: [string, JsonLdNode][] = [
    ["home", datasetJsonLd({ downloads, keywords: ["nato"], site: at })],
    ["timeline", timelinePageJsonLd(at)],
    ["dictionary", dictionaryPageJsonLd(at)],
    ["claimreview.json", claimReviewFeed(at)],
    ...claimReviews(at).map((r, i) => [`fact-check ${i}`, r] as [string, JsonLdNode]),
  ];
  const document = sourceDocumentPageJsonLd(at);
  if (document) out.push(["source-document", document]);
  for (const collection of collectionNames) {
    out.push([collection, collectionPageJsonLd(collection, at)]);
    for (const record of dataset[collection] as readonly AnyRecord[]) {
      const ld = recordJsonLd(collection, record, at);
      if (ld) out.push([`${collection}/${record.id}`, ld]);
    }
  }
  return out;
}

// hundreds of blocks through jsonld.js: seconds on a loaded machine
describe("jsonld.js expands every block", { timeout: 180_000 }, () => {
  it("with SITE_URL: every IRI absolute, nothing dropped, on every kind of page", async () => {
    const all = blocks(site);
    expect(all.length).toBeGreaterThan(dataset.events.length + dataset.programmes.length);
    for (const [where, block] of all) {
      const { expanded, relative } = await expandStrictly(block, null);
      expect(relative, where).toEqual([]);
      expect(expanded.length, where).toBeGreaterThan(0);
      expect(JSON.stringify(expanded), where).toContain("https://example.org/viewer/");
    }
  });

  it("without it: claimreview.json is still all absolute, while page blocks need their page", async () => {
    const feed = await expandStrictly(claimReviewFeed({ base: "/" }), null);
    expect(feed.relative).toEqual([]);
    expect(JSON.stringify(feed.expanded)).toContain("http://schema.org/ClaimReview");
    // its ids sit under the release's package URL, which jsonld.js keeps as an absolute IRI
    expect(JSON.stringify(feed.expanded)).toMatch(
      /"@id":"pkg:npm\/%40aznato\/data@[^"#]+#claims\//,
    );
    expect(JSON.stringify(feed.expanded)).not.toContain("npmjs");
    // the check itself: a page's root-relative ids fail until read against the page's URL
    await expect(expandStrictly(claimReviews({ base: "/" })[0], null)).rejects.toThrow(
      /relative @id/i,
    );
    const resolved = await expandStrictly(
      claimReviews({ base: "/" })[0],
      "http://localhost:4321/fact-check/",
    );
    expect(resolved.relative).toEqual([]);
  });

  it("fails on a term jsonld.js would drop", async () => {
    await expect(
      expandStrictly(
        { "@context": "https://schema.org", "@id": "https://e.org/x", "@nme": "x" },
        null,
      ),
    ).rejects.toThrow(/Safe mode/);
  });
});
