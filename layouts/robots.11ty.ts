/** `/robots.txt`: points crawlers to the sitemap. */
import { ROBOTS_PATH, robotsTxt } from "../src/outputs/sitemap.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = { permalink: ROBOTS_PATH, eleventyExcludeFromCollections: true };

export function render({ frise: site }: { frise: SiteModel }): string {
  return robotsTxt(site);
}
