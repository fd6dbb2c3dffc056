// Serves the built site: `pnpm start` and the browser tests use it.
// Run directly, it reads PORT (default 4321) and VIEWER_DIST (the folder to serve, default ../dist).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { HEADERS_FILE, inlineScriptHashes, securityHeaders } from "./csp.mjs";

/**
 * Media types by file extension (or whole name, for files without one), for every kind of file the
 * site ships: sirv's own table has no type for .db, .parquet, .xlsx or .cff (it sends an empty
 * Content-Type) and no charset for text. The export formats' types are drift-tested against
 * @aznato/csv's registry.
 */
const mediaTypes = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json",
  jsonld: "application/ld+json",
  webmanifest: "application/manifest+json",
  svg: "image/svg+xml",
  xml: "application/xml",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  // CITATION.cff is YAML (RFC 9512)
  cff: "application/yaml",
  zip: "application/zip",
  db: "application/vnd.sqlite3",
  sqlite: "application/vnd.sqlite3",
  sqlite3: "application/vnd.sqlite3",
  parquet: "application/vnd.apache.parquet",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  // plain-text files without an extension, in the zip's layout and beside the site
  SHA256SUMS: "text/plain; charset=utf-8",
  LICENSE: "text/plain; charset=utf-8",
  "LICENSE-DATA": "text/plain; charset=utf-8",
  [HEADERS_FILE]: "text/plain; charset=utf-8",
};

/**
 * The media type of the file a URL path names, or undefined to keep sirv's: a folder's index.html
 * (`/search/`) or a kind of file not listed (the build-output test fails on one that gets none).
 */
function mediaTypeOf(pathname) {
  const name = pathname.replace(/\/+$/, "").split("/").pop() ?? "";
  if (Object.hasOwn(mediaTypes, name)) return mediaTypes[name];
  const dot = name.lastIndexOf(".");
  const extension = name.slice(dot + 1).toLowerCase();
  return dot > 0 && Object.hasOwn(mediaTypes, extension) ? mediaTypes[extension] : undefined;
}

/** Serves `root` on `host:port` (port 0 picks a free one); resolves with the server and its URL. */
export async function serveStatic(root, { port = 4321, host = "127.0.0.1" } = {}) {
  const notFoundPage = join(resolve(root), "404.html");
  // the policy allows the inline scripts of the pages sirv lists now, at start (it serves no others)
  const headers = securityHeaders(inlineScriptHashes(root));
  const files = sirv(root, {
    etag: true,
    // the build's precompressed copies (scripts/compress.mjs), for browsers that accept them
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname, stats) => {
      const type = mediaTypeOf(pathname);
      if (type) res.setHeader("Content-Type", type);
      checkRange(res, stats);
    },
    onNoMatch: (_req, res) => notFound(res, notFoundPage, headers),
  });
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendText(res, headers, 405, "Method not allowed", { Allow: "GET, HEAD" });
    }
    // sirv pipes files without an error listener: a file gone since start (a rebuild) would end the process
    res.on("pipe", (file) => file.on("error", (error) => fail(res, headers, error)));
    try {
      await files(req, res);
    } catch (error) {
      fail(res, headers, error);
    }
  });
  await new Promise((done, failed) => {
    server.once("error", failed);
    server.listen(port, host, done);
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://${host === "127.0.0.1" ? host : "localhost"}:${actualPort}/` };
}

/**
 * sirv's `setHeaders`, called just before it sends a file: sirv 3.0.2 trusts the Range header
 * (`bytes=5-2` throws in fs.createReadStream and ends the process, `bytes=-5` sends the wrong
 * bytes), so this rewrites the header into one that sirv gets right, or removes it.
 */
function checkRange(res, stats) {
  const { headers } = res.req;
  if (!headers.range) return;
  // sirv ignores If-Range; sending the whole file is always a valid answer to it
  const range = headers["if-range"] ? null : parseRange(headers.range, stats.size);
  // sirv answers a start past the end with 416 and `Content-Range: bytes */size`
  if (range === "unsatisfiable") headers.range = `bytes=${stats.size}-`;
  // sirv reads an end of 0 as "to the end", so `bytes=0-0` gets the whole file as a 200
  else if (range && range.end > 0) headers.range = `bytes=${range.start}-${range.end}`;
  else delete headers.range;
}

/** A Range header against a file of `size` bytes (RFC 9110 §14): null to send the whole file. */
function parseRange(header, size) {
  const set = /^bytes=(.*)$/i.exec(header)?.[1];
  // other units must be ignored; several ranges may be, which saves a multipart answer
  if (set === undefined || set.includes(",")) return null;
  const [, first, last] = /^\s*(\d*)-(\d*)\s*$/.exec(set) ?? [];
  if (first === undefined || (first === "" && last === "")) return "unsatisfiable";
  if (first === "") {
    // `-n`: the last n bytes
    const length = Number(last);
    return length > 0 && size > 0
      ? { start: Math.max(0, size - length), end: size - 1 }
      : "unsatisfiable";
  }
  const start = Number(first);
  if (start >= size || (last !== "" && Number(last) < start)) return "unsatisfiable";
  return { start, end: last === "" ? size - 1 : Math.min(Number(last), size - 1) };
}

/** The site's 404 page, or plain text if it is missing: a 404 must never take the server down. */
async function notFound(res, page, headers) {
  const html = await readFile(page).catch(() => null);
  if (!html) return sendText(res, headers, 404, "Not found");
  res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" }).end(html);
}

/** Answers 500 if the response has not started, else cuts it short; the server stays up. */
function fail(res, headers, error) {
  console.error("@aznato/viewer:", error);
  if (res.headersSent) res.destroy();
  else sendText(res, headers, 500, "Internal server error");
}

/** A short plain-text answer with the security headers and nothing left over from sirv. */
function sendText(res, security, status, text, headers = {}) {
  const body = `${text}\n`;
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res
    .writeHead(status, {
      ...security,
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      ...headers,
    })
    .end(body);
}

/** Starts the server as `pnpm start` does; fails with one line that says what to fix. */
async function start(dist, rawPort) {
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a number from 1 to 65535, not "${rawPort}"`);
  }
  if (!existsSync(join(dist, "index.html"))) {
    throw new Error(`no site in ${dist}: run pnpm build first`);
  }
  try {
    return await serveStatic(dist, { port, host: "localhost" });
  } catch (error) {
    throw error.syscall === "listen" ? new Error(listenProblem(error, port)) : error;
  }
}

/** One line that says how to fix a failed listen. */
function listenProblem(error, port) {
  if (error.code === "EADDRINUSE") {
    const other = port < 65535 ? port + 1 : 4321;
    return `port ${port} is in use: set PORT to a free port, e.g. PORT=${other} pnpm start`;
  }
  if (error.code === "EACCES") {
    return `port ${port} needs privileges: set PORT to a port from 1024 up, e.g. PORT=4321 pnpm start`;
  }
  return `cannot listen on localhost:${port}: ${error.message}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(
    process.env.VIEWER_DIST || fileURLToPath(new URL("../dist/", import.meta.url)),
  );
  try {
    const { url } = await start(dist, process.env.PORT || "4321");
    console.log(`@aznato/viewer: serving ${dist} at ${url}`);
  } catch (error) {
    // one line that says what to do, never a stack trace
    console.error(`@aznato/viewer: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
