/** `/timeline.json`: the whole model as documented JSON (docs/timeline-json.md). */
import { TIMELINE_JSON_PATH, timelineJson } from "../src/outputs/timeline-json.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = { permalink: TIMELINE_JSON_PATH, eleventyExcludeFromCollections: true };

export function render({ frise: site }: { frise: SiteModel }): string {
  return `${JSON.stringify(timelineJson(site))}\n`;
}
