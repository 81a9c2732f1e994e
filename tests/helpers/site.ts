/**
 * Test helpers: build the site with the real CLI in a child process, and read
 * the result with a real HTML parser (parse5, the parser of the HTML spec).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse, type DefaultTreeAdapterMap } from "parse5";

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** The English fixture story (tests/fixtures/english/): the site in English, from English and French sources. */
export const ENGLISH_FIXTURE = path.join(ROOT, "tests/fixtures/english");

/** The sites every gate checks: the real content (French) and the English fixture. */
export const SITES = [
  { name: "French site (content/)", language: "fr", content: path.join(ROOT, "content") },
  { name: "English site (tests/fixtures/english/)", language: "en", content: ENGLISH_FIXTURE },
] as const;

export type SiteUnderTest = (typeof SITES)[number];

const created: string[] = [];

/** A fresh folder in the system temp folder, removed after the test file (tests/setup.ts). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `frise-${prefix}-`));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a frise CLI script (`src/cli/<name>.ts`) with extra environment variables. */
export async function runCli(name: string, env: Record<string, string>, args: string[] = []): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(TSX, [path.join(ROOT, "src/cli", `${name}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** Builds `contentDir` (default: the real content) into a fresh folder and returns it. */
export async function buildInto(env: Record<string, string> = {}): Promise<string> {
  const output = path.join(tempDir("site"), "_site");
  const result = await runCli("build", { FRISE_OUTPUT: output, ...env });
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stderr}`);
  return output;
}

/** Every file below a folder, relative, sorted, with `/` separators. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join("/"))
    .sort();
}

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

export interface ParsedPage {
  file: string;
  ids: Set<string>;
  /** Every `href` and `src` with the tag it came from. */
  links: { tag: string; attr: string; value: string }[];
  elements: Element[];
  text: string;
}

function walk(node: Node, visit: (el: Element) => void): void {
  if ("tagName" in node) visit(node as Element);
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) walk(child as Node, visit);
  if ("content" in node && node.content) walk(node.content as unknown as Node, visit);
}

export function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  const children = "childNodes" in node ? node.childNodes : [];
  return children.map((c) => textOf(c as Node)).join("");
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function parsePage(file: string, html: string): ParsedPage {
  const doc = parse(html);
  const ids = new Set<string>();
  const links: ParsedPage["links"] = [];
  const elements: Element[] = [];
  walk(doc as unknown as Node, (el) => {
    elements.push(el);
    const id = attr(el, "id");
    if (id !== undefined) ids.add(id);
    for (const name of ["href", "src"]) {
      const value = attr(el, name);
      if (value !== undefined) links.push({ tag: el.tagName, attr: name, value });
    }
  });
  return { file, ids, links, elements, text: textOf(doc as unknown as Node) };
}

export function readSite(dir: string): Map<string, ParsedPage> {
  const pages = new Map<string, ParsedPage>();
  for (const file of listFiles(dir).filter((f) => f.endsWith(".html"))) {
    pages.set(file, parsePage(file, fs.readFileSync(path.join(dir, file), "utf8")));
  }
  return pages;
}

/** The output file a site URL path points to, or undefined when it leaves the prefix. */
export function fileForUrl(urlPath: string, prefix: string): string | undefined {
  if (!urlPath.startsWith(prefix)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(prefix.length));
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

/** Every internal link that does not resolve to a file, or to an id in it. */
export function brokenLinks(dir: string, prefix: string, pages = readSite(dir)): string[] {
  const broken: string[] = [];
  const files = new Set(listFiles(dir));
  for (const page of pages.values()) {
    const base = new URL(`http://site.test${prefix}${page.file.replace(/index\.html$/, "")}`);
    for (const link of page.links) {
      if (link.tag === "link" && link.attr === "href" && /^https?:/.test(link.value)) continue; // canonical, absolute by design
      const url = new URL(link.value, base);
      if (url.host !== "site.test") continue;
      const target = fileForUrl(url.pathname, prefix);
      const where = `${page.file}: ${link.tag}[${link.attr}="${link.value}"]`;
      if (target === undefined || !files.has(target)) {
        broken.push(`${where}: no such file`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !pages.get(target)?.ids.has(fragment)) broken.push(`${where}: no id "${fragment}" in ${target}`);
    }
  }
  return broken;
}
