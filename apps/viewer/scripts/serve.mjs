// Serves the built site: `pnpm start` and the browser tests use it.
import { createReadStream } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

/** Serves `root` on `host:port` (port 0 picks a free one); resolves with the server and its URL. */
export async function serveStatic(root, { port = 4321, host = "127.0.0.1" } = {}) {
  const notFound = join(resolve(root), "404.html");
  const files = sirv(root, {
    etag: true,
    onNoMatch: (_req, res) => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      createReadStream(notFound).pipe(res);
    },
  });
  const server = createServer(files);
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://${host === "127.0.0.1" ? host : "localhost"}:${actualPort}/` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  const { url } = await serveStatic(dist, {
    port: Number(process.env.PORT ?? 4321),
    host: "localhost",
  });
  console.log(`@aznato/viewer: serving ${dist} at ${url}`);
}
