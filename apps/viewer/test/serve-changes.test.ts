// The server while the folder it serves changes (a rebuild, an editor, a copy): every answer is
// whole and true to its headers, or a 404, and the server stays up. No build needed.
import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  mkdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { Agent, type IncomingHttpHeaders, request, type Server } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { close, css, fetchRaw, makeSite, scriptSources, start } from "./serve-fixture.ts";

type Whole = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A GET that fails on a body shorter or longer than its Content-Length (Node's parser checks). */
const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Whole>((done, fail) => {
    const req = request(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", fail);
      res.on("aborted", () => fail(new Error("aborted")));
    });
    req.on("error", fail);
    req.setTimeout(10_000, () => req.destroy(new Error("no answer in 10 s")));
    req.end();
  });

describe("files that change while the server runs", () => {
  let root: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    root = makeSite();
    for (const name of ["grow.txt", "replace.txt", "range.txt"]) {
      writeFileSync(join(root, name), "a".repeat(1000));
    }
    mkdirSync(join(root, "page"));
    writeFileSync(join(root, "page/index.html"), "<p>a page</p>");
    ({ server, url } = await start(root));
    // each file is read once before it changes, as a browser that visited earlier did
    for (const name of ["grow.txt", "replace.txt", "page/"]) await get(`${url}${name}`);
  });
  afterAll(() => close(server));

  it("sends a file that grew since start whole, with its new length", async () => {
    appendFileSync(join(root, "grow.txt"), "b".repeat(5000));
    const reply = await get(`${url}grow.txt`);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-length"]).toBe("6000");
    expect(reply.body.toString()).toBe("a".repeat(1000) + "b".repeat(5000));
  });

  it("sends a file replaced by another (renamed over it) as the new file", async () => {
    writeFileSync(join(root, "replace.new"), "c".repeat(3000));
    renameSync(join(root, "replace.new"), join(root, "replace.txt"));
    const reply = await get(`${url}replace.txt`);
    expect([reply.status, reply.body.toString()]).toEqual([200, "c".repeat(3000)]);
  });

  it("answers a Range against a file's size now, grown or truncated", async () => {
    appendFileSync(join(root, "range.txt"), "b".repeat(1000));
    const tail = await get(`${url}range.txt`, { Range: "bytes=-10" });
    expect([tail.status, tail.headers["content-range"], tail.body.toString()]).toEqual([
      206,
      "bytes 1990-1999/2000",
      "b".repeat(10),
    ]);
    truncateSync(join(root, "range.txt"), 10);
    const past = await get(`${url}range.txt`, { Range: "bytes=500-" });
    expect([past.status, past.headers["content-range"]]).toEqual([416, "bytes */10"]);
    const whole = await get(`${url}range.txt`);
    expect([whole.status, whole.body.toString()]).toEqual([200, "a".repeat(10)]);
  });

  it("serves a file added since start, and a page's folder replaced by a file as 404", async () => {
    writeFileSync(join(root, "new.txt"), "new");
    expect((await get(`${url}new.txt`)).body.toString()).toBe("new");
    rmSync(join(root, "page"), { recursive: true });
    writeFileSync(join(root, "page"), "now a file");
    expect((await get(`${url}page/`)).status).toBe(404);
    // without the slash the path names the file itself
    expect((await get(`${url}page`)).body.toString()).toBe("now a file");
  });

  it("allows a page's new inline script from its first request after a rebuild", async () => {
    const script = "document.title = 'rebuilt';";
    writeFileSync(join(root, "rebuilt.html"), `<!doctype html><script>${script}</script>`);
    const reply = await fetchRaw(`${url}rebuilt.html`);
    const { createHash } = await import("node:crypto");
    const hash = `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
    expect(scriptSources(reply)).toContain(hash);
    // and every later answer carries the same policy
    expect(scriptSources(await fetchRaw(`${url}style.css`))).toContain(hash);
  });

  it("cuts the connection when a file is truncated while it is sent, never ending it as whole", async () => {
    const size = 32 * 1024 * 1024;
    writeFileSync(join(root, "shrinks.txt"), Buffer.alloc(size, "y"));
    // a kept-alive connection: a response ended short would leave this reader waiting
    const agent = new Agent({ keepAlive: true });
    const outcome = await new Promise<string>((done) => {
      const req = request(`${url}shrinks.txt`, { agent }, (res) => {
        let got = 0;
        res.on("data", (chunk: Buffer) => {
          // the first bytes are out: the file shrinks under the reader
          if (got === 0) truncateSync(join(root, "shrinks.txt"), 0);
          got += chunk.length;
        });
        res.on("end", () => done(`ended after ${got} of ${res.headers["content-length"]} bytes`));
        res.on("error", () => done("cut"));
        res.on("aborted", () => done("cut"));
      });
      req.on("error", () => done("cut"));
      req.setTimeout(5_000, () => done("left waiting"));
      req.end();
    });
    agent.destroy();
    expect(outcome).toBe("cut");
    expect((await get(url)).status).toBe(200);
  });

  it("cuts a file short by its reader off cleanly and stays up", async () => {
    writeFileSync(join(root, "big.txt"), Buffer.alloc(4 * 1024 * 1024, "x"));
    await new Promise<void>((done) => {
      const req = request(`${url}big.txt`, { agent: false }, (res) => {
        res.once("data", () => {
          req.destroy();
          done();
        });
      });
      req.on("error", () => {});
      req.end();
    });
    expect((await get(url)).status).toBe(200);
  });
});

describe("paths that must not be served", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const root = makeSite();
    writeFileSync(join(root, ".secret"), "dot file");
    mkdirSync(join(root, ".git"));
    writeFileSync(join(root, ".git/config"), "[core]");
    mkdirSync(join(root, ".well-known"));
    writeFileSync(join(root, ".well-known/security.txt"), "Contact: x");
    // there from the start: a server that lists the folder first takes them for files
    execFileSync("mkfifo", [join(root, "fifo.txt")]);
    mkdirSync(join(root, "folder.txt"));
    symlinkSync("/dev/zero", join(root, "zero.txt"));
    ({ server, url } = await start(root));
  });
  afterAll(() => close(server));

  it.each([
    ".secret",
    ".git/config",
    "%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "a%00b",
    "%E0%A4%A",
  ])("answers /%s with 404", async (path) => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const reply = await fetchRaw(`${url}${path}`);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toMatch(/root:|\[core\]|dot file/);
  });

  it("answers 404 for a FIFO, a folder or a device instead of waiting on it", async () => {
    for (const name of ["fifo.txt", "folder.txt", "zero.txt"]) {
      expect((await get(`${url}${name}`)).status, name).toBe(404);
    }
    expect((await get(url)).status).toBe(200);
  });

  it("reads a request path that starts with // as a path, not a host", async () => {
    const reply = await new Promise<string>((done, fail) => {
      const socket = connect(Number(new URL(url).port), "127.0.0.1", () =>
        socket.write("GET //style.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
      );
      let data = "";
      socket.on("data", (chunk) => (data += chunk));
      socket.on("end", () => done(data));
      socket.on("error", fail);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 200 /);
    expect(reply.endsWith(`\r\n\r\n${css}`)).toBe(true);
  });

  it("serves .well-known", async () => {
    expect((await fetchRaw(`${url}.well-known/security.txt`)).body).toBe("Contact: x");
  });
});
