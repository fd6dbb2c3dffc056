// Sends one file of the site for a GET or HEAD. Each request looks the file up afresh and reads it
// through the descriptor it was measured by (open, fstat, stream that fd): a file replaced, grown,
// truncated or deleted while the server runs (a rebuild) is sent whole as it was when opened, or
// not found; never with a Content-Length that its bytes contradict. A FIFO or device is never
// opened for reading in a way that could block, and only regular files are sent.
import { constants, createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { join, normalize, sep } from "node:path";

/**
 * Media types by file extension (or whole name, for files without one), for every kind of file the
 * site ships and its zip carries; the export formats' types are drift-tested against @aznato/csv.
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
  png: "image/png",
  ico: "image/x-icon",
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
  // plain-text files without an extension, as the zip lays them out, and the static hosts' headers
  SHA256SUMS: "text/plain; charset=utf-8",
  LICENSE: "text/plain; charset=utf-8",
  "LICENSE-DATA": "text/plain; charset=utf-8",
  _headers: "text/plain; charset=utf-8",
};

/** The media type of a file by its name; a kind not listed is sent as bytes, never untyped. */
export function mediaTypeOf(name) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (Object.hasOwn(mediaTypes, base)) return mediaTypes[base];
  const dot = base.lastIndexOf(".");
  const extension = base.slice(dot + 1).toLowerCase();
  return dot > 0 && Object.hasOwn(mediaTypes, extension)
    ? mediaTypes[extension]
    : "application/octet-stream";
}

/** A Range header against a file of `size` bytes (RFC 9110 §14): null to send the whole file. */
export function parseRange(header, size) {
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

/**
 * The path of a request target: its origin form's path (`//style.css` is that path, not a host,
 * as `new URL` would read it) or an absolute form's (`http://host/path`).
 */
function pathOf(target) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return new URL(target).pathname;
  return target.split(/[?#]/, 1)[0] ?? "/";
}

/** The files a URL path may name, in order: the file, its `.html`, its folder's index.html. */
function candidates(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return [];
  }
  // a NUL or a dot entry (.git, the build's temporary files) is never served; .well-known is
  const parts = path.split("/");
  if (path.includes("\0") || parts.some((p) => p.startsWith(".") && p !== ".well-known")) return [];
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return [];
  if (path.endsWith("/")) return [join(file, "index.html")];
  return [file, `${file}.html`, join(file, "index.html")];
}

// O_NONBLOCK: opening a FIFO would otherwise wait for a writer and hold a thread of the pool
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const MISSING = new Set(["ENOENT", "ENOTDIR", "ENAMETOOLONG", "ELOOP"]);

/** The first candidate (its .br or .gz copy first, if accepted) that is a regular file, opened. */
async function openFirst(files, encodings) {
  for (const file of files) {
    for (const [suffix, encoding] of encodings) {
      let handle;
      try {
        handle = await open(`${file}${suffix}`, OPEN_FLAGS);
        const stats = await handle.stat();
        if (stats.isFile()) return { handle, stats, file, encoding };
      } catch (error) {
        if (!MISSING.has(error.code)) {
          await handle?.close();
          throw error;
        }
      }
      await handle?.close();
    }
  }
  return undefined;
}

/** The copies to try, best first, for an Accept-Encoding header (`br;q=0` refuses brotli). */
function encodingsFor(accept = "") {
  const accepted = new Set(
    accept
      .split(",")
      .map((item) =>
        item
          .trim()
          .toLowerCase()
          .split(/\s*;\s*/),
      )
      .filter(([, q]) => !/^q=0(\.0*)?$/.test(q ?? ""))
      .map(([name]) => name),
  );
  const list = [];
  if (accepted.has("br")) list.push([".br", "br"]);
  if (accepted.has("gzip")) list.push([".gz", "gzip"]);
  list.push(["", undefined]);
  return list;
}

/**
 * Sends the file `req` names under `root` (an absolute, normalised path); resolves false, having
 * sent nothing, when there is none. Errors before the headers are sent reject; after, they are
 * passed to `onError` (the response is then cut short). `headersFor(file, stats)` adds headers
 * for the file found.
 */
export async function sendFile(req, res, root, { onError, headersFor = () => ({}) }) {
  const pathname = pathOf(req.url ?? "/");
  const found = await openFirst(
    candidates(root, pathname),
    encodingsFor(req.headers["accept-encoding"]),
  );
  if (!found) return false;
  const { handle, stats, file, encoding } = found;
  let streaming = false;
  try {
    const etag = `W/"${stats.size}-${Math.trunc(stats.mtimeMs)}"`;
    res.setHeader("Content-Type", mediaTypeOf(file));
    res.setHeader("Last-Modified", stats.mtime.toUTCString());
    res.setHeader("ETag", etag);
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("Accept-Ranges", "bytes");
    // every file may have a compressed copy: caches must key on Accept-Encoding
    res.setHeader("Vary", "Accept-Encoding");
    if (encoding) res.setHeader("Content-Encoding", encoding);
    for (const [name, value] of Object.entries(headersFor(file, stats))) res.setHeader(name, value);
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304).end();
      return true;
    }
    // If-Range is not checked: sending the whole file is always a valid answer to it
    const range =
      req.headers.range && !req.headers["if-range"]
        ? parseRange(req.headers.range, stats.size)
        : null;
    if (range === "unsatisfiable") {
      res.setHeader("Content-Range", `bytes */${stats.size}`);
      res.setHeader("Content-Length", 0);
      res.writeHead(416).end();
      return true;
    }
    const { start, end } = range ?? { start: 0, end: stats.size - 1 };
    if (range) res.setHeader("Content-Range", `bytes ${start}-${end}/${stats.size}`);
    res.setHeader("Content-Length", Math.max(0, end - start + 1));
    res.writeHead(range ? 206 : 200);
    if (req.method === "HEAD" || end < start) {
      res.end();
      return true;
    }
    // the bytes the headers promised, from the file that was measured, even if it grows or is replaced
    const body = createReadStream(null, { fd: handle, start, end, autoClose: true });
    streaming = true;
    let sent = 0;
    body.on("data", (chunk) => (sent += chunk.length));
    body.on("error", onError);
    // a reader that went away: stop reading
    res.on("close", () => body.destroy());
    // a file truncated since it was measured ends short: cut the connection rather than pass the
    // bytes off as the whole
    body.on("end", () => (sent === end - start + 1 ? res.end() : res.destroy()));
    body.pipe(res, { end: false });
    return true;
  } finally {
    if (!streaming) await handle.close();
  }
}
