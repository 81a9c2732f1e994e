/**
 * What every page's head and footer say about the outputs: feed autodiscovery,
 * Open Graph, one JSON-LD block, and the links a reader looks for at the bottom
 * of a page (feeds, calendar, data: listed on the home page, linked from every
 * other page). Used by layouts/_lib/page.ts; kept short, it is on every page.
 */
import { html, jsonForScript, type SafeHtml } from "../render/html.ts";
import type { SiteModel } from "../site-model.ts";
import { CALENDAR_PATH } from "./calendar.ts";
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

/** `fr` → `fr_FR`, as Open Graph writes locales. */
function ogLocale(language: string): string {
  const [lang, region] = language.split("-");
  return `${lang!.toLowerCase()}_${(region ?? lang!).toUpperCase()}`;
}

/** Kept to what previews need: readers fall back to the page's title and `<meta name="description">`. */
export function headLinks(site: SiteModel, info: HeadInfo): SafeHtml {
  const s = site.settings;
  return html`<link rel="alternate" type="application/atom+xml" href="${site.href(ATOM_PATH)}" title="Atom">
<link rel="alternate" type="application/feed+json" href="${site.href(JSON_FEED_PATH)}" title="JSON Feed">
<meta property="og:type" content="${info.ogType}">
<meta property="og:site_name" content="${s.title}">
<meta property="og:title" content="${info.title}">
<meta property="og:url" content="${site.absoluteUrl(info.path)}">
<meta property="og:locale" content="${ogLocale(s.language)}">
${info.jsonLd.length ? html`<script type="application/ld+json">${jsonForScript(jsonLdGraph(info.jsonLd))}</script>` : ""}`;
}

export const OUTPUTS_ANCHOR = "suivre";

/** The home page's footer lists every output; other pages' footers link there (every page carries it: kept short). */
export function footerLinks(site: SiteModel, path: string): SafeHtml {
  if (path !== "/") return html`<p><a href="${site.href(`/#${OUTPUTS_ANCHOR}`)}">Suivre et réutiliser : flux, agenda, données</a></p>`;
  const link = (target: string, type: string, label: string) => html`<li><a href="${site.href(target)}" type="${type}">${label}</a></li>`;
  return html`<nav id="${OUTPUTS_ANCHOR}" class="outputs" aria-label="Suivre et réutiliser"><p>Suivre et réutiliser :</p><ul class="inline-list">
${link(ATOM_PATH, "application/atom+xml", "Flux Atom")}
${link(JSON_FEED_PATH, "application/feed+json", "JSON Feed")}
${link(CALENDAR_PATH, "text/calendar", "Agenda (iCalendar)")}
${link(TIMELINE_JSON_PATH, "application/json", "Données complètes (JSON)")}
${link(TIMELINEJS_PATH, "application/json", "Export TimelineJS")}
</ul></nav>`;
}
