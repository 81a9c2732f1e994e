/** `/timelinejs.json`: the events in TimelineJS3's JSON format (see src/outputs/timelinejs.ts). */
import { TIMELINEJS_PATH, timelineJs } from "../src/outputs/timelinejs.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = { permalink: TIMELINEJS_PATH, eleventyExcludeFromCollections: true };

export function render({ frise: site }: { frise: SiteModel }): string {
  return `${JSON.stringify(timelineJs(site))}\n`;
}
