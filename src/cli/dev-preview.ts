/**
 * `npm run dev`'s preview: when only event files were edited, their pages are
 * rebuilt at once against the last good timeline and written over the served
 * ones, before the full rebuild (which takes seconds on a large timeline)
 * replaces them and everything that lists them. An event that is new, fails
 * its checks, or was edited together with other files waits for the full
 * rebuild, which reports every problem.
 *
 * The page is the event template's own render (layouts/event.11ty.ts), the
 * one Eleventy calls; only the event's neighbours and related events are
 * those of the last full build until the full rebuild ends.
 */
import fs from "node:fs";
import path from "node:path";
import { Diagnostics } from "../content/diagnostics.ts";
import { parseContentFile } from "../content/frontmatter.ts";
import { readEvent } from "../content/schema.ts";
import { previewEvent } from "../model/timeline.ts";
import type { SiteModel } from "../site-model.ts";
import { render as renderEventPage } from "../../layouts/event.11ty.ts";

/** More edited files than this at once (a checkout, a search and replace) go straight to the full rebuild. */
const MAX_PREVIEWS = 20;

/**
 * Writes the preview pages of the edited events under `outputDir`; returns their
 * site paths (empty when the full rebuild must do it all).
 */
export function writePreviews(site: SiteModel, contentDir: string, outputDir: string, changed: readonly string[]): string[] {
  const eventsDir = path.join(path.resolve(contentDir), "events") + path.sep;
  const files = [...new Set(changed.map((f) => path.resolve(f)))];
  if (files.length === 0 || files.length > MAX_PREVIEWS) return [];
  if (!files.every((f) => f.startsWith(eventsDir) && f.endsWith(".md") && fs.existsSync(f))) return [];

  const pages: [string, string][] = [];
  for (const file of files) {
    const diags = new Diagnostics();
    const parsed = parseContentFile(file, fs.readFileSync(file, "utf8"), diags);
    const record = parsed && readEvent(path.basename(file, ".md"), file, parsed, diags);
    const event = record && !diags.hasErrors ? previewEvent(site.timeline, record, diags) : undefined;
    if (!event) return [];
    pages.push([event.path, renderEventPage({ frise: site, event })]);
  }
  for (const [sitePath, html] of pages) {
    const file = path.join(outputDir, ...sitePath.split("/"), "index.html");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, html);
  }
  return pages.map(([sitePath]) => sitePath);
}
