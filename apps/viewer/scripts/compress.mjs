// The build's last step. Writes brotli (.br) and gzip (.gz) copies of the built site's text files,
// which the server (serve.mjs) sends to browsers that accept them, as any static host can;
// first it writes `_headers`, the security headers (csp.mjs) for hosts that read that file.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { HEADERS_FILE, writeHeadersFile } from "./csp.mjs";

const TEXT = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;
// the downloads are listed file by file; a browser fetches them whole anyway
const SKIPPED = /^downloads\//;

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** Compresses every text file of `root` worth it (the copy is smaller); returns how many. */
export function compressSite(root) {
  let count = 0;
  for (const file of walk(root)) {
    if (!TEXT.test(file) || SKIPPED.test(relative(root, file).replaceAll("\\", "/"))) continue;
    const data = readFileSync(file);
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    if (br.length >= data.length) continue;
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    count += 1;
  }
  return count;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  const hashes = writeHeadersFile(dist);
  console.log(`@aznato/viewer: ${HEADERS_FILE} allows ${hashes.length} inline scripts by hash`);
  console.log(`@aznato/viewer: compressed ${compressSite(dist)} files`);
}
