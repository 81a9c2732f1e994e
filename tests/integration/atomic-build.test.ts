/**
 * The build is atomic: it renders into `<output>.tmp-<pid>` and replaces the
 * output only on success. Forced failures (a page whose render throws, a build
 * killed mid-way, a crash between the two renames) must leave the previous site
 * byte for byte, and no staging folder behind once a build has run again.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/site.ts";

const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** A previous site: a few files with known content. */
function previousSite(output: string): Record<string, string> {
  const files = { "index.html": "previous good site", "evenements/a/index.html": "previous event page", "assets/style.css": "body{}" };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(output, rel)), { recursive: true });
    fs.writeFileSync(path.join(output, rel), text);
  }
  return files;
}

const snapshot = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")]));
const siblings = (output: string) => fs.readdirSync(path.dirname(output)).sort();

/** Watches the output's parent while `run` goes; returns the most files seen in a staging folder. */
async function watchStaging<T>(output: string, run: () => Promise<T>): Promise<{ result: T; staged: number }> {
  let staged = 0;
  const timer = setInterval(() => {
    for (const name of siblings(output).filter((n) => n.startsWith(`${path.basename(output)}.tmp-`))) {
      try {
        staged = Math.max(staged, listFiles(path.join(path.dirname(output), name)).length);
      } catch {
        // removed while listing
      }
    }
  }, 5);
  try {
    return { result: await run(), staged };
  } finally {
    clearInterval(timer);
  }
}

/** The pid of a process that has exited, so surely not a running build. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid!;
}

describe("a render that fails after pages were written", () => {
  it("leaves the previous site untouched and no staging folder", async () => {
    const output = path.join(tempDir("atomic"), "_site");
    const before = previousSite(output);
    const { result, staged } = await watchStaging(output, () => runCli("build", { FRISE_OUTPUT: output, FRISE_TEST_FAIL_RENDER: "sources/" }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^frise: build failed: .*_site\.tmp-\d+\/sources\//m);
    expect(staged, "pages were written into the staging folder before the failure").toBeGreaterThan(0);
    expect(snapshot(output)).toEqual(before);
    expect(siblings(output)).toEqual(["_site"]);
  });

  it("creates no output at all when there was no previous site", async () => {
    const output = path.join(tempDir("atomic"), "_site");
    const result = await runCli("build", { FRISE_OUTPUT: output, FRISE_TEST_FAIL_RENDER: "evenements/" });
    expect(result.code).toBe(1);
    expect(siblings(output)).toEqual([]);
  });
});

describe("invalid content", () => {
  it("stops before any staging folder exists", async () => {
    const content = path.join(tempDir("atomic-content"), "content");
    fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
    fs.writeFileSync(path.join(content, "events/2025-05-01-x.md"), "---\ntitle: X\n---\n");
    const output = path.join(tempDir("atomic"), "_site");
    const before = previousSite(output);
    const { result, staged } = await watchStaging(output, () => runCli("build", { FRISE_CONTENT: content, FRISE_OUTPUT: output }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/events\/2025-05-01-x\.md:1:1: error: date: is required/);
    expect(staged).toBe(0);
    expect(snapshot(output)).toEqual(before);
    expect(siblings(output)).toEqual(["_site"]);
  });
});

describe("a build killed mid-way", () => {
  it("leaves the previous site untouched; the next build clears its staging folder and swaps in the new site", async () => {
    const output = path.join(tempDir("atomic"), "_site");
    const before = previousSite(output);
    const child = spawn(TSX, [path.join(ROOT, "src/cli/build.ts")], { cwd: ROOT, env: { ...process.env, FRISE_OUTPUT: output }, detached: true, stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Kill the whole process group (tsx and its Node child) once pages are in the staging folder.
    const deadline = Date.now() + 60_000;
    let killed = false;
    while (!killed && Date.now() < deadline) {
      const staging = siblings(output).find((n) => n.startsWith("_site.tmp-"));
      if (staging && fs.existsSync(path.join(path.dirname(output), staging, "index.html"))) {
        process.kill(-child.pid!, "SIGKILL");
        killed = true;
      } else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await exited;
    expect(killed, "the build was caught with pages staged").toBe(true);
    expect(snapshot(output)).toEqual(before);
    expect(siblings(output)).toEqual(["_site", expect.stringMatching(/^_site\.tmp-\d+$/)]);

    const next = await runCli("build", { FRISE_OUTPUT: output });
    expect(next.code).toBe(0);
    expect(siblings(output)).toEqual(["_site"]);
    expect(fs.readFileSync(path.join(output, "index.html"), "utf8")).toMatch(/^<!doctype html>/i);
    expect(listFiles(output)).not.toContain("evenements/a/index.html");
  });
});

describe("a crash between the two renames", () => {
  it("is repaired by the next build: the retired site comes back even if that build fails", async () => {
    const output = path.join(tempDir("atomic"), "_site");
    const pid = await deadPid();
    const retired = `${output}.old-${pid}`;
    const before = previousSite(retired);
    fs.mkdirSync(`${output}.tmp-${pid}`);
    fs.writeFileSync(`${output}.tmp-${pid}/index.html`, "half");
    const result = await runCli("build", { FRISE_OUTPUT: output, FRISE_TEST_FAIL_RENDER: "sources/" });
    expect(result.code).toBe(1);
    expect(snapshot(output)).toEqual(before);
    expect(siblings(output)).toEqual(["_site"]);
  });
});
