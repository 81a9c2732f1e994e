/**
 * Home: the time axis, then the timeline grouped by year and month. Bounded in
 * size: past HOME_LIMIT events it shows the latest ones and the archives.
 */
import { html, raw } from "../src/render/html.ts";
import { timeAxisSvg } from "../src/render/time-axis.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { itemListJsonLd } from "../src/outputs/jsonld.ts";
import { archiveList, monthLabel, plural, timelineEntry } from "./_lib/parts.ts";

export const data = { permalink: "/index.html" };

/** Up to this many events the home page lists them all. */
export const HOME_LIMIT = 60;
/** Beyond it, the home page lists this many of the latest. */
const LATEST = 20;

export function render({ frise: site }: { frise: SiteModel }): string {
  const { settings, timeline } = site;
  const all = timeline.events.length <= HOME_LIMIT;
  const years = all ? timeline.years : site.latestGroups(LATEST);
  const list = html`${years.map(
    (year) => html`<section class="year" aria-labelledby="annee-${year.year ?? "inconnue"}">
<h2 id="annee-${year.year ?? "inconnue"}"><a href="${site.href(year.path)}">${year.year ?? "Date à préciser"}</a></h2>
${year.months.map(
  (month) => html`${year.year !== undefined ? html`<h3>${month.path ? html`<a href="${site.href(month.path)}">${monthLabel(year, month)}</a>` : monthLabel(year, month)}</h3>` : ""}
<ol class="timeline">
${month.events.map((id) => timelineEntry(site, id))}
</ol>`,
)}
</section>`,
  )}`;
  const main = html`<h1>${settings.title}</h1>
<p class="lede">${settings.description}</p>
<p class="counts">${plural(timeline.events.length, "événement", "événements")}, ${plural(timeline.sources.length, "source", "sources")}.</p>
${raw(timeAxisSvg(timeline, (path) => site.href(path)))}
${all ? "" : html`<p class="latest-note">Les ${LATEST} événements les plus récents ; les autres sont dans les archives ci-dessous.</p>`}
${list}
${archiveList(site)}`;
  const listed = years.flatMap((year) => year.months.flatMap((month) => month.events));
  return page({ site, path: "/", description: settings.description, main, jsonLd: [itemListJsonLd(site, listed)] });
}
