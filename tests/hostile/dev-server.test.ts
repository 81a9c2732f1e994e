/**
 * `npm run dev` against hostile requests and networks: the real dev server on a
 * copy of the content and a free port. By default it listens on 127.0.0.1 and
 * nothing else; `--host` (or FRISE_HOST) moves it. Malformed, traversing or
 * over-long URLs and other methods than GET and HEAD get 400, 404 or 405, never
 * a byte from outside the output folder, and the server keeps serving the site
 * afterwards with no stack trace printed.
 *
 * Requests are written on raw sockets to 127.0.0.1: `fetch` would normalise
 * `/%2e%2e/`, `\` and `..` away before sending them. Each answer is bounded in
 * time and size.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/serve.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const EVENT = "2025-04-01-annonce-premieres-consultations-aes-russie";
/** Written into the copied site.yml and next to the output folder: no answer may contain it. */
const SECRET = `frise-secret-${crypto.randomBytes(8).toString("hex")}`;

async function until<T>(what: string, probe: () => T | undefined, timeoutMs: number, alive: () => boolean): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (!alive()) throw new Error(`npm run dev stopped while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Dev {
  child: ChildProcess;
  port: number;
  url: string;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<void>;
}

/**
 * A folder holding `content/` (a copy of the real content, its site.yml marked
 * with SECRET), the output folder `_site.dev/`, and `_site.dev-old/secret.txt`:
 * a sibling whose name starts with the output folder's, which the dev server's
 * own prefix check (`startsWith`) lets through.
 */
function workspace(): { content: string; output: string } {
  const dir = tempDir("dev-hostile");
  const content = path.join(dir, "content");
  fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
  fs.appendFileSync(path.join(content, "site.yml"), `\n# ${SECRET}\n`);
  fs.mkdirSync(path.join(dir, "_site.dev-old"));
  fs.writeFileSync(path.join(dir, "_site.dev-old", "secret.txt"), `${SECRET}\n`);
  return { content, output: path.join(dir, "_site.dev") };
}

async function startDev(args: string[], env: Record<string, string | undefined>): Promise<Dev> {
  const { content, output } = workspace();
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, FRISE_CONTENT: content, FRISE_OUTPUT: output, FRISE_PORT: String(port), ...env };
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
  const child = spawn(TSX, [path.join(ROOT, "src/cli/dev.ts"), ...args], {
    cwd: ROOT,
    env: childEnv,
    detached: true, // its own process group, so the test can stop tsx, Node and the server together
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (err += String(d)));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!child.pid || !alive()) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (alive()) process.kill(-child.pid, "SIGKILL");
  };
  try {
    const url = await until("the server", () => /^frise: serving (http:\/\/\S+\/) /m.exec(out)?.[1], 90_000, alive);
    return { child, port: Number(new URL(url).port), url, stdout: () => out, stderr: () => err, stop };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\nstdout:\n${out}\nstderr:\n${err}`);
  }
}

/** Addresses listening on a TCP port, read from /proc/net/tcp{,6}; undefined where there is no /proc. */
function listeningAddresses(port: number): string[] | undefined {
  const found: string[] = [];
  let readable = false;
  for (const [file, v6] of [["/proc/net/tcp", false], ["/proc/net/tcp6", true]] as const) {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
      readable = true;
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4 || cols[3] !== "0A") continue; // 0A: LISTEN
      const [hex, portHex] = cols[1]!.split(":") as [string, string];
      if (parseInt(portHex, 16) !== port) continue;
      // Each 32-bit word is in the machine's byte order (little-endian here).
      const bytes = (hex.match(/.{8}/g) ?? []).flatMap((word) => (word.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
      if (!v6) found.push(bytes.join("."));
      else {
        const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16));
        found.push(new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1));
      }
    }
  }
  return readable ? found : undefined;
}

/** An IPv4 address of this machine that is not a loopback one, if there is one. */
function otherAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
}

/** Whether a TCP connection to host:port is accepted (within 3 seconds). */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3_000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

interface Answer {
  status: number;
  head: string;
  body: string;
}

/** Writes `request` as is to host:port and reads the whole answer (the request asks to close). */
function raw(port: number, request: string, host = "127.0.0.1"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const socket = net.connect({ host, port }, () => socket.write(request));
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer within 10 s to ${JSON.stringify(request.slice(0, 80))}`)));
    socket.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 4 * 1024 * 1024) socket.destroy(new Error("answer larger than 4 MB"));
      else chunks.push(chunk);
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(text)?.[1];
      if (!status) return reject(new Error(`no HTTP answer to ${JSON.stringify(request.slice(0, 80))}: ${JSON.stringify(text.slice(0, 200))}`));
      const end = text.indexOf("\r\n\r\n");
      resolve({ status: Number(status), head: text.slice(0, end), body: Buffer.from(text.slice(end + 4), "latin1").toString("utf8") });
    });
  });
}

const request = (port: number, method: string, target: string, body = "") =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${body ? `Content-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` : ""}Connection: close\r\n\r\n${body}`;

const up = "..%2f".repeat(12);

/** Hostile requests and the status each must get. */
const HOSTILE: { what: string; method: string; target: string; status: number }[] = [
  { what: "a lone %", method: "GET", target: "/%", status: 400 },
  { what: "a truncated escape", method: "GET", target: "/evenements/%E0%A4%A", status: 400 },
  { what: "an escape that is not UTF-8", method: "GET", target: "/%ff", status: 400 },
  { what: "site.yml through encoded slashes", method: "GET", target: "/..%2f..%2fsite.yml", status: 404 },
  { what: "the content's site.yml through encoded slashes", method: "GET", target: "/..%2fcontent%2fsite.yml", status: 404 },
  { what: "a sibling folder named like the output folder", method: "GET", target: "/..%2f_site.dev-old%2fsecret.txt", status: 404 },
  { what: "/etc/passwd through encoded slashes", method: "GET", target: `/${up}etc%2fpasswd`, status: 404 },
  { what: "encoded dots", method: "GET", target: "/%2e%2e/", status: 404 },
  { what: "encoded dots and slashes", method: "GET", target: "/%2e%2e%2f%2e%2e%2fcontent%2fsite.yml", status: 404 },
  { what: "a double-encoded traversal", method: "GET", target: "/%252e%252e%252fcontent%252fsite.yml", status: 404 },
  { what: "plain dot segments", method: "GET", target: "/../content/site.yml", status: 404 },
  { what: "dot segments after a page", method: "GET", target: `/evenements/${EVENT}/../../../content/site.yml`, status: 404 },
  { what: "a NUL byte", method: "GET", target: "/%00", status: 400 },
  { what: "a NUL byte before an extension", method: "GET", target: "/index.html%00.yml", status: 400 },
  { what: "a control character", method: "GET", target: "/%0d%0aX-Injected:%201", status: 400 },
  { what: "backslashes", method: "GET", target: "/..\\..\\content\\site.yml", status: 400 },
  { what: "encoded backslashes", method: "GET", target: "/..%5c..%5ccontent%5csite.yml", status: 400 },
  { what: "a protocol-relative target", method: "GET", target: "//127.0.0.1/content/site.yml", status: 400 },
  { what: "an absolute-form target", method: "GET", target: "http://127.0.0.1/../content/site.yml", status: 400 },
  { what: "a very long URL", method: "GET", target: `/${"a".repeat(8_000)}`, status: 400 },
  { what: "a very long traversal", method: "GET", target: `/${"..%2f".repeat(1_000)}site.yml`, status: 400 },
  { what: "HEAD with a lone %", method: "HEAD", target: "/%", status: 400 },
  { what: "POST", method: "POST", target: "/", status: 405 },
  { what: "PUT", method: "PUT", target: "/index.html", status: 405 },
  { what: "DELETE", method: "DELETE", target: "/index.html", status: 405 },
  { what: "OPTIONS *", method: "OPTIONS", target: "*", status: 405 },
  { what: "OPTIONS /", method: "OPTIONS", target: "/", status: 405 },
  { what: "TRACE", method: "TRACE", target: "/", status: 405 },
  { what: "PATCH with a traversal", method: "PATCH", target: "/..%2f..%2fsite.yml", status: 405 },
];

describe("npm run dev, by default", () => {
  let dev: Dev;

  beforeAll(async () => {
    dev = await startDev([], { FRISE_HOST: undefined });
  });

  afterAll(async () => {
    await dev?.stop();
  });

  it("prints a 127.0.0.1 URL and listens on 127.0.0.1 only", async () => {
    expect(dev.url).toBe(`http://127.0.0.1:${dev.port}/`);
    const listening = listeningAddresses(dev.port);
    if (listening) expect(listening).toEqual(["127.0.0.1"]);
    expect(await connects("127.0.0.1", dev.port)).toBe(true);
    const other = otherAddress();
    if (other) expect(await connects(other, dev.port), `${other}:${dev.port} must refuse connections`).toBe(false);
    expect(dev.stderr()).not.toContain("every network interface");
  });

  it.each(HOSTILE)("answers $what with $status", async ({ method, target, status }) => {
    const answer = await raw(dev.port, request(dev.port, method, target, method === "POST" || method === "PUT" ? "a=b\n" : ""));
    expect(answer.status, `${method} ${target.slice(0, 100)}`).toBe(status);
    if (status === 405) expect(answer.head).toMatch(/^Allow: GET, HEAD$/im);
    expect(answer.body).not.toContain(SECRET);
    expect(answer.body).not.toMatch(/^root:/m);
    expect(answer.head).not.toMatch(/^X-Injected/im);
  });

  it("leaves a request line too long for Node's HTTP parser to Node (431), and lives on", async () => {
    const answer = await raw(dev.port, request(dev.port, "GET", `/${"..%2f".repeat(8_000)}site.yml`));
    expect(answer.status).toBe(431);
    expect(answer.body).not.toContain(SECRET);
  });

  it("refuses a broken WebSocket handshake (the live-reload channel) with 400", async () => {
    const answer = await raw(dev.port, `GET /%2e%2e/%2e%2e/ HTTP/1.1\r\nHost: 127.0.0.1:${dev.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n`);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain(SECRET);
  });

  it("answers HEAD on a page with its headers and no body", async () => {
    const answer = await raw(dev.port, request(dev.port, "HEAD", "/"));
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("");
  });

  it("still serves the site afterwards, with no stack trace printed", async () => {
    for (const target of ["/", `/evenements/${EVENT}/`]) {
      const answer = await raw(dev.port, request(dev.port, "GET", target));
      expect(answer.status).toBe(200);
      expect(answer.body).toMatch(/<title>[^<]+<\/title>/);
      expect(answer.body).not.toContain(SECRET);
    }
    const response = await fetch(`${dev.url}evenements/${EVENT}/`);
    expect(response.status).toBe(200);
    expect(dev.child.exitCode).toBeNull();
    expect(dev.child.signalCode).toBeNull();
    const printed = dev.stdout() + dev.stderr();
    expect(printed).not.toMatch(/^\s+at /m);
    expect(printed).not.toMatch(/URIError|Invalid path|could not answer a request/);
  });
});

describe("npm run dev --host", () => {
  let dev: Dev;

  beforeAll(async () => {
    // The flag wins over the variable, as --port does over FRISE_PORT.
    dev = await startDev(["--host", "0.0.0.0"], { FRISE_HOST: "127.0.0.1" });
  });

  afterAll(async () => {
    await dev?.stop();
  });

  it("listens where it is told, and says so", async () => {
    expect(dev.url).toBe(`http://0.0.0.0:${dev.port}/`);
    expect(dev.stderr()).toContain("frise: listening on every network interface (--host 0.0.0.0): other machines can open this preview");
    const listening = listeningAddresses(dev.port);
    if (listening) expect(listening).toEqual(["0.0.0.0"]);
    const answer = await raw(dev.port, request(dev.port, "GET", `/evenements/${EVENT}/`));
    expect(answer.status).toBe(200);
    const other = otherAddress();
    if (other) expect((await raw(dev.port, request(dev.port, "GET", "/"), other)).status).toBe(200);
  });

  it("refuses the same hostile requests there", async () => {
    for (const { method, target, status } of HOSTILE.filter(({ what }) => /site\.yml|sibling|lone %/.test(what))) {
      const answer = await raw(dev.port, request(dev.port, method, target));
      expect(answer.status, `${method} ${target}`).toBe(status);
      expect(answer.body).not.toContain(SECRET);
    }
    expect(dev.child.exitCode).toBeNull();
  });
});

describe("npm run dev with FRISE_HOST", () => {
  it("is honoured, and an address that is not this machine's stops it with one line", async () => {
    const address = "203.0.113.7"; // TEST-NET-3 (RFC 5737): on no machine
    if (Object.values(os.networkInterfaces()).flat().some((a) => a?.address === address)) return;
    const { content, output } = workspace();
    const port = await freePort();
    const child = spawn(TSX, [path.join(ROOT, "src/cli/dev.ts")], {
      cwd: ROOT,
      env: { ...process.env, FRISE_CONTENT: content, FRISE_OUTPUT: output, FRISE_PORT: String(port), FRISE_HOST: address },
      detached: true,
    });
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        process.kill(-child.pid!, "SIGKILL");
        resolve(null);
      }, 90_000);
      child.once("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code, stderr).toBe(1);
    expect(stderr).toContain(`frise: cannot listen on ${address}:${port}: EADDRNOTAVAIL\n`);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
