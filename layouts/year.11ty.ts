/** One archive page per year (and one for undated events): its months and their events. */
import { fillText } from "../src/i18n/fill.ts";
import { html } from "../src/render/html.ts";
import type { YearGroup } from "../src/model/timeline.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { eventItem, monthLabel, timelineEntry, yearLabel } from "./_lib/parts.ts";

export const data = {
  pagination: { data: "frise.timeline.years", size: 1, alias: "year" },
  permalink: ({ year }: { year: YearGroup }) => `${year.path}index.html`,
};

/** A year with more events than this lists its months with counts, not every title. */
const TITLES_LIMIT = 200;

export function render({ frise: site, year }: { frise: SiteModel; year: YearGroup }): string {
  const { t } = site;
  const label = yearLabel(site, year);
  const titles = year.count <= TITLES_LIMIT;
  const main = html`<h1>${label}</h1>
<p class="counts">${t.counts.events(year.count)}.</p>
${year.months.map((month) =>
  month.path
    ? html`<section aria-labelledby="${t.ids.month}${month.month}">
<h2 id="${t.ids.month}${month.month}"><a href="${site.href(month.path)}">${monthLabel(site, year, month)}</a> <span class="count">(${month.events.length})</span></h2>
${titles ? html`<ul class="events">${month.events.map((id) => eventItem(site, id))}</ul>` : ""}
</section>`
    : html`<section aria-labelledby="${t.ids.yearOnly}">
${year.year !== undefined ? html`<h2 id="${t.ids.yearOnly}">${monthLabel(site, year, month)}</h2>` : html`<h2 id="${t.ids.yearOnly}" class="visually-hidden">${t.archives.events}</h2>`}
<ol class="timeline">${month.events.map((id) => timelineEntry(site, id, 3))}</ol>
</section>`,
)}`;
  return page({
    site,
    path: year.path,
    title: label,
    description: fillText(t.archives.yearDescription, { label }),
    main,
    breadcrumbs: [{ label: t.shell.timeline, path: "/" }],
  });
}
