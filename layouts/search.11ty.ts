/**
 * The search page: a plain GET form, enhanced by assets/search.js (Pagefind).
 * Filters are built here from the model, so the page reads the same with or
 * without JavaScript, and always offers the archives and indexes. The script
 * holds no words: its messages, the filters' names and the other languages'
 * indexes to search (sources in another language than the site's) are given
 * to it here, in `data-` attributes, from the site's catalogue.
 */
import { html } from "../src/render/html.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { filled } from "./_lib/parts.ts";

export const data = { permalink: ({ frise }: { frise: SiteModel }) => `${frise.paths.search}index.html` };

/** The client's messages, as `data-` attributes of the form. */
function messages(site: SiteModel) {
  const { search } = site.t;
  const plurals = Object.entries(search.results).map(([category, text]) => html` data-results-${category}="${text}"`);
  return html` data-searching="${search.searching}" data-no-results="${search.noResults}"${plurals} data-truncated="${search.truncated}" data-failed="${search.failed}"`;
}

export function render({ frise: site }: { frise: SiteModel }): string {
  const { t, paths } = site;
  const types = [t.nouns.event, t.nouns.source, ...site.kinds.map((k) => t.kinds[k].singular)];
  const topics = site.entitiesOf("topic");
  const topic = t.kinds.topic.singular;
  const others = site.otherSourceLanguages;
  const main = html`<h1>${t.search.title}</h1>
<form class="search" role="search" action="${site.href(paths.search)}" method="get" data-search${messages(site)}${others.length ? html` data-languages="${others.join(" ")}"` : ""}>
<p><label for="q">${t.search.words}</label> <input id="q" name="q" type="search" required></p>
<p><label for="type">${t.search.type}</label> <select id="type" name="type" data-filter="${t.search.type}"><option value="">${t.search.all}</option>${types.map((type) => html`<option>${type}</option>`)}</select>
${topics.length ? html`<label for="${t.ids.topicField}">${topic}</label> <select id="${t.ids.topicField}" name="${t.ids.topicField}" data-filter="${topic}"><option value="">${t.search.all}</option>${topics.map((e) => html`<option dir="auto">${e.name}</option>`)}</select>` : ""}</p>
<p><button type="submit">${t.search.submit}</button></p>
</form>
<p role="status" data-search-status></p>
<div data-search-results></div>
<section aria-labelledby="${t.ids.browse}">
<h2 id="${t.ids.browse}">${t.search.browse}</h2>
<p>${filled(t.search.browseText, { timeline: html`<a href="${site.href("/")}">${t.search.browseTimeline}</a>`, sources: html`<a href="${site.href(paths.sources)}">${t.search.browseSources}</a>` })}</p>
<ul>${site.kinds.map((k) => html`<li><a href="${site.href(paths.kindIndex(k))}">${t.kinds[k].plural}</a></li>`)}</ul>
</section>
<script type="module" src="${site.href("/assets/search.js")}"></script>`;
  return page({ site, path: paths.search, title: t.search.title, description: t.search.description, main, breadcrumbs: [{ label: t.shell.timeline, path: "/" }] });
}
