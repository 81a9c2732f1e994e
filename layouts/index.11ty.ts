/** Home: the whole timeline, grouped by year and month. */
import { html } from "../src/render/html.ts";
import { formatMonthHeading } from "../src/render/format-date.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { dateHtml, plural } from "./_lib/parts.ts";

export const data = { permalink: "/index.html" };

function entry(site: SiteModel, id: string) {
  const event = site.event(id);
  const disputed = event.date.disputed || event.place?.disputed;
  return html`<li class="entry${disputed ? " entry--disputed" : ""}">
<article>
<h4 class="entry-title"><a href="${site.href(event.path)}">${event.title}</a></h4>
<p class="entry-meta">${dateHtml(event.date.value)}${event.place ? html` · <span class="place">${event.place.text}</span>` : ""} · ${plural(event.sourceIds.length, "source", "sources")}</p>
${disputed ? html`<p class="badge badge--disputed">Les sources divergent sur ${event.date.disputed ? "la date" : "le lieu"}</p>` : ""}
<p class="entry-summary">${event.summary}</p>
</article>
</li>`;
}

export function render({ frise: site }: { frise: SiteModel }): string {
  const { settings, timeline } = site;
  const main = html`<h1>${settings.title}</h1>
<p class="lede">${settings.description}</p>
<p class="counts">${plural(timeline.events.length, "événement", "événements")}, ${plural(timeline.sources.length, "source", "sources")}.</p>
${timeline.years.map(
  (year) => html`<section class="year" aria-labelledby="annee-${year.year ?? "inconnue"}">
<h2 id="annee-${year.year ?? "inconnue"}">${year.year ?? "Date à préciser"}</h2>
${year.months.map(
  (month) => html`${year.year !== undefined ? html`<h3>${month.month !== undefined ? formatMonthHeading(year.year, month.month) : `Au cours de ${year.year}`}</h3>` : ""}
<ol class="timeline">
${month.events.map((id) => entry(site, id))}
</ol>`,
)}
</section>`,
)}`;
  return page({ site, path: "/", description: settings.description, main });
}
