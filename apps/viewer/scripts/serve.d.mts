import type { Server } from "node:http";

/**
 * Serves `root` on `host:port` (port 0 picks a free one); resolves with the server and its URL.
 * GET and HEAD only (else 405); every response carries a Content-Security-Policy whose script-src
 * allows the inline scripts of the HTML pages under `root` by hash and no other (read at start and
 * again when a newer page is sent),
 * `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`; bad Range headers get 416;
 * an unexpected error gets a 500 and leaves the server up. A file's `.br` or `.gz` copy is sent
 * to a browser that accepts it, with `Content-Encoding` and `Vary: Accept-Encoding`. Every kind of
 * file the site ships gets its media type (`.db` is `application/vnd.sqlite3`, CSV is UTF-8 text).
 * Files are looked up per request and sent from the descriptor they were measured by: a file
 * changed, replaced or deleted while the server runs is sent whole as opened, or is a 404.
 */
export declare function serveStatic(
  root: string,
  options?: { port?: number; host?: string },
): Promise<{ server: Server; url: string }>;
