/**
 * One page per source: its metadata, the archived text with quoted passages marked, who cites it.
 * The source's own words (title, quotes, text) carry its `lang` when it is not the site's language,
 * and the link to the original article its `hreflang`: that page exists in one language only.
 */
import { fillText } from "../src/i18n/fill.ts";
import { html, isolateText, raw } from "../src/render/html.ts";
import { renderSourceBody } from "../src/render/bodies.ts";
import type { TimelineSource } from "../src/model/timeline.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { sourceJsonLd } from "../src/outputs/jsonld.ts";
import { dateHtml, entityLink, eventItem, filled, langAttr, languageName, titleLangAttr } from "./_lib/parts.ts";

export const data = {
  pagination: { data: "frise.sources", size: 1, alias: "source" },
  permalink: ({ source }: { source: TimelineSource }) => `${source.path}index.html`,
};

export function render({ frise: site, source }: { frise: SiteModel; source: TimelineSource }): string {
  const { t } = site;
  const lang = langAttr(site, source);
  const facts = html`<dl class="facts">
<dt>${t.source.outlet}</dt>${source.outlet ? html`<dd dir="auto">${source.outlet}</dd>` : html`<dd>${t.source.outletUnknown}</dd>`}
${source.author ? html`<dt>${t.source.author}</dt><dd dir="auto">${source.author}</dd>` : ""}
<dt>${t.source.published}</dt><dd>${dateHtml(site, { kind: "point", point: source.published })}</dd>
<dt>${t.source.language}</dt><dd>${languageName(site, source.language)}</dd>
${source.url ? html`<dt>${t.source.originalUrl}</dt><dd><a href="${new URL(source.url).href}" rel="external nofollow"${site.langOf(source.language) ? html` hreflang="${source.language}"` : ""}>${source.url}</a></dd>` : ""}
</dl>`;

  const citing = html`<section aria-labelledby="${t.ids.citedBy}">
<h2 id="${t.ids.citedBy}">${t.source.citedBy}</h2>
${
  source.citedBy.length
    ? html`<ul class="events">${source.citedBy.map((id) => eventItem(site, id))}</ul>`
    : html`<p>${t.source.notCited}</p>`
}
${source.citedByEntities.length ? html`<p>${filled(t.source.alsoCitedIn, { entities: source.citedByEntities.map((id, i) => html`${i > 0 ? ", " : ""}${entityLink(site, id)}`) })}</p>` : ""}
</section>`;

  const passages = source.passages.length
    ? html`<section aria-labelledby="${t.ids.passages}">
<h2 id="${t.ids.passages}">${t.source.passages}</h2>
<ol class="passages">
${source.passages.map(
  (p) => html`<li><a href="#${p.id}"><q${lang}>${p.quote}</q></a> — ${t.source.quotedBy} ${p.citedBy.map((c, i) => {
    const owner = c.owner === "event" ? { path: site.event(c.id).path, name: site.event(c.id).title } : { path: site.entity(c.id).path, name: site.entity(c.id).name };
    return html`${i > 0 ? ", " : ""}<a href="${site.href(owner.path)}#note-${c.note}"><bdi>${owner.name}</bdi> ${t.source.noteNumber(c.note)}</a>`;
  })}</li>`,
)}
</ol>
</section>`
    : "";

  const main = html`<article class="source">
<header>
<p class="kicker">${t.nouns.source}</p>
<h1 dir="auto"${titleLangAttr(site, source)}>${source.title}</h1>
${source.titleSupplied ? html`<p class="note">${t.source.titleSupplied}</p>` : ""}
${facts}
</header>
${citing}
${passages}
<section aria-labelledby="${t.ids.archivedText}">
<h2 id="${t.ids.archivedText}">${t.source.archivedText}</h2>
<div class="archived" lang="${source.language}">
${raw(renderSourceBody(source))}
</div>
</section>
</article>`;
  const description = fillText(t.source.description, { title: isolateText(source.title), outlet: source.outlet ? isolateText(source.outlet) : t.event.unknownOutlet });
  return page({ site, path: source.path, title: source.title, description, main, breadcrumbs: [{ label: t.shell.sources, path: site.paths.sources }], jsonLd: [sourceJsonLd(site, source)], ogType: "article" });
}
