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
import { reportAndExit, runCli } from "./report.ts";

export async function buildSite(env: NodeJS.ProcessEnv = process.env): Promise<{ outputDir: string; pages: number }> {
  const { contentDir, outputDir } = buildPaths(env);
  const modelKey = [contentDir, env.FRISE_PATH_PREFIX ?? "", env.FRISE_BASE_URL ?? ""].join("\n");
  const { timeline, diagnostics } = loadTimeline(env, contentDir);
  const site = siteModelFor(modelKey, () => timeline);
  reportAndExit(diagnostics, false);

  const staging = `${outputDir}.tmp-${process.pid}`;
  const retired = `${outputDir}.old-${process.pid}`;
  removeLeftovers(outputDir);
  fs.rmSync(staging, { recursive: true, force: true });
  // Pagefind indexes the model and writes its files in its own process while Eleventy writes the pages.
  const search = writeSearchIndex(site, staging);
  search.catch(() => {}); // awaited below; a failure meanwhile is not "unhandled"
  try {
    const { Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy("layouts", staging, { quietMode: true, configPath: ".eleventy.ts", config: failRenderForTests(env) });
    const results = (await eleventy.write()) as unknown as [unknown[], unknown[]];
    if (!fs.existsSync(path.join(staging, "index.html"))) throw new Error(`Eleventy did not write the site into ${staging}`);
    await search;
    if (fs.existsSync(outputDir)) fs.renameSync(outputDir, retired);
    fs.renameSync(staging, outputDir);
    fs.rmSync(retired, { recursive: true, force: true });
    return { outputDir, pages: Array.isArray(results?.[1]) ? results[1].length : 0 };
  } catch (error) {
    await search.catch(() => {});
    await removeSettled(staging);
    // Failed between the two renames: put the previous site back.
    if (!fs.existsSync(outputDir) && fs.existsSync(retired)) fs.renameSync(retired, outputDir);
    throw error;
  }
}

/**
 * When one page fails, Eleventy rejects at once while other pages are still
 * being written, and a late write would recreate the folder: remove it until
 * nothing comes back for a moment.
 */
async function removeSettled(dir: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    fs.rmSync(dir, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!fs.existsSync(dir)) return;
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
 * removed; a retired site whose replacement never arrived is put back.
 */
function removeLeftovers(outputDir: string): void {
  const parent = path.dirname(outputDir);
  if (!fs.existsSync(parent)) return;
  const base = `${path.basename(outputDir)}.`;
  for (const name of fs.readdirSync(parent).sort()) {
    const m = name.startsWith(base) ? /^(tmp|old)-(\d+)$/.exec(name.slice(base.length)) : null;
    if (!m || alive(Number(m[2]))) continue;
    const dir = path.join(parent, name);
    if (m[1] === "old" && !fs.existsSync(outputDir)) fs.renameSync(dir, outputDir);
    else fs.rmSync(dir, { recursive: true, force: true });
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
  runCli(async () => {
    const { outputDir, pages } = await buildSite();
    console.log(`frise: built ${pages} pages into ${path.relative(process.cwd(), outputDir) || "."}`);
  });
}
