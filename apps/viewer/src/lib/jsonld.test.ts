import {
  type AnyRecord,
  type CollectionName,
  collectionNames,
  dataset,
  datasetMeta,
  verdicts,
} from "@aznato/data";
import { dataDictionary } from "@aznato/data/schema";
import { describe, expect, it } from "vitest";
import {
  claimReviewFeed,
  claimReviews,
  datasetJsonLd,
  encodingFormat,
  licenceTerms,
  ratingScale,
  recordJsonLd,
  scriptJson,
  shippedTexts,
  siteUrl,
  temporalCoverage,
  UNRATED_VERDICTS,
  verdictMeanings,
  verdictRating,
  wikidataUri,
} from "./jsonld.ts";

const site = { base: "/", origin: "https://example.org/" };
const bytes = new Uint8Array(3);
const downloads = ["x.zip", "dataset.json", "claimreview.json", "events.csv"].map((path) => ({
  path,
  bytes,
}));

describe("site URLs", () => {
  it("are absolute with an origin and root-relative without, honouring the base", () => {
    expect(siteUrl("events/", site)).toBe("https://example.org/events/");
    expect(siteUrl("events/", { base: "/viewer/", origin: "https://e.org" })).toBe(
      "https://e.org/viewer/events/",
    );
    expect(siteUrl("events/", { base: "/viewer" })).toBe("/viewer/events/");
  });
});

describe("the Dataset", () => {
  const ld = datasetJsonLd({ downloads, keywords: ["nato"], site });

  it("has the properties the issue asks for, from the metadata", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      name: datasetMeta.title,
      description: datasetMeta.description,
      version: datasetMeta.version,
      dateModified: datasetMeta.asOf,
      isAccessibleForFree: true,
      url: "https://example.org/",
    });
    for (const key of ["creator", "temporalCoverage", "spatialCoverage", "keywords", "citation"]) {
      expect(ld[key], key).toBeTruthy();
    }
    expect(ld.citation).toContain(datasetMeta.version);
    expect(ld.keywords).toEqual(
      expect.arrayContaining(["nato", ...dataset.areas.map((a) => a.name.en)]),
    );
    expect(ld.temporalCoverage).toBe(temporalCoverage());
    expect(String(ld.temporalCoverage).endsWith(`/${datasetMeta.asOf}`)).toBe(true);
    expect((ld.spatialCoverage as unknown[]).length).toBe(dataset.places.length);
  });

  it("is sameAs the registry's page only once the registry has the version", () => {
    expect(ld.sameAs).toBeUndefined();
    expect(JSON.stringify(ld)).not.toContain("npmjs");
    const registry = "https://www.npmjs.com/package/@aznato/data/v/9.9.9";
    const published = { ...datasetMeta, home: { registry } };
    expect(datasetJsonLd({ downloads, keywords: [], site, meta: published }).sameAs).toBe(registry);
  });

  it("gives both licences with what each covers, and says what CC BY does not cover", () => {
    const licences = ld.license as { identifier: string; url: string; description: string }[];
    expect(licences.map((l) => l.identifier).sort()).toEqual(
      datasetMeta.licenses.map((l) => l.name).sort(),
    );
    for (const l of licences) expect(l.description.length).toBeGreaterThan(10);
    const data = licenceTerms().find((l) => l.scope === "data");
    expect(shippedTexts().length).toBeGreaterThan(0);
    for (const source of shippedTexts()) {
      expect(data?.covers).toContain(`does not cover the full text of`);
      expect(data?.covers).toContain(source.title);
    }
  });

  it("has a DataDownload with media type and URL for every download", () => {
    const dist = ld.distribution as Record<string, unknown>[];
    expect(dist.map((d) => d.name)).toEqual(downloads.map((d) => d.path));
    expect(dist.map((d) => d.encodingFormat)).toEqual([
      "application/zip",
      "application/json",
      "application/ld+json",
      "text/csv",
    ]);
    for (const d of dist) {
      expect(d["@type"]).toBe("DataDownload");
      expect(d.contentUrl).toBe(`https://example.org/downloads/${d.name}`);
    }
    expect(() => encodingFormat("notes.txt")).toThrow(/notes\.txt/);
  });
});

describe("the fact check as ClaimReview", () => {
  it("rates each verdict that judges truth on one scale, best first, distinct values from 1", () => {
    const scale = verdicts.filter((v) => !UNRATED_VERDICTS.includes(v));
    const values = ratingScale().flatMap((r) =>
      r.ratingValue === undefined ? [] : [r.ratingValue],
    );
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(scale.length);
    expect(Math.min(...values)).toBe(1);
    for (const v of scale) {
      const r = verdictRating(v);
      expect(r.alternateName).toBe(v);
      expect(r.bestRating).toBe(scale.length);
      expect(r.worstRating).toBe(1);
    }
    expect(() => verdictRating("made-up" as never)).toThrow(RangeError);
  });

  it("gives unverified no number: no other source found is not a falsity score", () => {
    expect(UNRATED_VERDICTS).toEqual(["unverified"]);
    expect(verdictRating("unverified")).toEqual({ "@type": "Rating", alternateName: "unverified" });
    expect(verdictRating("incorrect").ratingValue).toBe(1);
    expect(verdictRating("confirmed").ratingValue).toBe(verdictRating("confirmed").bestRating);
  });

  it("documents the meaning of every verdict from the schema's own description", () => {
    const description = dataDictionary("claims").find((f) => f.path === "verdict")?.description;
    const meanings = verdictMeanings(description ?? "");
    expect(Object.keys(meanings).sort()).toEqual([...verdicts].sort());
  });

  it("has one review per claim, pointing at the claim's page and the article it appeared in", () => {
    const reviews = claimReviews(site);
    expect(reviews).toHaveLength(dataset.claims.length);
    for (const review of reviews) {
      const claim = dataset.claims.find(
        (c) => review.url === `https://example.org/claims/${c.id}/`,
      );
      if (!claim) throw new Error(`no claim for ${review.url}`);
      const source = dataset.sources.find((s) => s.id === claim.statement.source);
      expect(review).toMatchObject({
        "@type": "ClaimReview",
        claimReviewed: claim.statement.quote,
        datePublished: claim.checked,
        reviewRating: { alternateName: claim.verdict, ratingExplanation: claim.explanation },
        itemReviewed: {
          "@type": "Claim",
          appearance: {
            "@type": "CreativeWork",
            name: source?.title,
            publisher: { "@type": "Organization", name: source?.publisher },
            datePublished: source?.published,
          },
        },
      });
      expect((review.author as { name: string }).name).toBeTruthy();
    }
  });

  it("puts the same reviews in claimreview.json's DataFeed", () => {
    const feed = claimReviewFeed(site);
    expect(feed["@type"]).toBe("DataFeed");
    expect(feed["@id"]).toBe("https://example.org/downloads/claimreview.json");
    expect(feed.dataFeedElement).toEqual(
      claimReviews(site).map(({ "@context": _, ...rest }) => rest),
    );
  });

  it("without the site's address, gives claimreview.json absolute ids and no relative URLs", () => {
    const feed = claimReviewFeed({ base: "/" });
    const text = JSON.stringify(feed);
    expect(text).not.toMatch(/"\/(claims|fact-check|downloads)?\/?/);
    const reviews = feed.dataFeedElement as Record<string, unknown>[];
    expect(reviews).toHaveLength(dataset.claims.length);
    // under the release's package URL: absolute, and no web page that could answer 404
    const release = `pkg:npm/%40aznato/data@${datasetMeta.version}`;
    expect(feed["@id"]).toBe(`${release}#claimreview`);
    expect(new Set(reviews.map((r) => r["@id"]))).toEqual(
      new Set(dataset.claims.map((c) => `${release}#claims/${c.id}`)),
    );
    for (const review of reviews) expect(review.url).toBeUndefined();
    expect(text).not.toContain("npmjs");
    // on a page, root-relative URLs resolve against the page: they stay
    expect(claimReviews({ base: "/" })[0]?.url).toMatch(/^\/claims\//);
  });
});

describe("record JSON-LD", () => {
  const expected: Partial<Record<CollectionName, string[]>> = {
    events: ["Event"],
    operations: ["Event"],
    people: ["Person"],
    places: ["Country", "City", "AdministrativeArea"],
    organizations: ["Organization", "GovernmentOrganization"],
    programmes: ["Project"],
    checklists: ["ItemList"],
    sources: ["CreativeWork"],
    areas: ["DefinedTerm"],
    claims: ["ClaimReview"],
  };

  it("types every record as fits, with its page as url and the Wikidata entity as sameAs", () => {
    for (const collection of collectionNames) {
      for (const record of dataset[collection] as readonly AnyRecord[]) {
        const ld = recordJsonLd(collection, record, site);
        if (!expected[collection]) {
          expect(ld).toBeUndefined();
          continue;
        }
        expect(expected[collection]).toContain(ld?.["@type"]);
        expect(ld?.url).toBe(`https://example.org/${collection}/${record.id}/`);
        const qid = (record as { wikidata?: string }).wikidata;
        const same = [ld?.sameAs].flat().filter(Boolean);
        if (qid) expect(same).toContain(`http://www.wikidata.org/entity/${qid}`);
        else expect(same.some((s) => String(s).includes("wikidata.org"))).toBe(false);
      }
    }
  });

  it("links an event's places by node id, with their Wikidata entities", () => {
    const event = dataset.events.find((e) =>
      e.places.some((p) => dataset.places.find((x) => x.id === p)?.wikidata),
    );
    if (!event) throw new Error("no event at a place with a QID");
    const ld = recordJsonLd("events", event, site);
    const locations = ld?.location as { "@id": string; sameAs?: string }[];
    expect(locations.map((l) => l["@id"])).toEqual(
      event.places.map((p) => `https://example.org/places/${p}/#record`),
    );
    const place = dataset.places.find((p) => event.places.includes(p.id as never) && p.wikidata);
    expect(locations.map((l) => l.sameAs)).toContain(wikidataUri(place?.wikidata ?? ""));
  });
});

describe("JSON in a script element", () => {
  it("cannot close the script or open markup, and parses back to the same value", () => {
    const value = { quote: "</script><b>&amp;\u2028", n: 1 };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
