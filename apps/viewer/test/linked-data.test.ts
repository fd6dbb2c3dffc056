// The built site's linked data: JSON-LD, JSON twins, the zip of everything and the quote selectors.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { exportParquet, exportWorkbook } from "@aznato/csv";
import {
  type AnyRecord,
  type CollectionName,
  collectionNames,
  dataset,
  datasetMeta,
  getById,
  related,
  releaseIri,
  type Source,
  verdicts,
} from "@aznato/data";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipBundle } from "../src/lib/bundle.ts";
import { dist } from "./helpers.ts";
import { expandStrictly } from "./jsonld-expand.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const files = walk(dist).filter((f) => !relative(dist, f).startsWith("api"));
const pages = files.filter((f) => f.endsWith(".html"));
const html = (path: string) => readFileSync(join(dist, path), "utf8");
const readJson = (path: string) => JSON.parse(readFileSync(join(dist, path), "utf8"));
const pagePath = (file: string) => `/${relative(dist, file).replace(/index\.html$/, "")}`;

type Node = Record<string, unknown>;

/** Every JSON-LD block of a page, parsed: the test fails on a block that is not JSON. */
function jsonLdBlocks(text: string, where: string): unknown[] {
  return [...text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => {
      const body = m[1] ?? "";
      // escaped so that no quote can close the script or open markup
      expect(body, where).not.toMatch(/[<>]/);
      return JSON.parse(body);
    },
  );
}

/** The top-level nodes of the blocks (a block may hold one node, an array or a @graph). */
const nodesOf = (blocks: unknown[]): Node[] =>
  blocks.flatMap((b) => (Array.isArray(b) ? b : ((b as Node)["@graph"] ?? [b]))) as Node[];

// The properties each type must have, as the issue lists them, stated here independently of the
// code that writes them.
const required: Record<string, string[]> = {
  Dataset: [
    "name",
    "description",
    "version",
    "dateModified",
    "license",
    "creator",
    "temporalCoverage",
    "spatialCoverage",
    "keywords",
    "citation",
    "isAccessibleForFree",
    "distribution",
    "url",
  ],
  ClaimReview: ["claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished", "url"],
  Event: ["name", "startDate", "url"],
  Person: ["name", "url"],
  Country: ["name", "url"],
  City: ["name", "url"],
  AdministrativeArea: ["name", "url"],
  Organization: ["name", "url"],
  GovernmentOrganization: ["name", "url"],
  CreativeWork: ["name", "publisher", "url"],
  DefinedTerm: ["name", "inDefinedTermSet", "url"],
  Project: ["name", "description", "url"],
  ItemList: ["name", "url", "numberOfItems", "itemListElement"],
  CollectionPage: ["name", "url", "isPartOf", "mainEntity"],
  DefinedTermSet: ["name", "url", "hasDefinedTerm"],
  WebPage: ["name", "url", "about"],
};

/** What each collection's record pages describe. */
const typesOf: Partial<Record<CollectionName, string[]>> = {
  events: ["Event"],
  operations: ["Event"],
  people: ["Person"],
  places: ["Country", "City", "AdministrativeArea"],
  organizations: ["Organization", "GovernmentOrganization"],
  programmes: ["Project"],
  sources: ["CreativeWork"],
  areas: ["DefinedTerm"],
  claims: ["ClaimReview"],
  checklists: ["ItemList"],
};

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

function checkClaimReview(node: Node, where: string) {
  const item = node.itemReviewed as Node;
  expect(item["@type"], where).toBe("Claim");
  const appearance = item.appearance as Node;
  expect(appearance["@type"], where).toBe("CreativeWork");
  expect((appearance.publisher as Node).name, where).toBeTruthy();
  expect(appearance.datePublished, where).toBeTruthy();
  const rating = node.reviewRating as Node;
  expect(verdicts, where).toContain(rating.alternateName);
  // "no other source found" is no score of truth: unverified has no number
  if (rating.alternateName === "unverified") {
    expect(Object.keys(rating).sort(), where).toEqual([
      "@type",
      "alternateName",
      "ratingExplanation",
    ]);
    return;
  }
  for (const key of ["ratingValue", "bestRating", "worstRating"]) {
    expect(typeof rating[key], `${where} ${key}`).toBe("number");
  }
  expect(rating.ratingValue as number).toBeGreaterThanOrEqual(rating.worstRating as number);
  expect(rating.ratingValue as number).toBeLessThanOrEqual(rating.bestRating as number);
  expect((node.author as Node).name, where).toBeTruthy();
}

const ldByPage = new Map(
  pages.map((f) => [pagePath(f), nodesOf(jsonLdBlocks(readFileSync(f, "utf8"), f))]),
);

/** Pages that describe no data: the search form, the about page and the 404 page. */
const withoutData = new Set(["/search/", "/about/", "/404.html"]);
/** Where `pnpm start` serves the site: what a crawler of a local preview reads the pages against. */
const PREVIEW = "http://localhost:4321";

describe("JSON-LD read by jsonld.js", () => {
  it("is on every page that shows data", () => {
    const missing = [...ldByPage].filter(
      ([path, nodes]) => nodes.length === 0 && !withoutData.has(path),
    );
    expect(missing.map(([path]) => path)).toEqual([]);
    expect(ldByPage.size).toBeGreaterThan(dataset.events.length);
  });

  it("expands on every page against the page's URL, dropping no term and leaving no relative IRI", async () => {
    let blocks = 0;
    for (const file of pages) {
      const path = pagePath(file);
      for (const block of jsonLdBlocks(readFileSync(file, "utf8"), path)) {
        blocks++;
        const { relative } = await expandStrictly(block, `${PREVIEW}${path}`);
        expect(relative, path).toEqual([]);
      }
    }
    expect(blocks).toBeGreaterThan(dataset.events.length);
  });

  it("expands claimreview.json on its own, as downloaded and in the zip: every IRI absolute", async () => {
    const downloaded = readFileSync(join(dist, "downloads/claimreview.json"));
    const zipped = Object.entries(
      unzipSync(new Uint8Array(readFileSync(join(dist, zipHref())))),
    ).find(([name]) => name.endsWith("/claimreview.json"))?.[1];
    expect(zipped && Buffer.from(zipped).equals(downloaded)).toBe(true);
    const { expanded, relative } = await expandStrictly(
      JSON.parse(downloaded.toString("utf8")),
      null,
    );
    expect(relative).toEqual([]);
    const reviews = JSON.stringify(expanded).match(/http:\/\/schema\.org\/ClaimReview/g) ?? [];
    expect(reviews).toHaveLength(dataset.claims.length);
  });
});

/** The zip of everything, as the home page links it. */
function zipHref(): string {
  const href = /href="([^"]+\.zip)"/.exec(html("index.html"))?.[1];
  if (!href) throw new Error("the home page links no zip");
  return href.replace(/^\//, "");
}

describe("JSON-LD", () => {
  it("parses on every page, is schema.org, and has the required properties of its type", () => {
    let count = 0;
    for (const [path, nodes] of ldByPage) {
      for (const node of nodes) {
        count++;
        const type = node["@type"] as string;
        expect(node["@context"], path).toBe("https://schema.org");
        expect(Object.keys(required), `${path}: unexpected type`).toContain(type);
        for (const key of required[type] ?? []) {
          expect(isEmpty(node[key]), `${path}: ${type} lacks ${key}`).toBe(false);
        }
        if (type === "ClaimReview") checkClaimReview(node, path);
      }
    }
    expect(count).toBeGreaterThan(dataset.events.length);
  });

  it("describes the dataset on the home page: version, licences, coverage and every download", () => {
    const nodes = ldByPage.get("/") ?? [];
    const ds = nodes.find((n) => n["@type"] === "Dataset");
    if (!ds) throw new Error("no Dataset on the home page");
    expect(ds.version).toBe(datasetMeta.version);
    expect(ds.dateModified).toBe(datasetMeta.asOf);
    expect(ds.isAccessibleForFree).toBe(true);
    expect(String(ds.citation)).toContain(datasetMeta.version);
    const licences = ds.license as Node[];
    for (const l of datasetMeta.licenses) {
      const entry = licences.find((x) => x.url === l.path);
      expect(entry?.description, l.name).toBeTruthy();
    }
    // CC BY does not cover the shipped source text: the data licence says so
    const data = datasetMeta.licenses.find((l) => l.scope === "data");
    const dataEntry = String(licences.find((x) => x.url === data?.path)?.description);
    for (const s of dataset.sources.filter((s) => s.text)) {
      expect(dataEntry).toContain(s.title);
      expect(dataEntry).toMatch(/does not cover/);
    }
    // the data files; index.html is the downloads page itself
    const offered = readdirSync(join(dist, "downloads"))
      .filter((f) => f !== "index.html")
      .sort();
    const distribution = ds.distribution as Node[];
    expect(
      distribution.map((d) => String(d.contentUrl).replace(/^.*\/downloads\//, "")).sort(),
    ).toEqual(offered);
    for (const d of distribution) {
      expect(d["@type"]).toBe("DataDownload");
      expect(d.encodingFormat, String(d.name)).toMatch(
        /^(text\/csv|application\/(json|ld\+json|zip|vnd\.sqlite3|vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet))$/,
      );
    }
  });

  it("has one ClaimReview per claim on the fact-check page, the same as claimreview.json", () => {
    const reviews = (ldByPage.get("/fact-check/") ?? []).filter(
      (n) => n["@type"] === "ClaimReview",
    );
    expect(reviews).toHaveLength(dataset.claims.length);
    expect(new Set(reviews.map((r) => String(r.url).replace(/^https?:\/\/[^/]+/, ""))).size).toBe(
      dataset.claims.length,
    );
    for (const claim of dataset.claims) {
      const review = reviews.find((r) => String(r.url).endsWith(`/claims/${claim.id}/`));
      expect(review?.claimReviewed, claim.id).toBe(claim.statement.quote);
      expect((review?.reviewRating as Node | undefined)?.alternateName).toBe(claim.verdict);
    }
    const feed = readJson("downloads/claimreview.json");
    expect(feed["@type"]).toBe("DataFeed");
    // the same reviews; read away from the site, the feed's ids are absolute and it has no page URLs
    const elements = feed.dataFeedElement as Node[];
    expect(elements.map((r) => [r.claimReviewed, r.reviewRating])).toEqual(
      reviews.map((r) => [r.claimReviewed, r.reviewRating]),
    );
    // under the site's address (SITE_URL), else under the release's package URL: never a dead page
    const release = `${releaseIri(datasetMeta)}#claims/`;
    for (const element of elements) {
      const id = String(element["@id"]);
      expect(id.startsWith("https://") || id.startsWith(release), id).toBe(true);
      expect(id).not.toContain("npmjs");
    }
  });

  it("types each record page as fits, with sameAs the Wikidata entity where there is a QID", () => {
    let withQid = 0;
    for (const collection of collectionNames) {
      for (const record of dataset[collection] as readonly AnyRecord[]) {
        const path = `/${collection}/${record.id}/`;
        const nodes = ldByPage.get(path);
        if (!nodes) throw new Error(`no page ${path}`);
        const expected = typesOf[collection];
        if (!expected) {
          expect(nodes, path).toEqual([]);
          continue;
        }
        expect(nodes, path).toHaveLength(1);
        const node = nodes[0] as Node;
        expect(expected, path).toContain(node["@type"]);
        expect(String(node.url).endsWith(path), path).toBe(true);
        const qid = (record as { wikidata?: string }).wikidata;
        const same = [node.sameAs].flat().map(String);
        if (qid) {
          withQid++;
          expect(same, path).toContain(`http://www.wikidata.org/entity/${qid}`);
        } else
          expect(
            same.some((s) => s.includes("wikidata")),
            path,
          ).toBe(false);
      }
    }
    expect(withQid).toBeGreaterThan(0);
  });
});

/** The JSON twin links of a page. */
const twinLinks = (text: string) =>
  [...text.matchAll(/<link rel="alternate" type="application\/json" href="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );

describe("JSON twins", () => {
  it("every twin link of every page resolves to a JSON file", () => {
    let links = 0;
    for (const file of pages) {
      for (const href of twinLinks(readFileSync(file, "utf8"))) {
        links++;
        const target = join(dist, decodeURIComponent(href));
        expect(existsSync(target), `${pagePath(file)} → ${href}`).toBe(true);
        expect(() => JSON.parse(readFileSync(target, "utf8")), href).not.toThrow();
      }
    }
    expect(links).toBeGreaterThan(dataset.events.length);
  });

  it("each record page links the record with its citations, selectors and related ids", () => {
    const full = readJson("downloads/dataset.json");
    for (const collection of collectionNames) {
      for (const record of dataset[collection] as readonly AnyRecord[]) {
        const links = twinLinks(html(`${collection}/${record.id}/index.html`));
        expect(links, record.id).toHaveLength(1);
        const twin = JSON.parse(readFileSync(join(dist, links[0] as string), "utf8"));
        expect(twin.collection).toBe(collection);
        expect(twin.id).toBe(record.id);
        expect(twin.dataset.version).toBe(datasetMeta.version);
        expect(twin.dataset.asOf).toBe(datasetMeta.asOf);
        expect(twin.record).toEqual(full[collection].find((r: AnyRecord) => r.id === record.id));
        const ids = (list: { id: string; direction: string; field: string }[]) =>
          list.map((r) => `${r.direction} ${r.field} ${r.id}`).sort();
        expect(ids(twin.related)).toEqual(ids(related(record.id)));
        for (const c of twin.citations) {
          expect(getById(c.source.id), c.source.id).toBeDefined();
          expect(c.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: c.quote });
        }
      }
    }
  });

  it("each collection page links a JSON of its table", () => {
    for (const collection of collectionNames) {
      const links = twinLinks(html(`${collection}/index.html`));
      expect(links, collection).toHaveLength(1);
      const twin = JSON.parse(readFileSync(join(dist, links[0] as string), "utf8"));
      expect(twin.count).toBe(dataset[collection].length);
      expect(twin.records.map((r: { record: AnyRecord }) => r.record.id)).toEqual(
        dataset[collection].map((r) => r.id),
      );
    }
  });

  it("are documented on the About page", () => {
    const about = html("about/index.html");
    expect(about).toContain("Static read-only API");
    expect(about).toContain('href="/index.json"');
    for (const v of verdicts) expect(about).toMatch(new RegExp(`<td[^>]*>${v}</td>`));
  });
});

describe("the zip of everything", () => {
  const home = html("index.html");
  const href = /href="([^"]+\.zip)"/.exec(home)?.[1];
  const zip = () => {
    if (!href) throw new Error("the home page links no zip");
    return new Uint8Array(readFileSync(join(dist, href)));
  };

  it("is linked from the home page and holds every download, byte for byte", () => {
    const entries = unzipSync(zip());
    const names = Object.keys(entries);
    const folder = names[0]?.split("/")[0];
    expect(folder).toContain(datasetMeta.version);
    expect(names.every((n) => n.startsWith(`${folder}/`))).toBe(true);
    expect(names).toEqual([...names].sort());
    const offered = readdirSync(join(dist, "downloads")).filter(
      (f) => !f.endsWith(".zip") && f !== "index.html",
    );
    for (const name of [...offered, "datapackage.json", "dataset.json", "claimreview.json"]) {
      const entry = entries[`${folder}/${name}`];
      expect(entry, name).toBeDefined();
      expect(
        Buffer.from(entry as Uint8Array).equals(readFileSync(join(dist, "downloads", name))),
        name,
      ).toBe(true);
    }
    const pkg = dirname(createRequire(import.meta.url).resolve("@aznato/data/package.json"));
    for (const name of ["LICENSE", "LICENSE-DATA", "CITATION.cff"]) {
      expect(
        Buffer.from(entries[`${folder}/${name}`] ?? []).equals(readFileSync(join(pkg, name))),
        name,
      ).toBe(true);
    }
    // besides the downloads, the formats only the zip carries, each in its folder (parquet/)
    const inFolders = names.filter((n) => n.slice(`${folder}/`.length).includes("/"));
    expect(inFolders.every((n) => n.startsWith(`${folder}/parquet/`))).toBe(true);
    expect(
      names
        .filter((n) => !inFolders.includes(n))
        .map((n) => n.slice(`${folder}/`.length))
        .sort(),
    ).toEqual(
      [...offered, "LICENSE", "LICENSE-DATA", "CITATION.cff", "README.md", "SHA256SUMS"].sort(),
    );
  });

  it("holds the workbook and the Parquet folder, as the exporter writes them", async () => {
    const entries = unzipSync(zip());
    const folder = Object.keys(entries)[0]?.split("/")[0] as string;
    const workbook = entries[`${folder}/aznato.xlsx`];
    expect(workbook && Buffer.from(workbook).equals(await exportWorkbook())).toBe(true);
    const parquet = await exportParquet();
    for (const file of parquet) {
      const entry = entries[`${folder}/parquet/${file.path}`];
      expect(entry && Buffer.from(entry).equals(file.bytes), file.path).toBe(true);
    }
    expect(parquet.filter((f) => f.path.endsWith(".parquet")).length).toBeGreaterThan(50);
  });

  it("has a SHA256SUMS that matches every other file", () => {
    const entries = unzipSync(zip());
    const folder = Object.keys(entries)[0]?.split("/")[0];
    const sums = new TextDecoder().decode(entries[`${folder}/SHA256SUMS`]);
    const listed = sums
      .trimEnd()
      .split("\n")
      .map((line) => {
        const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
        if (!m) throw new Error(`bad SHA256SUMS line ${line}`);
        return [m[2] as string, m[1] as string] as const;
      });
    const others = Object.keys(entries)
      .map((n) => n.slice(`${folder}/`.length))
      .filter((n) => n !== "SHA256SUMS");
    expect(listed.map(([name]) => name).sort()).toEqual(others.sort());
    for (const [name, hash] of listed) {
      const bytes = entries[`${folder}/${name}`] as Uint8Array;
      expect(createHash("sha256").update(bytes).digest("hex"), name).toBe(hash);
    }
  });

  it("has a README with the coverage statement, the loading recipes and the exact citation", () => {
    const entries = unzipSync(zip());
    const folder = Object.keys(entries)[0]?.split("/")[0];
    const readme = new TextDecoder().decode(entries[`${folder}/README.md`]);
    const pkg = dirname(createRequire(import.meta.url).resolve("@aznato/data/package.json"));
    const source = readFileSync(join(pkg, "README.md"), "utf8");
    const coverage = /^## Coverage\s*\n([\s\S]*?)(?=^#{1,2} |(?![\s\S]))/m
      .exec(source)?.[1]
      ?.trim();
    expect(coverage, "packages/data/README.md has a Coverage section").toBeTruthy();
    expect(readme).toContain(coverage as string);
    expect(readme).toMatch(/Excel[\s\S]*readr::read_delim[\s\S]*pandas\.read_csv/);
    expect(readme).toContain(`Version ${datasetMeta.version}`);
    expect(readme).toContain(datasetMeta.asOf);
    expect(readme).toContain("does not cover the full text");
  });

  it("is the deterministic zip of its own entries: sorted, one fixed timestamp", () => {
    const bytes = zip();
    const entries = unzipSync(bytes);
    const folder = Object.keys(entries)[0]?.split("/")[0] as string;
    const rebuilt = zipBundle(
      Object.entries(entries)
        .map(([name, data]) => ({ path: name.slice(folder.length + 1), bytes: data }))
        .filter((f) => f.path !== "SHA256SUMS"),
      folder,
      datasetMeta.asOf,
    );
    expect(Buffer.from(rebuilt).equals(Buffer.from(bytes))).toBe(true);
    console.log(`zip: ${href} ${bytes.length} bytes, ${Object.keys(entries).length} files`);
  });
});

describe("quote selectors", () => {
  // every citation-shaped object of a JSON file: { source, quote, selector } in records, and a
  // twin's resolved { source: { id }, quote, selector }
  function* citations(
    value: unknown,
  ): Generator<{ source: string; quote: string; selector: Node[] }> {
    if (Array.isArray(value)) for (const v of value) yield* citations(v);
    else if (value && typeof value === "object") {
      const o = value as Node;
      if (typeof o.quote === "string" && Array.isArray(o.selector)) {
        const source = typeof o.source === "string" ? o.source : (o.source as Node)?.id;
        yield { source: String(source), quote: o.quote, selector: o.selector as Node[] };
      }
      for (const v of Object.values(o)) yield* citations(v);
    }
  }

  const occurrences = (text: string, part: string) => {
    const at: number[] = [];
    for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) at.push(i);
    return at;
  };

  it("every selector in dataset.json and the twins resolves, to exactly one place where the text ships", () => {
    const jsonFiles = files.filter(
      (f) =>
        f.endsWith(".json") &&
        (!relative(dist, f).startsWith("downloads") || f.endsWith("dataset.json")),
    );
    let checked = 0;
    let anchored = 0;
    for (const file of jsonFiles) {
      for (const c of citations(JSON.parse(readFileSync(file, "utf8")))) {
        checked++;
        const where = `${relative(dist, file)} ${c.source}: ${c.quote.slice(0, 40)}`;
        const quote = c.selector.find((s) => s.type === "TextQuoteSelector");
        expect(quote?.exact, where).toBe(c.quote);
        const text = (getById(c.source) as Source | undefined)?.text;
        if (text === undefined) continue;
        anchored++;
        const prefix = String(quote?.prefix ?? "");
        const found = occurrences(text, prefix + c.quote + String(quote?.suffix ?? ""));
        expect(found, where).toHaveLength(1);
        const position = c.selector.find((s) => s.type === "TextPositionSelector");
        expect(position?.start, where).toBe((found[0] as number) + prefix.length);
        expect(text.slice(position?.start as number, position?.end as number), where).toBe(c.quote);
      }
    }
    expect(anchored).toBeGreaterThanOrEqual(dataset.claims.length);
    expect(checked).toBeGreaterThan(anchored);
  });
});

describe("budgets", () => {
  it("keeps the home page's HTML under 25 kB brotli", () => {
    const bytes = brotliCompressSync(readFileSync(join(dist, "index.html"))).length;
    console.log(`home page: ${bytes} bytes brotli`);
    expect(bytes).toBeLessThan(25 * 1024);
  });
});
