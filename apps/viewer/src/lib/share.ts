// What a page tells messengers, social sites and search engines about itself: its canonical
// address (only when the site's origin is known) and its Open Graph and card tags.

export interface ShareInput {
  /** The page's own title (without the site's name). */
  title: string;
  /** The title as the browser tab shows it. */
  fullTitle: string;
  description: string;
  siteName: string;
  /** The page's path, base included (Astro.url.pathname). */
  pathname: string;
  /** The site's origin (SITE_URL); without it nothing absolute is written. */
  site?: string | URL | undefined;
  type?: "website" | "article" | undefined;
  /** False for a page with no address of its own (the 404 page). */
  canonical?: boolean;
}

export interface ShareTags {
  canonical?: string;
  /** `<meta property=…>` (Open Graph) and `<meta name=…>` (cards) pairs, in order. */
  properties: [string, string][];
  names: [string, string][];
}

/** The canonical URL and the Open Graph and summary-card tags of a page. */
export function shareTags(input: ShareInput): ShareTags {
  const { site, canonical = true } = input;
  const href = site && canonical ? new URL(input.pathname, site).href : undefined;
  const properties: [string, string][] = [
    ["og:site_name", input.siteName],
    ["og:title", input.title],
    ["og:description", input.description],
    ["og:type", input.type ?? "website"],
  ];
  if (href) properties.push(["og:url", href]);
  return {
    ...(href ? { canonical: href } : {}),
    properties,
    names: [
      ["twitter:card", "summary"],
      ["twitter:title", input.fullTitle],
      ["twitter:description", input.description],
    ],
  };
}
