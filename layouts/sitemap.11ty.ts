/** `/sitemap.xml`: every page, by absolute URL (see src/outputs/sitemap.ts). */
import { pagePaths, SITEMAP_PATH, sitemapXml } from "../src/outputs/sitemap.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = { permalink: SITEMAP_PATH, eleventyExcludeFromCollections: true };

export function render({ frise: site, collections }: { frise: SiteModel; collections: { all: { url: unknown }[] } }): string {
  return sitemapXml(site, pagePaths(site, collections.all.map((page) => page.url)));
}
