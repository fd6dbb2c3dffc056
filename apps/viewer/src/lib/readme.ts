/** A level-2 section of a Markdown file: its heading, a slug for its id, and its Markdown body. */
export interface MarkdownSection {
  heading: string;
  slug: string;
  body: string;
}

const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");

/**
 * Splits Markdown at its `## ` headings (never inside fenced code), so the About page can render
 * the package README's sections one by one with Astro's Markdown support.
 */
export function markdownSections(markdown: string): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  let current: { heading: string; lines: string[] } | undefined;
  let fence: string | undefined;
  const flush = () => {
    if (current) {
      sections.push({
        heading: current.heading,
        slug: slugify(current.heading),
        body: current.lines.join("\n").trim(),
      });
    }
  };
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
    if (marker) {
      if (!fence) fence = marker;
      else if (marker.startsWith(fence)) fence = undefined;
    }
    const heading = fence || marker ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current = { heading: heading[1] as string, lines: [] };
    } else if (/^#\s/.test(line) && !fence) {
      flush();
      current = undefined;
    } else current?.lines.push(line);
  }
  flush();
  return sections;
}
