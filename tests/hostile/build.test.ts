/**
 * A broken tool or a hostile file system never yields a wrong site: the build
 * exits non-zero with one clear line, removes its staging folder and leaves
 * the previous site as it was; leftovers never block a later build; a problem
 * after the swap is reported as what it is, with the new site in place.
 *
 * Permission cases run the real CLI as the unprivileged user `nobody` (CI runs
 * as root, whom permission bits do not stop).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/site.ts";

const isRoot = process.getuid?.() === 0;

/** Runs a frise CLI script as `nobody` when this is root (as the current user otherwise). */
function runAsUser(name: string, env: Record<string, string>): { code: number; stdout: string; stderr: string } {
  const node = [process.execPath, "--import", "tsx", path.join("src/cli", `${name}.ts`)];
  const command = isRoot ? ["runuser", "-u", "nobody", "--", "env", ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...node] : node;
  const result = spawnSync(command[0]!, command.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 });
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** A folder the unprivileged user may write into (temp folders are private to their owner). */
function sharedDir(prefix: string): string {
  const dir = tempDir(prefix);
  fs.chmodSync(dir, 0o755);
  if (isRoot) spawnSync("chown", ["nobody", dir]);
  return dir;
}

function previousSite(output: string): Record<string, string> {
  const files = { "index.html": "previous good site", "evenements/a/index.html": "previous event page" };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(output, rel)), { recursive: true });
    fs.writeFileSync(path.join(output, rel), text);
  }
  return files;
}

const snapshot = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
const siblings = (output: string) => fs.readdirSync(path.dirname(output)).sort();
/** The lines the build printed about itself (content warnings aside). */
const own = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("frise:"));

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^.*\s+at .+:\d+:\d+\)?$/m);
  expect(stderr).not.toMatch(/panicked at|RUST_BACKTRACE/);
}

describe("Pagefind crashes (a panic in its Rust binary)", () => {
  it("fails the build with one line, leaves the previous site and no staging folder", async () => {
    const output = path.join(tempDir("broken-tool"), "_site");
    const before = previousSite(output);
    // A language tag Pagefind cannot handle: it panics ("end byte index … out of bounds").
    const result = await runCli("build", { FRISE_OUTPUT: output, FRISE_TEST_SEARCH_LANGUAGE: "x".repeat(50) });
    expect(result.code).toBe(1);
    expect(own(result.stderr)).toEqual([expect.stringMatching(/^frise: build failed: search index \(Pagefind\) failed: it crashed: .*out of bounds.* \(set FRISE_DEBUG=1 for details\)$/)]);
    expectNoStackTrace(result.stderr);
    expect(result.stdout).not.toMatch(/frise: built/);
    expect(snapshot(output)).toEqual(before);
    expect(siblings(output)).toEqual(["_site"]);
  });

  it("shows the indexer's own output with FRISE_DEBUG", async () => {
    const output = path.join(tempDir("broken-tool"), "_site");
    const result = await runCli("build", { FRISE_OUTPUT: output, FRISE_TEST_SEARCH_LANGUAGE: "x".repeat(50), FRISE_DEBUG: "1" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/panicked at/);
  });
});

describe("a page fails to render (Eleventy)", () => {
  it("fails with one line and no stack trace", async () => {
    const output = path.join(tempDir("broken-tool"), "_site");
    const result = await runCli("build", { FRISE_OUTPUT: output, FRISE_TEST_FAIL_RENDER: "evenements/" });
    expect(result.code).toBe(1);
    expect(own(result.stderr)).toHaveLength(1);
    // The template's own error, not Eleventy's wrapper ("Having trouble writing to …").
    expect(own(result.stderr)[0]).toMatch(/^frise: build failed: render failed on purpose .*\/evenements\//);
    expect(result.stderr).not.toMatch(/\[11ty\]/);
    expectNoStackTrace(result.stderr);
    expect(fs.existsSync(path.dirname(output)) ? siblings(output) : []).toEqual([]);
  });
});

describe("file system trouble", () => {
  it("a read-only parent folder: one clear line, no panic, no stack trace", () => {
    const parent = path.join(tempDir("read-only"), "locked");
    fs.mkdirSync(parent, { mode: 0o555 });
    fs.chmodSync(path.dirname(parent), 0o755);
    const result = runAsUser("build", { FRISE_OUTPUT: path.join(parent, "_site") });
    expect(result.code).toBe(1);
    expect(own(result.stderr)).toEqual([expect.stringMatching(/^frise: build failed: cannot create .*_site\.tmp-\d+: permission denied \(EACCES\); the folder that holds the site must be writable/)]);
    expectNoStackTrace(result.stderr);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it("a leftover that cannot be removed does not block the build, and is reported", () => {
    const parent = sharedDir("leftover");
    const output = path.join(parent, "_site");
    // A retired site of a build that died, owned by someone else: the build cannot remove it.
    const leftover = path.join(parent, "_site.old-999999999");
    fs.mkdirSync(path.join(leftover, "evenements"), { recursive: true });
    fs.writeFileSync(path.join(leftover, "evenements/index.html"), "old");
    if (!isRoot) fs.chmodSync(leftover, 0o555);
    fs.mkdirSync(output);
    if (isRoot) spawnSync("chown", ["-R", "nobody", output]);
    for (let run = 0; run < 2; run++) {
      const result = runAsUser("build", { FRISE_OUTPUT: output });
      expect(result.code, result.stderr).toBe(0);
      expect(own(result.stderr)).toContainEqual(expect.stringMatching(/^frise: warning: .*_site\.old-999999999 is left over from an earlier build and cannot be removed \(permission denied \(EACCES\)\); remove it by hand$/));
      expect(result.stdout).toMatch(/^frise: built \d+ pages into /m);
      expect(fs.readFileSync(path.join(output, "index.html"), "utf8")).toMatch(/^<!doctype html>/i);
    }
    expect(siblings(output)).toEqual(["_site", "_site.old-999999999"]);
  });

  it("a previous site that cannot be removed after the swap: the new site is in place, a warning says so", () => {
    const parent = sharedDir("after-swap");
    const output = path.join(parent, "_site");
    previousSite(output);
    // The previous site belongs to the build's user, but one of its folders does not: it moves, yet cannot be deleted.
    fs.chmodSync(output, 0o755);
    if (isRoot) spawnSync("chown", ["nobody", output]);
    else fs.chmodSync(path.join(output, "evenements"), 0o555);
    const result = runAsUser("build", { FRISE_OUTPUT: output });
    expect(result.code, result.stderr).toBe(0);
    expect(own(result.stderr)).toContainEqual(expect.stringMatching(/^frise: warning: the previous site is left at .*_site\.old-\d+: it cannot be removed \(permission denied \(EACCES\)\); remove it by hand$/));
    expect(fs.readFileSync(path.join(output, "index.html"), "utf8")).toMatch(/^<!doctype html>/i);
    expect(result.stdout).toMatch(/^frise: built /m);
  });

  it("an unreadable content folder is a diagnostic naming it, not a stack trace", () => {
    const parent = sharedDir("unreadable");
    const content = path.join(parent, "content");
    fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
    spawnSync("chmod", ["-R", "a+rX", content]);
    fs.chmodSync(path.join(content, "sources"), 0o000);
    const result = runAsUser("check", { FRISE_CONTENT: content });
    fs.chmodSync(path.join(content, "sources"), 0o755);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/content\/sources:1:1: error: folder cannot be read: permission denied \(EACCES\)$/m);
    expectNoStackTrace(result.stderr);
  });
});

describe("an output folder that would replace something else", () => {
  it.each([["the project itself", "."], ["inside the content folder", "content/_site"]])("is refused: %s", async (_, output) => {
    const result = await runCli("build", { FRISE_OUTPUT: output });
    expect(result.code).toBe(1);
    expect(own(result.stderr)).toEqual([expect.stringMatching(/^frise: build failed: refusing to build into .*: the output folder is replaced whole/)]);
    expect(fs.existsSync(path.join(ROOT, "package.json"))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "content/_site"))).toBe(false);
  });
});
