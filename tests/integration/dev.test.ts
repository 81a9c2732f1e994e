/**
 * `npm run dev`, driven from a test: the real dev server on a copy of the
 * content and a free port. An edit is served within seconds; an invalid edit
 * prints its diagnostics and the last good site stays served; fixing it
 * resumes. The background problem matcher of .vscode/tasks.json is checked
 * against what the server prints.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/serve.ts";
import { ROOT, runCli, tempDir } from "../helpers/site.ts";

const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const EVENT = "2025-04-01-annonce-premieres-consultations-aes-russie";

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("npm run dev", () => {
  let content: string;
  let output: string;
  let child: ChildProcess;
  let log = "";
  let url: string;
  const eventFile = () => path.join(content, "events", `${EVENT}.md`);
  const page = async () => {
    const response = await fetch(`${url}evenements/${EVENT}/`);
    return { status: response.status, text: await response.text() };
  };
  const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

  beforeAll(async () => {
    const dir = tempDir("dev");
    content = path.join(dir, "content");
    output = path.join(dir, "_site.dev");
    fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
    const port = await freePort();
    child = spawn(TSX, [path.join(ROOT, "src/cli/dev.ts")], {
      cwd: ROOT,
      env: { ...process.env, FRISE_CONTENT: content, FRISE_OUTPUT: output, FRISE_PORT: String(port) },
      detached: true, // its own process group, so the test can stop tsx, Node and the server together
    });
    child.stdout!.on("data", (d) => (log += String(d)));
    child.stderr!.on("data", (d) => (log += String(d)));
    url = await until("the server", () => /^frise: serving (http:\/\/127\.0\.0\.1:\d+\/) /m.exec(log)?.[1], 90_000);
    expect(url).toBe(`http://127.0.0.1:${port}/`); // this machine only, by default (tests/hostile/dev-server.test.ts)
  });

  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  });

  it("serves the site", async () => {
    const { status, text } = await page();
    expect(status).toBe(200);
    expect(titleOf(text)).toMatch(/^Annonce des premières consultations AES–Russie/);
  });

  it("serves an edited title within 10 seconds", async () => {
    fs.writeFileSync(eventFile(), fs.readFileSync(eventFile(), "utf8").replace(/^title: .*$/m, "title: Titre modifié pendant le test"));
    const started = Date.now();
    await until("the new title", async () => ((await page()).text.includes("Titre modifié pendant le test") ? true : undefined), 10_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Shown by the quick preview first (dev-preview.ts), then by the full rebuild.
    await until("the preview's message", () => (log.includes(`frise: showing /evenements/${EVENT}/ at once; rebuilding the rest`) ? true : undefined), 5_000);
    await until("the full rebuild", () => (/content is valid: \d+ events, rebuilding/.test(log) ? true : undefined), 10_000);
  });

  it("prints the errors of an invalid edit and keeps serving the last good site", async () => {
    const served = fs.readFileSync(path.join(output, "evenements", EVENT, "index.html"), "utf8");
    const mark = log.length;
    fs.writeFileSync(eventFile(), fs.readFileSync(eventFile(), "utf8").replace(/^date: .*$/m, "date: 2025-02-30").replace(/^title: .*$/m, "title: Titre invalide"));
    await until("the verdict on the invalid edit", () => (log.slice(mark).includes("frise: nothing rebuilt") ? true : undefined), 20_000);
    const printed = log.slice(mark);
    expect(printed).toContain(`${eventFile()}:3:7: error: date: "2025-02-30" does not exist: February 2025 has no day 30\n`);
    expect(printed).toContain(`frise: nothing rebuilt; the last good site is still served at ${url}`);
    expect(printed).not.toMatch(/^\s+at /m);
    const { status, text } = await page();
    expect(status).toBe(200);
    expect(titleOf(text)).toMatch(/^Titre modifié pendant le test/);
    expect(fs.readFileSync(path.join(output, "evenements", EVENT, "index.html"), "utf8")).toBe(served);
    expect(child.exitCode).toBeNull();
  });

  it("resumes when the edit is fixed", async () => {
    fs.writeFileSync(eventFile(), fs.readFileSync(eventFile(), "utf8").replace(/^date: .*$/m, "date: 2025-04-01"));
    await until("the fixed page", async () => (titleOf((await page()).text)?.startsWith("Titre invalide") ? true : undefined), 10_000);
  });

  it("prints what the background problem matcher of .vscode/tasks.json needs", () => {
    const tasks = JSON.parse(fs.readFileSync(path.join(ROOT, ".vscode/tasks.json"), "utf8")) as {
      tasks: { label: string; problemMatcher: { pattern: { regexp: string }; background?: { beginsPattern: string; endsPattern: string } } }[];
    };
    const dev = tasks.tasks.find((t) => t.label === "frise: dev")!;
    const lines = log.split("\n");
    const begins = lines.filter((l) => new RegExp(dev.problemMatcher.background!.beginsPattern).test(l));
    const ends = lines.filter((l) => new RegExp(dev.problemMatcher.background!.endsPattern).test(l));
    expect(begins.length).toBeGreaterThanOrEqual(3); // one per edit
    expect(ends.length).toBeGreaterThanOrEqual(begins.length); // every rebuild, good or refused, ends
    const problems = lines.filter((l) => new RegExp(dev.problemMatcher.pattern.regexp).test(l));
    expect(problems).toContain(`${eventFile()}:3:7: error: date: "2025-02-30" does not exist: February 2025 has no day 30`);
  });
});

describe("npm run dev refuses to start", () => {
  it("on invalid content, printing the errors", async () => {
    const content = path.join(tempDir("dev-bad"), "content");
    fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
    fs.writeFileSync(path.join(content, "entities/x.md"), "---\nkind: people\nname: X\n---\n");
    const result = await runCli("dev", { FRISE_CONTENT: content, FRISE_OUTPUT: path.join(tempDir("dev-out"), "_site") });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${content}/entities/x.md:2:7: error: kind: "people" is not a kind of entity`);
    expect(result.stderr).toMatch(/frise: fix the content, then run npm run dev again\./);
  });

  it("on a bad port, with the usage", async () => {
    const result = await runCli("dev", {}, ["--port", "http"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('frise: "http" is not a port: expected a number from 1 to 65535\nusage: npm run dev [-- --port 8080] [--host 127.0.0.1]\n');
  });

  it("on a host that is not an address, from --host or FRISE_HOST, with the usage", async () => {
    const usage = "usage: npm run dev [-- --port 8080] [--host 127.0.0.1]\n";
    const flag = await runCli("dev", {}, ["--host", "example.org"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe(`frise: "example.org" is not an address to listen on: expected an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost\n${usage}`);
    const variable = await runCli("dev", { FRISE_HOST: "0.0.0.0\nx" });
    expect(variable.code).toBe(2);
    expect(variable.stderr).toBe(`frise: "0.0.0.0\\u{000A}x" is not an address to listen on: expected an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost\n${usage}`);
  });
});
