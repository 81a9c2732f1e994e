/** One page per source: its metadata, the archived text with quoted passages marked, who cites it. */
import { html, isolateText, raw } from "../src/render/html.ts";
import { renderSourceBody } from "../src/render/bodies.ts";
import type { TimelineSource } from "../src/model/timeline.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { sourceJsonLd } from "../src/outputs/jsonld.ts";
import { dateHtml, entityLink, eventItem, languageName } from "./_lib/parts.ts";

export const data = {
  pagination: { data: "frise.sources", size: 1, alias: "source" },
  permalink: ({ source }: { source: TimelineSource }) => `${source.path}index.html`,
};

export function render({ frise: site, source }: { frise: SiteModel; source: TimelineSource }): string {
  const facts = html`<dl class="facts">
<dt>Média</dt>${source.outlet ? html`<dd dir="auto">${source.outlet}</dd>` : html`<dd>non identifié</dd>`}
${source.author ? html`<dt>Auteur</dt><dd dir="auto">${source.author}</dd>` : ""}
<dt>Publication</dt><dd>${dateHtml({ kind: "point", point: source.published })}</dd>
<dt>Langue</dt><dd>${languageName(source.language)}</dd>
${source.url ? html`<dt>Adresse d’origine</dt><dd><a href="${new URL(source.url).href}" rel="external nofollow">${source.url}</a></dd>` : ""}
</dl>`;

  const citing = html`<section aria-labelledby="citee-par">
<h2 id="citee-par">Événements qui citent cette source</h2>
${
  source.citedBy.length
    ? html`<ul class="events">${source.citedBy.map((id) => eventItem(site, id))}</ul>`
    : html`<p>Aucun événement ne cite encore cette source.</p>`
}
${source.citedByEntities.length ? html`<p>Citée aussi dans les fiches : ${source.citedByEntities.map((id, i) => html`${i > 0 ? ", " : ""}${entityLink(site, id)}`)}.</p>` : ""}
</section>`;

  const passages = source.passages.length
    ? html`<section aria-labelledby="passages">
<h2 id="passages">Passages cités</h2>
<ol class="passages">
${source.passages.map(
  (p) => html`<li><a href="#${p.id}"><q>${p.quote}</q></a> — cité par ${p.citedBy.map((c, i) => {
    const owner = c.owner === "event" ? { path: site.event(c.id).path, name: site.event(c.id).title } : { path: site.entity(c.id).path, name: site.entity(c.id).name };
    return html`${i > 0 ? ", " : ""}<a href="${site.href(owner.path)}#note-${c.note}"><bdi>${owner.name}</bdi> (note ${c.note})</a>`;
  })}</li>`,
)}
</ol>
</section>`
    : "";

  const main = html`<article class="source">
<header>
<p class="kicker">Source</p>
<h1 dir="auto">${source.title}</h1>
${source.titleSupplied ? html`<p class="note">L’article n’a pas de titre : celui-ci a été attribué par la rédaction.</p>` : ""}
${facts}
</header>
${citing}
${passages}
<section aria-labelledby="texte">
<h2 id="texte">Texte archivé</h2>
<div class="archived" lang="${source.language}">
${raw(renderSourceBody(source))}
</div>
</section>
</article>`;
  const description = `${isolateText(source.title)} — ${source.outlet ? isolateText(source.outlet) : "média non identifié"}. Texte archivé et événements qui le citent.`;
  return page({ site, path: source.path, title: source.title, description, main, breadcrumbs: [{ label: "Sources", path: "/sources/" }], jsonLd: [sourceJsonLd(site, source)], ogType: "article" });
}
