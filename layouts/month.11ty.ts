/** One archive page per month: its events in full, and the neighbouring months. */
import { html } from "../src/render/html.ts";
import type { MonthGroup, YearGroup } from "../src/model/timeline.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { monthLabel, plural, timelineEntry } from "./_lib/parts.ts";

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
  const label = monthLabel(year, month);
  const months = site.months;
  const link = (other: MonthPage | undefined, rel: "prev" | "next") =>
    other ? html`<li class="${rel}"><a rel="${rel}" href="${site.href(other.month.path!)}">${monthLabel(other.year, other.month)}</a></li>` : "";
  const main = html`<h1>${label}</h1>
<p class="counts">${plural(month.events.length, "événement", "événements")}.</p>
<ol class="timeline">${month.events.map((id) => timelineEntry(site, id, 2))}</ol>
<nav class="neighbours" aria-label="Mois voisins"><ul>
${link(months[pagination.pageNumber - 1], "prev")}
${link(months[pagination.pageNumber + 1], "next")}
</ul></nav>`;
  return page({
    site,
    path: month.path!,
    title: label,
    description: `Les événements de la chronologie en ${label}.`,
    main,
    breadcrumbs: [
      { label: "Chronologie", path: "/" },
      { label: String(year.year), path: year.path },
    ],
  });
}
