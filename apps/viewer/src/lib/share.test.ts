import { describe, expect, it } from "vitest";
import { shareTags } from "./share.ts";

const page = {
  title: "Events: Azerbaijan joins PfP",
  fullTitle: "Events: Azerbaijan joins PfP · aznato",
  description: "Azerbaijan signs the Framework Document.",
  siteName: "aznato: Azerbaijan and NATO",
  pathname: "/viewer/events/1994-pfp/",
  type: "article" as const,
};

describe("share tags", () => {
  it("give an absolute canonical URL and og:url when the site's origin is known", () => {
    const tags = shareTags({ ...page, site: "https://aznato.example/" });
    expect(tags.canonical).toBe("https://aznato.example/viewer/events/1994-pfp/");
    expect(Object.fromEntries(tags.properties)).toEqual({
      "og:site_name": page.siteName,
      "og:title": page.title,
      "og:description": page.description,
      "og:type": "article",
      "og:url": "https://aznato.example/viewer/events/1994-pfp/",
    });
    expect(Object.fromEntries(tags.names)).toEqual({
      "twitter:card": "summary",
      "twitter:title": page.fullTitle,
      "twitter:description": page.description,
    });
  });

  it("write nothing absolute without an origin, and no canonical for the 404 page", () => {
    const tags = shareTags(page);
    expect(tags.canonical).toBeUndefined();
    expect(JSON.stringify(tags)).not.toMatch(/https?:/);
    expect(
      shareTags({ ...page, site: "https://aznato.example/", canonical: false }).canonical,
    ).toBeUndefined();
    expect(shareTags({ ...page, type: undefined }).properties).toContainEqual([
      "og:type",
      "website",
    ]);
  });
});
