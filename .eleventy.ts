/**
 * Eleventy wiring only: the timeline model becomes global data, `layouts/`
 * holds the page templates (TypeScript, escaped by default), the stylesheet
 * is copied, and the data files (calendars, JSON exports), which are not
 * pages, are written from the model once the pages are. Content is not an
 * Eleventy input: it is data, read by src/.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildPaths } from "./src/config.ts";
import { loadTimeline } from "./src/index.ts";
import { writeDataFiles } from "./src/outputs/data-files.ts";
import { forgetSiteModel, siteModelFor } from "./src/site-model.ts";

export default function (eleventyConfig: UserConfig) {
  // The output folder is the caller's choice (src/cli/build.ts renders into a staging folder).
  const { contentDir } = buildPaths();
  const modelKey = [contentDir, process.env.FRISE_PATH_PREFIX ?? "", process.env.FRISE_BASE_URL ?? ""].join("\n");
  const model = () => siteModelFor(modelKey, () => loadTimeline(process.env, contentDir).timeline);

  eleventyConfig.addGlobalData("frise", model);
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
  eleventyConfig.ignores.add("layouts/_lib/**");
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await writeDataFiles(model(), directories.output);
  });

  // Content edits in `npm run dev` rebuild with a fresh model.
  eleventyConfig.addWatchTarget(contentDir);
  eleventyConfig.on("eleventy.beforeWatch", () => forgetSiteModel());

  return {
    dir: { input: "layouts" },
    templateFormats: ["11ty.ts"],
    pathPrefix: model().settings.pathPrefix,
  };
}
