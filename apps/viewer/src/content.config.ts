// The package README's sections as a content collection, rendered by Astro's own Markdown
// pipeline: the About page shows the policies and the coverage from the one copy in the package.

import { defineCollection, z } from "astro:content";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { markdownSections } from "./lib/readme.ts";

const require = createRequire(import.meta.url);
const readmePath = join(dirname(require.resolve("@aznato/data/package.json")), "README.md");

const readme = defineCollection({
  loader: {
    name: "aznato-readme",
    load: async ({ store, renderMarkdown, watcher }) => {
      store.clear();
      for (const section of markdownSections(readFileSync(readmePath, "utf8"))) {
        store.set({
          id: section.slug,
          data: { heading: section.heading },
          body: section.body,
          rendered: await renderMarkdown(section.body),
        });
      }
      watcher?.add(readmePath);
    },
  },
  schema: z.object({ heading: z.string() }),
});

export const collections = { readme };
