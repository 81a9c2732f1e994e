/**
 * A tiny static HTTP server for the tests and `npm run audit`: serves a built folder on 127.0.0.1 at a
 * random port, under the site's path prefix, the way a static host would:
 * `dir/` → `dir/index.html`, `dir` → redirect to `dir/`, anything else → the
 * site's own 404.html with status 404. Like Netlify and Cloudflare Pages, it
 * sends the headers the site's `_headers` file declares (the CSP among them) and
 * does not serve that file. It records every request it answers.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** A TCP port free on this machine right now (for a server started next). */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Served {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  prefix: string;
  /** Absolute URL of a site path (`/evenements/x/` → origin + prefix + `evenements/x/`). */
  url(sitePath: string): string;
  /** Absolute URL of an output file (`evenements/x/index.html` → its pretty URL). */
  urlOfFile(file: string): string;
  /** Every request answered: path and status. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

/** `_headers` rules: a path pattern (`*` matches anything) and the headers for it. */
export function readHeadersFile(text: string): { pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon === -1) throw new Error(`_headers: cannot read line ${JSON.stringify(line)}`);
    rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

export async function serve(dir: string, prefix = "/"): Promise<Served> {
  const root = path.resolve(dir);
  const log: Served["log"] = [];
  const notFound = path.join(root, "404.html");
  const headersFile = path.join(root, "_headers");
  const rules = fs.existsSync(headersFile) ? readHeadersFile(fs.readFileSync(headersFile, "utf8")) : [];

  const server = http.createServer((req, res) => {
    const send = (status: number, file: string | undefined, headers: Record<string, string> = {}) => {
      log.push({ path: req.url ?? "", status });
      const pathname = new URL(req.url ?? "/", "http://x").pathname;
      for (const rule of rules) if (rule.pattern.test(pathname)) Object.assign(headers, rule.headers);
      const body = file ? fs.readFileSync(file) : Buffer.from(`${status}\n`);
      const type = file ? (TYPES[path.extname(file)] ?? "application/octet-stream") : "text/plain; charset=utf-8";
      res.writeHead(status, { "content-type": type, "content-length": String(body.length), "cache-control": "no-store", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    const missing = () => send(404, fs.existsSync(notFound) ? notFound : undefined);

    if (req.method !== "GET" && req.method !== "HEAD") return send(405, undefined);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return send(400, undefined);
    }
    if (!pathname.startsWith(prefix)) {
      // The prefix itself without its trailing slash is a directory request.
      return pathname === prefix.slice(0, -1) ? send(301, undefined, { location: prefix }) : missing();
    }
    const file = path.join(root, pathname.slice(prefix.length));
    if (file !== root && !file.startsWith(root + path.sep)) return missing();
    if (file === headersFile) return missing();
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      return missing();
    }
    if (stat.isDirectory()) {
      if (!pathname.endsWith("/")) return send(301, undefined, { location: `${encodeURI(pathname)}/` });
      const index = path.join(file, "index.html");
      return fs.existsSync(index) ? send(200, index) : missing();
    }
    return send(200, file);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const url = (sitePath: string) => origin + prefix + sitePath.replace(/^\//, "");
  return {
    origin,
    prefix,
    url,
    urlOfFile: (file) => url(file.replace(/(^|\/)index\.html$/, "$1")),
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
