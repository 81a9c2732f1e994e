/**
 * The Nu HTML Checker (vnu-jar, the W3C validator) over every HTML page and the
 * stylesheet of the real site, built at the root and under a preview path
 * prefix, of the hostile fixture's site and of the English fixture's site: zero
 * errors. One JVM checks all four.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, ENGLISH_FIXTURE, listFiles, ROOT, tempDir } from "../helpers/site.ts";

const run = promisify(execFile);
const VNU = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs vnu over folders; returns every message that is not merely informative, keyed by file. */
async function vnu(dirs: string[]): Promise<Map<string, string[]>> {
  let output: string;
  try {
    const { stderr } = await run("java", ["-jar", VNU, "--errors-only", "--skip-non-html", "--also-check-css", "--format", "json", ...dirs], {
      maxBuffer: 64 * 1024 * 1024,
    });
    output = stderr;
  } catch (error) {
    // vnu exits 1 when it finds errors; the report is still on stderr.
    const e = error as { stderr?: string; message: string };
    if (!e.stderr?.trim().startsWith("{")) throw new Error(`vnu did not run: ${e.message}\n${e.stderr ?? ""}`);
    output = e.stderr;
  }
  const report = JSON.parse(output) as { messages: VnuMessage[] };
  const byFile = new Map<string, string[]>();
  for (const m of report.messages) {
    if (m.type === "info") continue;
    const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : "(no file)";
    const list = byFile.get(file) ?? [];
    list.push(`${m.type}${m.subType ? `/${m.subType}` : ""} line ${m.lastLine ?? "?"}: ${m.message}${m.extract ? ` — ${JSON.stringify(m.extract)}` : ""}`);
    byFile.set(file, list);
  }
  return byFile;
}

/** Messages for files below `dir`, with paths relative to it. */
function within(messages: Map<string, string[]>, dir: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [file, list] of messages) if (file.startsWith(dir + path.sep)) out[path.relative(dir, file)] = list;
  return out;
}

describe("Nu HTML Checker", () => {
  let root: string;
  let preview: string;
  let hostile: string;
  let english: string;
  let messages: Map<string, string[]>;

  beforeAll(async () => {
    root = await buildInto();
    preview = await buildInto({ FRISE_PATH_PREFIX: "/preview/pr-1/" });
    hostile = await buildInto({ FRISE_CONTENT: path.join(ROOT, "tests/fixtures/hostile") });
    english = await buildInto({ FRISE_CONTENT: ENGLISH_FIXTURE });
    messages = await vnu([root, preview, hostile, english]);
  });

  it("finds no error in any page or stylesheet of the site", () => {
    expect(listFiles(root).some((f) => f.endsWith(".css"))).toBe(true);
    expect(within(messages, root)).toEqual({});
  });

  it("finds no error in the site built under /preview/pr-1/", () => {
    expect(fs.readFileSync(path.join(preview, "index.html"), "utf8")).toContain('href="/preview/pr-1/');
    expect(within(messages, preview)).toEqual({});
  });

  it("finds no error in the site built from hostile content (tests/fixtures/hostile)", () => {
    expect(within(messages, hostile)).toEqual({});
  });

  it("finds no error in the English site (tests/fixtures/english), French quotes and sources included", () => {
    expect(fs.readFileSync(path.join(english, "index.html"), "utf8")).toContain('<html lang="en">');
    expect(within(messages, english)).toEqual({});
  });

  it("reports nothing about files outside the builds", () => {
    const stray = [...messages.keys()].filter((f) => ![root, preview, hostile, english].some((dir) => f.startsWith(dir + path.sep)));
    expect(stray).toEqual([]);
  });

  it("is really checking: broken HTML and CSS are reported", async () => {
    const dir = tempDir("vnu");
    fs.writeFileSync(path.join(dir, "page.html"), '<!doctype html><html lang="fr"><title>x</title><p><div>mal imbriqué</p><img src=x>');
    fs.writeFileSync(path.join(dir, "style.css"), "p { colr: red; margin: 1px 2px 3px 4px 5px; }");
    const found = within(await vnu([dir]), dir);
    expect(Object.keys(found).sort()).toEqual(["page.html", "style.css"]);
  });
});
