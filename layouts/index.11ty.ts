/**
 * Home: the time axis, then the timeline grouped by year and month. Bounded in
 * size: past HOME_LIMIT events it shows the latest ones and the archives.
 */
import { html, raw } from "../src/render/html.ts";
import { timeAxisSvg } from "../src/render/time-axis.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { itemListJsonLd } from "../src/outputs/jsonld.ts";
import { archiveList, filled, monthLabel, timelineEntry, yearLabel } from "./_lib/parts.ts";

export const data = { permalink: "/index.html" };

/** Up to this many events the home page lists them all. */
export const HOME_LIMIT = 60;
/** Beyond it, the home page lists this many of the latest. */
const LATEST = 20;

export function render({ frise: site }: { frise: SiteModel }): string {
  const { settings, timeline, t } = site;
  const all = timeline.events.length <= HOME_LIMIT;
  const years = all ? timeline.years : site.latestGroups(LATEST);
  const list = html`${years.map(
    (year) => {
      const id = year.year === undefined ? t.ids.undatedYear : `${t.ids.year}${year.year}`;
      return html`<section class="year" aria-labelledby="${id}">
<h2 id="${id}"><a href="${site.href(year.path)}">${yearLabel(site, year)}</a></h2>
${year.months.map(
  (month) => html`${year.year !== undefined ? html`<h3>${month.path ? html`<a href="${site.href(month.path)}">${monthLabel(site, year, month)}</a>` : monthLabel(site, year, month)}</h3>` : ""}
<ol class="timeline">
${month.events.map((id) => timelineEntry(site, id, year.year === undefined ? 3 : 4))}
</ol>`,
)}
</section>`;
    },
  )}`;
  const main = html`<h1>${settings.title}</h1>
<p class="lede">${settings.description}</p>
<p class="counts">${filled(t.home.counts, { events: t.counts.events(timeline.events.length), sources: t.counts.sources(timeline.sources.length) })}</p>
${raw(timeAxisSvg(timeline, (path) => site.href(path)))}
${all ? "" : html`<p class="latest-note">${t.home.latest(LATEST)}</p>`}
${list}
${archiveList(site)}`;
  const listed = years.flatMap((year) => year.months.flatMap((month) => month.events));
  return page({ site, path: "/", description: settings.description, main, jsonLd: [itemListJsonLd(site, listed)] });
}
