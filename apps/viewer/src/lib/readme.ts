/** A section of a Markdown file as plain text: its heading and its paragraphs (list items included). */
export interface PlainSection {
  heading: string;
  paragraphs: string[];
}

/** Markdown inline syntax to plain text: links keep their text, emphasis and code marks go. */
export const plainInline = (text: string): string =>
  text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, "$1$2")
    .replace(/`([^`]*)`/g, "$1")
    .trim();

/**
 * The sections of `markdown` (at heading level 2 or 3) whose heading matches `pattern`, as plain
 * text, so the About page can show the package's policies without rendering raw HTML.
 */
export function readmeSections(markdown: string, pattern: RegExp): PlainSection[] {
  const sections: PlainSection[] = [];
  let current: PlainSection | undefined;
  let level = 0;
  let buffer: string[] = [];
  let fenced = false;
  const flush = () => {
    if (current && buffer.length > 0) current.paragraphs.push(plainInline(buffer.join(" ")));
    buffer = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith("```")) {
      fenced = !fenced;
      continue;
    }
    const heading = fenced ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      const depth = (heading[1] as string).length;
      const text = plainInline(heading[2] as string);
      if (current && depth > level) {
        current.paragraphs.push(text);
        continue;
      }
      current = undefined;
      if (depth >= 2 && depth <= 3 && pattern.test(text)) {
        current = { heading: text, paragraphs: [] };
        level = depth;
        sections.push(current);
      }
      continue;
    }
    if (!current || fenced) continue;
    if (line.trim() === "") flush();
    else if (/^\s*([-*+]|\d+\.)\s+/.test(line)) {
      flush();
      buffer.push(line.replace(/^\s*([-*+]|\d+\.)\s+/, ""));
    } else if (!/^\s*\|/.test(line)) buffer.push(line.trim());
  }
  flush();
  return sections;
}
