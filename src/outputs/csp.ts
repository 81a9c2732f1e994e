/**
 * The Content-Security-Policy every page satisfies: nothing inline, nothing from
 * another host. Declared twice from this one definition: in a `<meta>` (read by
 * every browser, whatever the host) and in `_headers` (read by static hosts such
 * as Netlify and Cloudflare Pages), which can also carry what a `<meta>` cannot.
 */
const DIRECTIVES: Record<string, string> = {
  "default-src": "'none'",
  // Scripts: only the site's own files (search); Pagefind compiles its WebAssembly and fetches its index.
  "script-src": "'self' 'wasm-unsafe-eval'",
  "connect-src": "'self'",
  "style-src": "'self'",
  "img-src": "'self'",
  "font-src": "'self'",
  "base-uri": "'none'",
  "form-action": "'self'",
};

/** Only valid in an HTTP header: browsers ignore (and complain about) these in a `<meta>`. */
const HEADER_ONLY: Record<string, string> = {
  "frame-ancestors": "'none'",
};

const serialize = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");

export const CSP_META = serialize(DIRECTIVES);
export const CSP_HEADER = serialize({ ...DIRECTIVES, ...HEADER_ONLY });

/**
 * The `_headers` file: security headers for every path of the site. Its
 * format has no escaping: a path with a space or line break would write
 * other rules, so only a plain URL path is accepted (site.ts validates it
 * first; this is the last line of defence).
 */
export function headersFile(pathPrefix: string): string {
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(pathPrefix)) throw new Error(`_headers: refusing path prefix ${JSON.stringify(pathPrefix)}: expected a plain URL path such as /frise/`);
  return [
    `${pathPrefix}*`,
    `  Content-Security-Policy: ${CSP_HEADER}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "",
  ].join("\n");
}
