/**
 * `sitemap.xml` (sitemaps.org protocol 0.9) listing every page by its absolute
 * URL, and `robots.txt` pointing to it. Pages are Eleventy's collection of
 * single pages (home, search, indexes: a new one is listed without a change
 * here) plus every page of the paginated templates, from the model (Eleventy
 * only collects the first page of a pagination). The 404 page is not listed.
 */
import type { SiteModel } from "../site-model.ts";
import { otherSearchFolder, SEARCH_FOLDER } from "./search-index.ts";
import { xml } from "./xml.ts";

export const SITEMAP_PATH = "/sitemap.xml";
export const ROBOTS_PATH = "/robots.txt";

/** Site paths of every HTML page (`/`, `/evenements/x/` or `/events/x/`), sorted: Eleventy's page URLs and the model's pages. */
export function pagePaths(site: SiteModel, collected: readonly unknown[]): string[] {
  const pages = collected.filter((url): url is string => typeof url === "string" && (url.endsWith("/") || url.endsWith(".html")) && url !== "/404.html");
  const { timeline } = site;
  pages.push(
    ...timeline.events.map((e) => e.path),
    ...timeline.sources.map((s) => s.path),
    ...site.entityPages.map((p) => p.path),
    ...site.kinds.map((kind) => site.paths.kindIndex(kind)),
    ...timeline.years.map((y) => y.path),
    ...site.months.map((m) => m.month.path!),
  );
  return [...new Set(pages)].sort();
}

export function sitemapXml(site: SiteModel, paths: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => xml`<url><loc>${site.absoluteUrl(path)}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");
}

export function robotsTxt(site: SiteModel): string {
  return [
    "User-agent: *",
    // The search indexes are data for the search page, not pages to list.
    `Disallow: ${site.href(`/${SEARCH_FOLDER}/`)}`,
    ...site.otherSourceLanguages.map((language) => `Disallow: ${site.href(`/${otherSearchFolder(language)}/`)}`),
    "",
    `Sitemap: ${site.absoluteUrl(SITEMAP_PATH)}`,
    "",
  ].join("\n");
}
