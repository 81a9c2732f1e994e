/** Small pieces of markup shared by several templates. */
import { formatEventDate, formatMonthHeading } from "../../src/render/format-date.ts";
import { html, raw, type SafeHtml } from "../../src/render/html.ts";
import type { EventDate } from "../../src/model/dates.ts";
import type { MonthGroup, Note, TimelineSource, YearGroup } from "../../src/model/timeline.ts";
import type { SiteModel } from "../../src/site-model.ts";

/** A date label with each real date in `<time datetime>`. */
export function dateHtml(date: EventDate): SafeHtml {
  return html`${formatEventDate(date).parts.map((part) =>
    part.datetime ? html`<time datetime="${part.datetime}">${part.text}</time>` : part.text,
  )}`;
}

const languageNames = new Intl.DisplayNames(["fr"], { type: "language" });

export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Titre, Média, avril 2025" with the title linked to the source page. */
export function sourceLine(site: SiteModel, source: TimelineSource, fragment = ""): SafeHtml {
  return html`<a href="${site.href(source.path)}${fragment}" dir="auto">${source.title}</a>, ${source.outlet ? html`<span class="outlet" dir="auto">${source.outlet}</span>` : html`<span class="outlet">média non identifié</span>`}, ${dateHtml({ kind: "point", point: source.published })}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A link to an entity page by id. */
export function entityLink(site: SiteModel, id: string): SafeHtml {
  const entity = site.entity(id);
  return html`<a href="${site.href(entity.path)}" dir="auto">${entity.name}</a>`;
}

/** An inline list of entity links. */
export function entityList(site: SiteModel, ids: readonly string[]): SafeHtml {
  return html`<ul class="inline-list">${ids.map((id) => html`<li>${entityLink(site, id)}</li>`)}</ul>`;
}

/** "Titre (date)" list item linking to an event. */
export function eventItem(site: SiteModel, id: string, fragment = ""): SafeHtml {
  const event = site.event(id);
  return html`<li><a href="${site.href(event.path)}${fragment}" dir="auto">${event.title}</a> <small>(${dateHtml(event.date.value)})</small></li>`;
}

/** Breadcrumb trail down to an event's month archive. */
export function archiveCrumbs(site: SiteModel, eventId: string): { label: string; path: string }[] {
  const { year, month } = site.archiveOf(eventId);
  const crumbs = [{ label: "Chronologie", path: "/" }, { label: year.year === undefined ? "Date à préciser" : String(year.year), path: year.path }];
  if (month?.path && year.year !== undefined && month.month !== undefined) crumbs.push({ label: formatMonthHeading(year.year, month.month), path: month.path });
  return crumbs;
}

/** Numbered notes: each quote, linked to its marked passage, with links back to its calls. */
/**
 * "Média, date" linking to a passage: notes name their source briefly (the page lists
 * every source in full), which keeps a heavily cited page light. Without an outlet, the title.
 */
function shortSourceLink(site: SiteModel, source: TimelineSource, fragment: string): SafeHtml {
  return html`<a href="${site.href(source.path)}${fragment}"><bdi>${source.outlet ?? source.title}</bdi>, ${formatEventDate({ kind: "point", point: source.published }).text}</a>`;
}

export function notesSection(site: SiteModel, notes: readonly Note[]): SafeHtml | "" {
  if (notes.length === 0) return "";
  return html`<section aria-labelledby="notes">
<h2 id="notes">Notes</h2>
<ol class="notes">
${notes.map(
  (note) => html`<li id="note-${note.number}"><q>${note.quote}</q> — ${shortSourceLink(site, site.source(note.sourceId), `#${note.passageId}`)}${note.refIds.map(
    (ref, i) => html` <a href="#${ref}" aria-label="${note.refIds.length === 1 ? "Retour au texte" : `Retour à l’appel ${i + 1}`}">↩</a>`,
  )}</li>`,
)}
</ol>
</section>`;
}

/** A timeline entry: title, date, place, sources count, divergence mark, one-line summary. */
export function timelineEntry(site: SiteModel, id: string, headingLevel: 2 | 3 | 4 = 4): SafeHtml {
  const event = site.event(id);
  const disputed = event.date.disputed || event.place?.disputed;
  const title = html`<a href="${site.href(event.path)}" dir="auto">${event.title}</a>`;
  return html`<li class="entry${disputed ? " entry--disputed" : ""}">
<article>
${raw(`<h${headingLevel} class="entry-title">`)}${title}${raw(`</h${headingLevel}>`)}
<p class="entry-meta">${dateHtml(event.date.value)}${event.place ? html` · <span class="place" dir="auto">${event.place.text}</span>` : ""} · ${plural(event.sourceIds.length, "source", "sources")}</p>
${disputed ? html`<p class="badge badge--disputed">Les sources divergent sur ${event.date.disputed ? "la date" : "le lieu"}</p>` : ""}
<p class="entry-summary">${event.summary}</p>
</article>
</li>`;
}

/** A month's heading text, or the year-only group's. */
export function monthLabel(year: YearGroup, month: MonthGroup): string {
  if (year.year === undefined) return "Date à préciser";
  return month.month !== undefined ? formatMonthHeading(year.year, month.month) : `Au cours de ${year.year}`;
}

/** Every year and month archive with its number of events: the way into everything without search. */
export function archiveList(site: SiteModel): SafeHtml {
  return html`<section class="archives" aria-labelledby="archives">
<h2 id="archives">Archives</h2>
<ul class="archive-years">
${site.timeline.years.map(
  (year) => html`<li><a href="${site.href(year.path)}">${year.year ?? "Date à préciser"}</a> <span class="count">(${year.count})</span> ${
    year.year !== undefined && year.months.some((m) => m.path)
      ? html`<ul class="inline-list">${year.months.filter((m) => m.path).map((m) => html`<li><a href="${site.href(m.path!)}">${monthLabel(year, m)}</a> <span class="count">(${m.events.length})</span></li>`)}</ul>`
      : ""
  }</li>`,
)}
</ul>
</section>`;
}
