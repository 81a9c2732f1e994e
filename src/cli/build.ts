/**
 * `npm run build`: validate all content, render the site into a fresh folder
 * beside the output, then swap it in. A build that fails for any reason leaves
 * the previous site exactly as it was, and never leaves stale pages behind.
 */
import fs from "node:fs";
import path from "node:path";
import { buildPaths } from "../config.ts";
import { loadTimeline } from "../index.ts";
import { writeSearchIndex } from "../outputs/search-index.ts";
import { siteModelFor } from "../site-model.ts";
import { fsReason } from "../content/diagnostics.ts";
import { failureLine, reportAndExit, runCli } from "./report.ts";

export interface Built {
  outputDir: string;
  pages: number;
  /** Problems that did not stop the build (leftovers that could not be removed), one line each. */
  warnings: string[];
}

/** A path beside the output shown short. */
const shown = (dir: string) => {
  const rel = path.relative(process.cwd(), dir);
  return rel === "" ? "." : rel.startsWith("..") ? dir : rel;
};

export async function buildSite(env: NodeJS.ProcessEnv = process.env): Promise<Built> {
  const { contentDir, outputDir } = buildPaths(env);
  const modelKey = [contentDir, env.FRISE_PATH_PREFIX ?? "", env.FRISE_BASE_URL ?? ""].join("\n");
  const { timeline, diagnostics } = loadTimeline(env, contentDir);
  const site = siteModelFor(modelKey, () => timeline);
  reportAndExit(diagnostics, false);

  refuseOutput(outputDir, contentDir);
  const warnings: string[] = [];
  removeLeftovers(outputDir, warnings);
  const staging = unusedPath(outputDir, "tmp");
  try {
    fs.mkdirSync(path.dirname(staging), { recursive: true });
    fs.mkdirSync(staging);
  } catch (error) {
    throw new Error(`cannot create ${shown(staging)}: ${fsReason(error)}; the folder that holds the site must be writable`);
  }
  // Pagefind indexes the model and writes its files in its own process while Eleventy writes the pages.
  let search: Promise<unknown> = Promise.resolve();
  let pages = 0;
  try {
    search = writeSearchIndex(site, staging);
    search.catch(() => {}); // awaited below; a failure meanwhile is not "unhandled"
    const { Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy("layouts", staging, { quietMode: true, configPath: ".eleventy.ts", config: failRenderForTests(env) });
    // Eleventy prints its errors with their stack; the build reports them itself, in one line.
    if (!env.FRISE_DEBUG) eleventy.disableLogger();
    const results = (await eleventy.write()) as unknown as [unknown[], unknown[]];
    if (!fs.existsSync(path.join(staging, "index.html"))) throw new Error(`Eleventy did not write the site into ${shown(staging)}`);
    pages = Array.isArray(results?.[1]) ? results[1].length : 0;
    await search;
  } catch (error) {
    await search.catch(() => {});
    await removeSettled(staging);
    throw rootCause(error);
  }

  // The swap: two renames; on failure the previous site is put back.
  const retired = unusedPath(outputDir, "old");
  try {
    if (fs.existsSync(outputDir)) fs.renameSync(outputDir, retired);
    fs.renameSync(staging, outputDir);
  } catch (error) {
    if (!fs.existsSync(outputDir) && fs.existsSync(retired)) fs.renameSync(retired, outputDir);
    await removeSettled(staging);
    throw new Error(`cannot put the new site in place at ${shown(outputDir)}: ${fsReason(error)}; the previous site is unchanged`);
  }
  // The new site is in place: what is left to tidy up cannot make the build a failure.
  try {
    fs.rmSync(retired, { recursive: true, force: true });
  } catch (error) {
    warnings.push(`the previous site is left at ${shown(retired)}: it cannot be removed (${fsReason(error)}); remove it by hand`);
  }
  return { outputDir, pages, warnings };
}

/**
 * The output folder is replaced whole: it must not be, or hold, the project,
 * the content or the file system's root (FRISE_OUTPUT=. would remove the project).
 */
function refuseOutput(outputDir: string, contentDir: string): void {
  const inside = (dir: string, parent: string) => dir === parent || dir.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
  const holds = [process.cwd(), contentDir, path.parse(outputDir).root].find((dir) => inside(dir, outputDir));
  if (holds !== undefined || inside(outputDir, contentDir)) {
    throw new Error(`refusing to build into ${outputDir}: the output folder is replaced whole, so it must be a folder of its own, outside the content folder (set FRISE_OUTPUT, e.g. _site)`);
  }
}

/** Eleventy wraps a template's error in its own ("Having trouble writing to …"): the innermost one says what broke. */
function rootCause(error: unknown): unknown {
  let inner = error;
  for (let depth = 0; depth < 10; depth++) {
    const next = (inner as { originalError?: unknown; cause?: unknown } | null)?.originalError ?? (inner as { cause?: unknown } | null)?.cause;
    if (!(next instanceof Error)) break;
    inner = next;
  }
  return inner;
}

/** `<output>.<kind>-<pid>`, or with a suffix when a leftover that cannot be removed holds that name. */
function unusedPath(outputDir: string, kind: "tmp" | "old"): string {
  const base = `${outputDir}.${kind}-${process.pid}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/**
 * When one page fails, Eleventy rejects at once while other pages are still
 * being written, and a late write would recreate the folder: remove it until
 * nothing comes back for a moment.
 */
async function removeSettled(dir: string): Promise<void> {
  try {
    for (let i = 0; i < 20; i++) {
      fs.rmSync(dir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (!fs.existsSync(dir)) return;
    }
  } catch (error) {
    // The failure being reported matters more; the next build removes what is left.
    console.error(`frise: warning: ${shown(dir)} could not be removed (${fsReason(error)})`);
  }
}

/** A process that exists and is not a zombie (killed builds linger as zombies in containers without an init). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    return !/^\d+ \(.*\) Z /s.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
};

/**
 * Staging and retired folders of builds that died (killed, power cut) are
 * removed; a retired site whose replacement never arrived is put back. A
 * leftover that cannot be removed is reported and left: it never blocks a build.
 */
function removeLeftovers(outputDir: string, warnings: string[]): void {
  const parent = path.dirname(outputDir);
  let names: string[];
  try {
    names = fs.readdirSync(parent).sort();
  } catch {
    return; // no parent yet: nothing left over; creating the staging folder says what is wrong
  }
  const base = `${path.basename(outputDir)}.`;
  for (const name of names) {
    const m = name.startsWith(base) ? /^(tmp|old)-(\d+)(?:-\d+)?$/.exec(name.slice(base.length)) : null;
    if (!m || alive(Number(m[2]))) continue;
    const dir = path.join(parent, name);
    try {
      if (m[1] === "old" && !fs.existsSync(outputDir)) fs.renameSync(dir, outputDir);
      else fs.rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      warnings.push(`${shown(dir)} is left over from an earlier build and cannot be removed (${fsReason(error)}); remove it by hand`);
    }
  }
}

/**
 * Test hook: FRISE_TEST_FAIL_RENDER=<fragment> makes the render of any page
 * whose output path contains the fragment throw, as a broken template would.
 */
function failRenderForTests(env: NodeJS.ProcessEnv) {
  const fragment = env.FRISE_TEST_FAIL_RENDER;
  if (!fragment) return undefined;
  return (eleventyConfig: { addTransform(name: string, fn: (content: string, outputPath: string) => string): void }) => {
    eleventyConfig.addTransform("frise-test-fail", function (content, outputPath) {
      if (String(outputPath).includes(fragment)) throw new Error(`render failed on purpose (FRISE_TEST_FAIL_RENDER) for ${outputPath}`);
      return content;
    });
  };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith(path.join("cli", "build.ts"))) {
  // Until the site is in place the exit code says failure: a tool that dies silently cannot make this exit 0.
  process.exitCode = 1;
  let finished = false;
  process.on("beforeExit", () => {
    if (process.exitCode === 1 && !finished) {
      finished = true;
      console.error(failureLine(new Error("the build stopped before the site was in place (a tool ended without answering)"), "build failed"));
    }
  });
  runCli(async () => {
    const { outputDir, pages, warnings } = await buildSite();
    finished = true;
    for (const warning of warnings) console.error(`frise: warning: ${warning}`);
    console.log(`frise: built ${pages} pages into ${shown(outputDir)}`);
    process.exitCode = 0;
  }, "build failed");
}
