// Serves the built site: `pnpm start` and the browser tests use it.
// Run directly, it reads PORT (default 4321) and VIEWER_DIST (the folder to serve, default ../dist).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inlineScriptHashes, securityHeaders } from "./csp.mjs";
import { sendFile } from "./static-files.mjs";

/** Serves `root` on `host:port` (port 0 picks a free one); resolves with the server and its URL. */
export async function serveStatic(root, { port = 4321, host = "127.0.0.1" } = {}) {
  const dir = resolve(root);
  const notFoundPage = join(dir, "404.html");
  const policy = scriptPolicy(dir);
  const server = createServer(async (req, res) => {
    const headers = policy.headers();
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendText(res, headers, 405, "Method not allowed", { Allow: "GET, HEAD" });
    }
    try {
      const sent = await sendFile(req, res, dir, {
        onError: (error) => fail(res, headers, error),
        headersFor: (file, stats) => (file.endsWith(".html") ? policy.forPage(stats) : {}),
      });
      if (!sent) await notFound(res, notFoundPage, headers);
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
 * The security headers, whose script-src allows the inline scripts of the pages under `dir` by
 * hash: read at start, and again when a page newer than that reading is sent (a rebuild while the
 * server runs), so that a rebuilt page's scripts are allowed from its first request.
 */
function scriptPolicy(dir) {
  let read = Date.now();
  let headers = securityHeaders(inlineScriptHashes(dir));
  return {
    headers: () => headers,
    /** Called with a page about to be sent: the headers to send with it. */
    forPage(stats) {
      if (stats.mtimeMs > read) {
        const started = Date.now();
        try {
          headers = securityHeaders(inlineScriptHashes(dir));
          // a page dated in the future must not make every request read the site again
          read = Math.max(started, stats.mtimeMs);
        } catch {} // the folder is being rebuilt: keep the last policy, read again next time
      }
      return headers;
    },
  };
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

/** A short plain-text answer with the security headers and nothing left over from a file. */
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
