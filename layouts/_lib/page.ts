/**
 * The page shell shared by every template: document head, skip link, header,
 * footer. Templates pass already-escaped SafeHtml for the main content.
 *
 * Titles and names from content are shown isolated from the text around them
 * (Unicode bidirectional isolation), so that a title holding U+202E RIGHT-TO-LEFT
 * OVERRIDE or right-to-left letters cannot reorder what follows it: `dir="auto"`
 * on the element that holds only that text (a heading, a link), `<bdi>` where
 * it stands inside other text. `<title>` cannot hold markup: there the title is
 * put between U+2068 and U+2069 when it holds bidirectional controls (isolateText).
 */
import { html, isolateText, raw, type SafeHtml } from "../../src/render/html.ts";
import { CSP_META } from "../../src/outputs/csp.ts";
import type { SiteModel } from "../../src/site-model.ts";
import { breadcrumbJsonLd, type JsonLd } from "../../src/outputs/jsonld.ts";
import { footerLinks, headLinks } from "../../src/outputs/links.ts";

export interface PageOptions {
  site: SiteModel;
  /** Site-relative path of this page, e.g. `/evenements/x/` or `/events/x/`. */
  path: string;
  /** Page title without the site name (omit for the home page). */
  title?: string;
  description: string;
  main: SafeHtml;
  /** Trail from the home page to this page's parent; the page itself is appended. */
  breadcrumbs?: Crumb[];
  /** schema.org descriptions of the page (src/outputs/jsonld.ts); breadcrumbs add their own. */
  jsonLd?: JsonLd[];
  /** Open Graph type: `article` for events and sources. */
  ogType?: "website" | "article";
  /**
   * Whether the breadcrumbs also go into JSON-LD. Event pages leave them out: their
   * `Event` already says where they belong, and their weight budget is tight.
   */
  breadcrumbsJsonLd?: boolean;
}

export interface Crumb {
  label: string;
  path: string;
}

function breadcrumbTrail(site: SiteModel, crumbs: Crumb[], current: string): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="${site.t.shell.breadcrumbs}"><ol>
${crumbs.map((c) => html`<li><a href="${site.href(c.path)}">${c.label}</a></li>`)}
<li><a href="#${site.t.ids.content}" aria-current="page" dir="auto">${current}</a></li>
</ol></nav>`;
}

export function page({ site, path, title, description, main, breadcrumbs, jsonLd = [], ogType = "website", breadcrumbsJsonLd = true }: PageOptions): string {
  const s = site.settings;
  const { t } = site;
  const fullTitle = title ? `${isolateText(title)} · ${s.title}` : s.title;
  const nav = (target: string, label: string) =>
    html`<li><a href="${site.href(target)}"${path === target ? html` aria-current="page"` : ""}>${label}</a></li>`;
  return html`<!doctype html>
<html lang="${s.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${raw(CSP_META)}">
<title>${fullTitle}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${site.absoluteUrl(path)}">
${headLinks(site, { path, title: title ?? s.title, ogType, jsonLd: breadcrumbs && breadcrumbsJsonLd ? [...jsonLd, breadcrumbJsonLd(site, breadcrumbs, { label: title ?? s.title, path })] : jsonLd })}
<link rel="stylesheet" href="${site.href("/assets/style.css")}">
<link rel="icon" href="${site.href("/assets/favicon.svg")}" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#${t.ids.content}">${t.shell.skipLink}</a>
<header class="site-header">
<p class="site-title"><a href="${site.href("/")}">${s.title}</a></p>
<nav aria-label="${t.shell.mainNav}"><ul>
${nav("/", t.shell.timeline)}
${site.kinds.map((kind) => nav(site.paths.kindIndex(kind), t.kinds[kind].plural))}
${nav(site.paths.sources, t.shell.sources)}
${nav(site.paths.search, t.shell.search)}
</ul></nav>
</header>
<main id="${t.ids.content}" tabindex="-1">
${breadcrumbs ? breadcrumbTrail(site, breadcrumbs, title ?? s.title) : ""}
${main}
</main>
<footer class="site-footer">
<p>${t.shell.footer}</p>
${footerLinks(site, path)}
</footer>
</body>
</html>
`.value;
}
