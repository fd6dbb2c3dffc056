import type { APIRoute, GetStaticPaths } from "astro";
import { downloads } from "../../lib/site-data.ts";

// Each export file becomes a static file under /downloads/ at build time.
export const getStaticPaths = (() =>
  downloads().map((f) => ({
    params: { file: f.path },
    props: { bytes: f.bytes },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { bytes: Uint8Array<ArrayBuffer> }).bytes);
