/** One page per event: facts, disagreements, body with notes, sources, neighbours. */
import { fillText } from "../src/i18n/fill.ts";
import { html, isolateText, raw, type SafeHtml } from "../src/render/html.ts";
import { renderNotedBody } from "../src/render/bodies.ts";
import type { ClaimView, EditorNoteBody, TimelineEvent } from "../src/model/timeline.ts";
import type { EventDate } from "../src/model/dates.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { eventCalendarPath, isInCalendar } from "../src/outputs/calendar.ts";
import { eventJsonLd } from "../src/outputs/jsonld.ts";
import { archiveCrumbs, notesSection, dateHtml, entityLink, entityList, eventItem, filled, sourceLine } from "./_lib/parts.ts";

export const data = {
  pagination: { data: "frise.events", size: 1, alias: "event" },
  permalink: ({ event }: { event: TimelineEvent }) => `${event.path}index.html`,
};

function noteRefs(site: SiteModel, notes: number[]): SafeHtml {
  return html`${notes.map((n) => html`<sup><a href="#note-${n}" aria-label="${site.t.notes.call(n)}">[${n}]</a></sup>`)}`;
}

/** A source named by its outlet (its title when it has none), linked to its page. */
function sourceName(site: SiteModel, id: string, i: number): SafeHtml {
  const source = site.source(id);
  return html`${i > 0 ? ", " : ""}<a href="${site.href(source.path)}" dir="auto">${source.outlet ?? source.title}</a>`;
}

function claimList(claims: ClaimView[], show: (claim: ClaimView) => SafeHtml | string, site: SiteModel): SafeHtml {
  return html`<ul>
${claims.map(
  (claim) => html`<li>${show(claim)}${claim.shown ? html` <strong class="shown">${site.t.event.shownValue}</strong>` : ""} — ${site.t.event.according} ${claim.sources.map((id, i) => sourceName(site, id, i))} ${noteRefs(site, claim.notes)}</li>`,
)}
</ul>`;
}

function disagreements(site: SiteModel, event: TimelineEvent): SafeHtml | "" {
  const { t } = site;
  const parts: SafeHtml[] = [];
  // The editors' note (`note:` beside `claims:`), cited like the body.
  const note = (body: EditorNoteBody | undefined) =>
    body ? html`<div class="editor-note"><strong>${t.event.editorNote}</strong>${raw(renderNotedBody({ ...body, notes: [] }))}</div>` : "";
  const shows = (field: { basis: string }) => filled(t.event.shows, { basis: field.basis === "editor" ? t.event.basisEditor : t.event.basisMajority });
  if (event.date.disputed) {
    parts.push(html`<h3>${t.event.date}</h3>
<p>${shows(event.date)}</p>
${claimList(event.dateClaims, (c) => dateHtml(site, c.value as EventDate), site)}${note(event.dateNote)}`);
  }
  if (event.place?.disputed) {
    parts.push(html`<h3>${t.event.place}</h3>
<p>${shows(event.place)}</p>
${claimList(event.placeClaims, (c) => (c.entityId ? entityLink(site, c.entityId) : html`<bdi>${c.text}</bdi>`), site)}${note(event.placeNote)}`);
  }
  for (const naming of event.names) {
    const term = html`<bdi>${naming.term}</bdi>`;
    parts.push(html`<h3>${filled(t.event.namesHeading, { term })}</h3>
<p>${filled(t.event.namesText, { term })}</p>
${claimList(naming.claims, (c) => filled(t.quote, { text: html`<bdi>${c.text}</bdi>` }), site)}${note(naming.note)}`);
  }
  if (parts.length === 0) return "";
  return html`<aside class="disagreement" aria-labelledby="${t.ids.disagreements}">
<h2 id="${t.ids.disagreements}">${t.event.disagreements}</h2>
${parts}
</aside>`;
}

function neighbour(site: SiteModel, id: string | undefined, rel: "prev" | "next", about?: string): SafeHtml | "" {
  if (!id) return "";
  const other = site.event(id);
  const { event: words } = site.t;
  const label = about
    ? filled(rel === "prev" ? words.previousAbout : words.nextAbout, { name: html`<bdi>${about}</bdi>` })
    : rel === "prev" ? words.previous : words.next;
  return html`<li class="${rel}"><span class="label">${label}</span> <a${about ? "" : html` rel="${rel}"`} href="${site.href(other.path)}" dir="auto">${other.title}</a> <small>(${dateHtml(site, other.date.value)})</small></li>`;
}

function related(site: SiteModel, event: TimelineEvent): SafeHtml | "" {
  if (event.relatedIds.length === 0) return "";
  return html`<section class="related" aria-labelledby="${site.t.ids.related}">
<h2 id="${site.t.ids.related}">${site.t.event.related}</h2>
<ul class="events">${event.relatedIds.map((id) => eventItem(site, id))}</ul>
</section>`;
}

/**
 * Previous/next event with the same main entity (the first of `about`, else the
 * first participant). A link the chronological neighbours already give is not repeated.
 */
function sameEntity(site: SiteModel, event: TimelineEvent): SafeHtml | "" {
  const previous = event.previousSameId !== event.previousId ? event.previousSameId : undefined;
  const next = event.nextSameId !== event.nextId ? event.nextSameId : undefined;
  if (!event.mainEntityId || (!previous && !next)) return "";
  const entity = site.entity(event.mainEntityId);
  return html`<nav class="neighbours neighbours--entity" aria-label="${fillText(site.t.event.neighboursAbout, { name: isolateText(entity.name) })}"><ul>
${neighbour(site, previous, "prev", entity.name)}
${neighbour(site, next, "next", entity.name)}
</ul></nav>`;
}

export function render({ frise: site, event }: { frise: SiteModel; event: TimelineEvent }): string {
  const { t } = site;
  const badge = html` <a class="badge badge--disputed" href="#${t.ids.disagreements}">${t.event.disputedBadge}</a>`;
  const facts = html`<dl class="facts">
<dt>${t.event.date}</dt><dd>${dateHtml(site, event.date.value)}${event.date.disputed ? badge : ""}</dd>
<dt>${t.event.place}</dt><dd>${event.placeId ? entityLink(site, event.placeId) : event.place ? html`<bdi>${event.place.text}</bdi>` : t.event.placeUnknown}${event.place?.disputed ? badge : ""}</dd>
${event.participantIds.length ? html`<dt>${t.event.participants}</dt><dd>${entityList(site, event.participantIds)}</dd>` : ""}
${event.aboutIds.length ? html`<dt>${t.event.about}</dt><dd>${entityList(site, event.aboutIds)}</dd>` : ""}
${event.topicIds.length ? html`<dt>${t.event.topics}</dt><dd>${entityList(site, event.topicIds)}</dd>` : ""}
${isInCalendar(event) ? html`<dt>${t.event.calendar}</dt><dd><a href="${site.href(eventCalendarPath(event))}" download>${t.event.addToCalendar}</a></dd>` : ""}
</dl>`;

  const main = html`<article class="event">
<header>
<p class="kicker">${t.nouns.event}</p>
<h1 dir="auto">${event.title}</h1>
${facts}
</header>
${disagreements(site, event)}
<section class="body" aria-labelledby="${t.ids.summary}">
<h2 id="${t.ids.summary}">${t.event.summary}</h2>
${raw(renderNotedBody(event))}
</section>
<section aria-labelledby="${t.ids.sources}">
<h2 id="${t.ids.sources}">${t.event.sources}</h2>
<ul class="sources">
${event.sourceIds.map((id) => html`<li>${sourceLine(site, site.source(id))}</li>`)}
</ul>
</section>
${notesSection(site, event.notes)}
</article>
${related(site, event)}
<nav class="neighbours" aria-label="${t.event.neighbours}"><ul>
${neighbour(site, event.previousId, "prev")}
${neighbour(site, event.nextId, "next")}
</ul></nav>
${sameEntity(site, event)}`;
  return page({ site, path: event.path, title: event.title, description: event.summary, main, breadcrumbs: archiveCrumbs(site, event.id), jsonLd: [eventJsonLd(site, event)], ogType: "article", breadcrumbsJsonLd: false });
}
