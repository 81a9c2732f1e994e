/** One archive page per month: its events in full, and the neighbouring months. */
import { fillText } from "../src/i18n/fill.ts";
import { html } from "../src/render/html.ts";
import type { MonthGroup, YearGroup } from "../src/model/timeline.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { monthLabel, timelineEntry } from "./_lib/parts.ts";

interface MonthPage {
  year: YearGroup;
  month: MonthGroup;
}

export const data = {
  pagination: { data: "frise.months", size: 1, alias: "archive" },
  permalink: ({ archive }: { archive: MonthPage }) => `${archive.month.path}index.html`,
};

export function render({ frise: site, archive, pagination }: { frise: SiteModel; archive: MonthPage; pagination: { pageNumber: number } }): string {
  const { year, month } = archive;
  const { t } = site;
  const label = monthLabel(site, year, month);
  const months = site.months;
  const link = (other: MonthPage | undefined, rel: "prev" | "next") =>
    other ? html`<li class="${rel}"><a rel="${rel}" href="${site.href(other.month.path!)}">${monthLabel(site, other.year, other.month)}</a></li>` : "";
  const main = html`<h1>${label}</h1>
<p class="counts">${t.counts.events(month.events.length)}.</p>
<ol class="timeline">${month.events.map((id) => timelineEntry(site, id, 2))}</ol>
<nav class="neighbours" aria-label="${t.archives.neighbourMonths}"><ul>
${link(months[pagination.pageNumber - 1], "prev")}
${link(months[pagination.pageNumber + 1], "next")}
</ul></nav>`;
  return page({
    site,
    path: month.path!,
    title: label,
    description: fillText(t.archives.monthDescription, { label }),
    main,
    breadcrumbs: [
      { label: t.shell.timeline, path: "/" },
      { label: String(year.year), path: year.path },
    ],
  });
}
