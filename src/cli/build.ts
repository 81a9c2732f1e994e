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
  siteModelFor(modelKey, () => timeline);
  reportAndExit(diagnostics, false);

  const staging = `${outputDir}.tmp-${process.pid}`;
  const retired = `${outputDir}.old-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const { Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy("layouts", staging, { quietMode: true, configPath: ".eleventy.ts" });
    const results = (await eleventy.write()) as unknown as [unknown[], unknown[]];
    if (!fs.existsSync(path.join(staging, "index.html"))) throw new Error(`Eleventy did not write the site into ${staging}`);
    await writeSearchIndex(staging);
    if (fs.existsSync(outputDir)) fs.renameSync(outputDir, retired);
    fs.renameSync(staging, outputDir);
    fs.rmSync(retired, { recursive: true, force: true });
    return { outputDir, pages: Array.isArray(results?.[1]) ? results[1].length : 0 };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith(path.join("cli", "build.ts"))) {
  runCli(async () => {
    const { outputDir, pages } = await buildSite();
    console.log(`frise: built ${pages} pages into ${path.relative(process.cwd(), outputDir) || "."}`);
  });
}
