import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { APIRoute } from "astro";

// The JSON twin of the data dictionary page: the package's own dictionary.json, byte for byte.
export const GET: APIRoute = () =>
  new Response(
    readFileSync(createRequire(import.meta.url).resolve("@aznato/data/dictionary.json")),
    {
      headers: { "Content-Type": "application/json" },
    },
  );
