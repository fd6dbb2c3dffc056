import { defineConfig } from "astro/config";

// No Astro telemetry for astro commands run by hand either (`pnpm build` sets it in package.json)
process.env.ASTRO_TELEMETRY_DISABLED ??= "1";

// A static site: every page is HTML built from @aznato/data; BASE lets it live under a sub-path.
// Vite keeps its default conditions here (no `@aznato/source`): the site is built from the packages'
// builds, as published, while tsc and `astro check` read their sources (the types are the same).
export default defineConfig({
  output: "static",
  base: process.env.BASE_PATH ?? "/",
  // SITE_URL (e.g. https://aznato.example/) makes the JSON-LD's URLs absolute; without it they are root-relative
  site: process.env.SITE_URL || undefined,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  server: { port: 4321 },
  // no telemetry, no prefetch runtime: pages without interactivity ship no JavaScript
  prefetch: false,
});
