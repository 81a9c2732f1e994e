/**
 * The dev server's safety: Eleventy's dev server (@11ty/eleventy-dev-server
 * 2.x) listens on every interface and lets a malformed URL throw out of its
 * request handler. Here it is made to listen on one address (`listenOn`) and
 * every request passes a guard first (`guard`): malformed or traversing URLs
 * get 400 or 404, other methods 405, and nothing thrown while answering can
 * stop the process.
 */
import type http from "node:http";
import { capMessage, printable } from "../content/diagnostics.ts";
import net from "node:net";
import path from "node:path";

/** Text as one printable, bounded line (it may come from a request). */
export function oneLine(text: string, max = 200): string {
  return capMessage(printable(text), max);
}

/** An address as the host of a URL: IPv6 in brackets. */
export const urlHost = (host: string) => (net.isIPv6(host) ? `[${host}]` : host);

/** The canonical text of an address, so `0:0::1` and `::1` compare equal. */
const canonical = (address: string) => (net.isIPv6(address) ? new URL(`http://[${address}]/`).hostname.slice(1, -1) : address);

/** What the host asks for, as the address the server must report once listening. */
export function listensAsAsked(host: string, address: string): boolean {
  if (host === "localhost") return address === "127.0.0.1" || canonical(address) === "::1";
  return canonical(address) === canonical(host);
}

/** The part of @11ty/eleventy-dev-server 2.x (server.js) that `listenOn` relies on. */
export interface DevServer {
  /** The Node HTTP server, created on first access. */
  readonly server: http.Server;
  /** Called by `serve(port)`, and with the next port when one is taken (EADDRINUSE). */
  _serverListen(port: number): void;
  portRetryCount?: number;
  options: { portReassignmentRetryCount?: number };
  getServerUrl(host: string, pathname?: string): string;
}

/**
 * Makes Eleventy's dev server listen on `host` only. @11ty/eleventy-dev-server 2.1
 * has no host option (its `_serverListen` calls `server.listen({ port })`, which
 * binds every interface: 11ty/eleventy-dev-server issue #128), so that one method
 * is replaced on the class of the instance Eleventy created. On the class, not on
 * the instance: Eleventy makes a new instance when it restarts the server after
 * its options change. Any error while listening (an address not on this machine,
 * every port taken) ends the command with one line instead of a stack trace or a
 * server that never starts. The `ready` callback then checks the address actually
 * listened on.
 */
export function listenOn(server: DevServer, host: string): void {
  const proto = Object.getPrototypeOf(server) as DevServer;
  if (typeof proto._serverListen !== "function") {
    throw new Error("this version of @11ty/eleventy-dev-server cannot be told where to listen; refusing to listen on every interface");
  }
  const watched = new WeakSet<http.Server>();
  proto._serverListen = function (this: DevServer, port: number) {
    const httpServer = this.server;
    if (!watched.has(httpServer)) {
      watched.add(httpServer);
      // First, so it runs before the dev server's own listener (which throws once out of ports).
      httpServer.prependListener("error", (error: NodeJS.ErrnoException & { port?: number }) => {
        const retries = this.options.portReassignmentRetryCount ?? 10;
        if (error.code === "EADDRINUSE" && (this.portRetryCount ?? 0) < retries) return; // the dev server tries the next port
        const last = error.port ?? port;
        console.error(
          error.code === "EADDRINUSE"
            ? `frise: cannot listen on ${urlHost(host)}: ports ${port} to ${last} are all taken; choose another with --port`
            : `frise: cannot listen on ${urlHost(host)}:${last}: ${oneLine(error.code ?? error.message)}`,
        );
        process.exit(1);
      });
    }
    httpServer.listen({ port, host });
  };
}

type Next = () => unknown;

/** Methods the preview answers; everything else gets 405. */
const METHODS = new Set(["GET", "HEAD"]);
/** Longest request target answered: the site's own URLs are far shorter. */
const MAX_TARGET = 2048;

/**
 * Why a request must not reach the dev server's file lookup, or undefined when
 * it may. The dev server decodes the path with `decodeURIComponent` (a bad
 * escape such as `/%` throws, and the throw used to kill the process), and its
 * own check that the file is inside the output folder is a string prefix test
 * (`/..%2f_site.dev-old%2fx` passed it). So here: only GET and HEAD; only a
 * path (`/…`), at most MAX_TARGET characters; the path must decode, and hold no
 * control character, no backslash and no `..` segment once decoded; and it must
 * still name something inside `outputDir`.
 */
function refusal(method: string | undefined, target: string | undefined, outputDir: string): { status: 400 | 404 | 405; reason: string } | undefined {
  if (!METHODS.has(method ?? "")) return { status: 405, reason: "Method Not Allowed" };
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.length > MAX_TARGET) return { status: 400, reason: "Bad Request" };
  const raw = target.replace(/[?#][^]*$/, "");
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400, reason: "Bad Request" };
  }
  if (/[\u0000-\u001f\u007f\\]/.test(raw + decoded)) return { status: 400, reason: "Bad Request" };
  if (decoded.split("/").includes("..")) return { status: 404, reason: "Not Found" };
  const root = path.resolve(outputDir);
  const file = path.resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + path.sep)) return { status: 404, reason: "Not Found" };
  return undefined;
}

/** Ends a response with a short plain-text status; drops the connection if that is no longer possible. */
function answer(res: http.ServerResponse, status: number, reason: string, headers: Record<string, string> = {}): void {
  try {
    if (res.headersSent || res.writableEnded) {
      res.destroy();
      return;
    }
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.statusCode = status;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.end(`${status} ${reason}\n`);
  } catch {
    res.destroy();
  }
}

/**
 * The dev server's `middleware` option: runs before its own file lookup (the
 * `eleventyProjectMiddleware` of server.js, which it calls as `next`). Refused
 * requests get 400, 404 or 405 there; anything the lookup throws becomes a
 * response, never an unhandled rejection (which stops Node).
 */
export function guard(outputDir: string) {
  return function frisePreviewGuard(req: http.IncomingMessage, res: http.ServerResponse, next: Next): void {
    const refused = refusal(req.method, req.url, outputDir);
    if (refused) {
      answer(res, refused.status, refused.reason, refused.status === 405 ? { Allow: "GET, HEAD" } : {});
      return;
    }
    try {
      const result = next();
      // Not the case in dev server 2.1 (its lookup is synchronous), but never leave a promise unwatched.
      if (result instanceof Promise) result.catch((error: unknown) => failed(res, error));
    } catch (error) {
      failed(res, error);
    }
  };
}

/** A request the dev server could not answer: 404 for its own "Invalid path", else 500 and one line on stderr. */
function failed(res: http.ServerResponse, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (message === "Invalid path") {
    answer(res, 404, "Not Found");
    return;
  }
  console.error(`frise: could not answer a request: ${oneLine(message.split("\n")[0] ?? "")}`);
  answer(res, 500, "Internal Server Error");
}
