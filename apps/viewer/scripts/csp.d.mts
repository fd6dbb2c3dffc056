/** `'sha256-…'`: the CSP source of an inline script with this text. */
export declare function scriptHash(text: string): string;
/** The hashes of the inline scripts in one HTML document that a browser executes (not JSON-LD). */
export declare function inlineScriptHashesOf(html: string): string[];
/** Every distinct inline-script hash of the HTML pages under `root`, sorted. */
export declare function inlineScriptHashes(root: string): string[];
/** The Content-Security-Policy that allows these inline-script hashes and nothing else inline. */
export declare function contentSecurityPolicy(hashes: readonly string[]): string;
/** The headers sent with every response: Content-Security-Policy, Referrer-Policy, nosniff. */
export declare function securityHeaders(hashes: readonly string[]): Record<string, string>;
/** `_headers`: the file Netlify and Cloudflare Pages read the site's headers from. */
export declare const HEADERS_FILE: string;
/** Writes `root/_headers` with the security headers for every path; returns the hashes allowed. */
export declare function writeHeadersFile(root: string): string[];
