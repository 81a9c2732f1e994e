/**
 * What every page's head and footer say about the outputs: feed autodiscovery,
 * Open Graph, one JSON-LD block, and the links a reader looks for at the bottom
 * of a page (feeds, calendar, data: listed on the home page, linked from every
 * other page). Used by layouts/_lib/page.ts; kept short, it is on every page.
 */
import { html, jsonForScript, type SafeHtml } from "../render/html.ts";
import type { SiteModel } from "../site-model.ts";
import { ATOM_PATH, JSON_FEED_PATH } from "./feeds.ts";
import { jsonLdGraph, type JsonLd } from "./jsonld.ts";
import { TIMELINE_JSON_PATH } from "./timeline-json.ts";
import { TIMELINEJS_PATH } from "./timelinejs.ts";

export interface HeadInfo {
  path: string;
  /** The page's own title (without the site name). */
  title: string;
  /** Open Graph type: `article` for an event or a source, else `website`. */
  ogType: "website" | "article";
  jsonLd: JsonLd[];
}

/**
 * `fr` → `fr_FR`, `en` → `en_GB`, `en-US` → `en_US`, as Open Graph writes locales:
 * the site's region, else the catalogue's (a language alone is not a locale).
 */
export function ogLocale(site: SiteModel): string {
  const subtags = site.language.split("-");
  const region = subtags.slice(1).find((s) => /^(?:[A-Za-z]{2}|\d{3})$/.test(s)) ?? site.t.region;
  return `${subtags[0]!.toLowerCase()}_${region.toUpperCase()}`;
}

/** Kept to what previews need: readers fall back to the page's title and `<meta name="description">`. */
export function headLinks(site: SiteModel, info: HeadInfo): SafeHtml {
  const s = site.settings;
  const { outputs } = site.t;
  return html`<link rel="alternate" type="application/atom+xml" href="${site.href(ATOM_PATH)}" title="${outputs.atomTitle}">
<link rel="alternate" type="application/feed+json" href="${site.href(JSON_FEED_PATH)}" title="${outputs.jsonFeedTitle}">
<meta property="og:type" content="${info.ogType}">
<meta property="og:site_name" content="${s.title}">
<meta property="og:title" content="${info.title}">
<meta property="og:url" content="${site.absoluteUrl(info.path)}">
<meta property="og:locale" content="${ogLocale(site)}">
${info.jsonLd.length ? html`<script type="application/ld+json">${jsonForScript(jsonLdGraph(info.jsonLd))}</script>` : ""}`;
}

/** The home page's footer lists every output; other pages' footers link there (every page carries it: kept short). */
export function footerLinks(site: SiteModel, path: string): SafeHtml {
  const { outputs, ids } = site.t;
  if (path !== "/") return html`<p><a href="${site.href(`/#${ids.outputs}`)}">${outputs.followLink}</a></p>`;
  const link = (target: string, type: string, label: string) => html`<li><a href="${site.href(target)}" type="${type}">${label}</a></li>`;
  return html`<nav id="${ids.outputs}" class="outputs" aria-label="${outputs.follow}"><p>${outputs.followLead}</p><ul class="inline-list">
${link(ATOM_PATH, "application/atom+xml", outputs.atom)}
${link(JSON_FEED_PATH, "application/feed+json", outputs.jsonFeed)}
${link(site.paths.calendar, "text/calendar", outputs.calendar)}
${link(TIMELINE_JSON_PATH, "application/json", outputs.data)}
${link(TIMELINEJS_PATH, "application/json", outputs.timelineJs)}
</ul></nav>`;
}
