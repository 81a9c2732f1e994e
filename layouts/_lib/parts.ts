/**
 * Small pieces of markup shared by several templates. Every word comes from the
 * site's catalogue (`site.t`, src/i18n/): templates hold markup, not text.
 */
import { fill } from "../../src/i18n/fill.ts";
import { html, raw, type HtmlValue, type SafeHtml } from "../../src/render/html.ts";
import type { EventDate } from "../../src/model/dates.ts";
import type { MonthGroup, Note, TimelineSource, YearGroup } from "../../src/model/timeline.ts";
import type { SiteModel } from "../../src/site-model.ts";

/** A catalogue template with its placeholders filled in with text (escaped) or markup. */
export function filled(template: string, values: Readonly<Record<string, HtmlValue>>): SafeHtml {
  return html`${fill(template, values)}`;
}

/** A date label with each real date in `<time datetime>`. */
export function dateHtml(site: SiteModel, date: EventDate): SafeHtml {
  return html`${site.formatDate(date).parts.map((part) =>
    part.datetime ? html`<time datetime="${part.datetime}">${part.text}</time>` : part.text,
  )}`;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the site's language: "anglais" on a French site, "French" on an English one. */
export function languageName(site: SiteModel, code: string): string {
  try {
    let names = languageNames.get(site.language);
    if (!names) languageNames.set(site.language, (names = new Intl.DisplayNames([site.language], { type: "language" })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** ` lang="…"` for a source's own words when they are not in the site's language, else nothing. */
export function langAttr(site: SiteModel, source: TimelineSource): SafeHtml | "" {
  const lang = site.langOf(source.language);
  return lang ? html` lang="${lang}"` : "";
}

/** `langAttr` for a source's title: none when the editors wrote it (`titleSupplied`). */
export function titleLangAttr(site: SiteModel, source: TimelineSource): SafeHtml | "" {
  return source.titleSupplied ? "" : langAttr(site, source);
}

/** "Titre, Média, avril 2025" with the title linked to the source page. */
export function sourceLine(site: SiteModel, source: TimelineSource, fragment = ""): SafeHtml {
  return html`<a href="${site.href(source.path)}${fragment}" dir="auto"${titleLangAttr(site, source)}>${source.title}</a>, ${source.outlet ? html`<span class="outlet" dir="auto">${source.outlet}</span>` : html`<span class="outlet">${site.t.event.unknownOutlet}</span>`}, ${dateHtml(site, { kind: "point", point: source.published })}`;
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
  return html`<li><a href="${site.href(event.path)}${fragment}" dir="auto">${event.title}</a> <small>(${dateHtml(site, event.date.value)})</small></li>`;
}

/** The heading of a year group: the year, or the undated events'. */
export function yearLabel(site: SiteModel, year: YearGroup): string {
  return year.year === undefined ? site.t.archives.undated : String(year.year);
}

/** Breadcrumb trail down to an event's month archive. */
export function archiveCrumbs(site: SiteModel, eventId: string): { label: string; path: string }[] {
  const { year, month } = site.archiveOf(eventId);
  const crumbs = [{ label: site.t.shell.timeline, path: "/" }, { label: yearLabel(site, year), path: year.path }];
  if (month?.path && year.year !== undefined && month.month !== undefined) crumbs.push({ label: site.monthHeading(year.year, month.month), path: month.path });
  return crumbs;
}

/**
 * "Média, date" linking to a passage: notes name their source briefly (the page lists
 * every source in full), which keeps a heavily cited page light. Without an outlet, the title.
 */
function shortSourceLink(site: SiteModel, source: TimelineSource, fragment: string): SafeHtml {
  return html`<a href="${site.href(source.path)}${fragment}"><bdi>${source.outlet ?? source.title}</bdi>, ${site.formatDate({ kind: "point", point: source.published }).text}</a>`;
}

/** Numbered notes: each quote (in its source's language), linked to its marked passage, with links back to its calls. */
export function notesSection(site: SiteModel, notes: readonly Note[]): SafeHtml | "" {
  if (notes.length === 0) return "";
  const { t } = site;
  return html`<section aria-labelledby="${t.ids.notes}">
<h2 id="${t.ids.notes}">${t.notes.heading}</h2>
<ol class="notes">
${notes.map((note) => {
  const source = site.source(note.sourceId);
  return html`<li id="note-${note.number}"><q${langAttr(site, source)}>${note.quote}</q> — ${shortSourceLink(site, source, `#${note.passageId}`)}${note.refIds.map(
    (ref, i) => html` <a href="#${ref}" aria-label="${note.refIds.length === 1 ? t.notes.backToText : t.notes.backToCall(i + 1)}">↩</a>`,
  )}</li>`;
})}
</ol>
</section>`;
}

/** A timeline entry: title, date, place, sources count, divergence mark, one-line summary. */
export function timelineEntry(site: SiteModel, id: string, headingLevel: 2 | 3 | 4 = 4): SafeHtml {
  const event = site.event(id);
  const { t } = site;
  const disputed = event.date.disputed || event.place?.disputed;
  const title = html`<a href="${site.href(event.path)}" dir="auto">${event.title}</a>`;
  return html`<li class="entry${disputed ? " entry--disputed" : ""}">
<article>
${raw(`<h${headingLevel} class="entry-title">`)}${title}${raw(`</h${headingLevel}>`)}
<p class="entry-meta">${dateHtml(site, event.date.value)}${event.place ? html` · <span class="place" dir="auto">${event.place.text}</span>` : ""} · ${t.counts.sources(event.sourceIds.length)}</p>
${disputed ? html`<p class="badge badge--disputed">${event.date.disputed ? t.entry.disputedDate : t.entry.disputedPlace}</p>` : ""}
<p class="entry-summary">${event.summary}</p>
</article>
</li>`;
}

/** A month's heading text, or the year-only group's. */
export function monthLabel(site: SiteModel, year: YearGroup, month: MonthGroup): string {
  if (year.year === undefined) return site.t.archives.undated;
  return month.month !== undefined ? site.monthHeading(year.year, month.month) : site.t.archives.duringYear(year.year);
}

/** Every year and month archive with its number of events: the way into everything without search. */
export function archiveList(site: SiteModel): SafeHtml {
  const { t } = site;
  return html`<section class="archives" aria-labelledby="${t.ids.archives}">
<h2 id="${t.ids.archives}">${t.archives.heading}</h2>
<ul class="archive-years">
${site.timeline.years.map(
  (year) => html`<li><a href="${site.href(year.path)}">${yearLabel(site, year)}</a> <span class="count">(${year.count})</span> ${
    year.year !== undefined && year.months.some((m) => m.path)
      ? html`<ul class="inline-list">${year.months.filter((m) => m.path).map((m) => html`<li><a href="${site.href(m.path!)}">${monthLabel(site, year, m)}</a> <span class="count">(${m.events.length})</span></li>`)}</ul>`
      : ""
  }</li>`,
)}
</ul>
</section>`;
}
