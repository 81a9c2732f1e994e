/** One page per event: facts, disagreements, body with notes, sources, neighbours. */
import { html, isolateText, raw, type SafeHtml } from "../src/render/html.ts";
import { renderNotedBody } from "../src/render/bodies.ts";
import type { ClaimView, TimelineEvent } from "../src/model/timeline.ts";
import type { EventDate } from "../src/model/dates.ts";
import type { SiteModel } from "../src/site-model.ts";
import { page } from "./_lib/page.ts";
import { eventCalendarPath, isInCalendar } from "../src/outputs/calendar.ts";
import { eventJsonLd } from "../src/outputs/jsonld.ts";
import { archiveCrumbs, notesSection, dateHtml, entityLink, entityList, eventItem, sourceLine } from "./_lib/parts.ts";

export const data = {
  pagination: { data: "frise.events", size: 1, alias: "event" },
  permalink: ({ event }: { event: TimelineEvent }) => `${event.path}index.html`,
};

function noteRefs(notes: number[]): SafeHtml {
  return html`${notes.map((n) => html`<sup><a href="#note-${n}" aria-label="Note ${n}">[${n}]</a></sup>`)}`;
}

/** A source named by its outlet (its title when it has none), linked to its page. */
function sourceName(site: SiteModel, id: string, i: number): SafeHtml {
  const source = site.source(id);
  return html`${i > 0 ? ", " : ""}<a href="${site.href(source.path)}" dir="auto">${source.outlet ?? source.title}</a>`;
}

function claimList(claims: ClaimView[], show: (claim: ClaimView) => SafeHtml | string, site: SiteModel): SafeHtml {
  return html`<ul>
${claims.map(
  (claim) => html`<li>${show(claim)}${claim.shown ? html` <strong class="shown">(valeur retenue)</strong>` : ""} — selon ${claim.sources.map((id, i) => sourceName(site, id, i))} ${noteRefs(claim.notes)}</li>`,
)}
</ul>`;
}

function disagreements(site: SiteModel, event: TimelineEvent): SafeHtml | "" {
  const parts: SafeHtml[] = [];
  const basis = (field: { basis: string }) =>
    field.basis === "editor" ? "la valeur retenue par la rédaction" : "la valeur donnée par le plus de sources";
  if (event.date.disputed) {
    parts.push(html`<h3>Date</h3>
<p>Le site affiche ${basis(event.date)}.</p>
${claimList(event.dateClaims, (c) => dateHtml(c.value as EventDate), site)}`);
  }
  if (event.place?.disputed) {
    parts.push(html`<h3>Lieu</h3>
<p>Le site affiche ${basis(event.place)}.</p>
${claimList(event.placeClaims, (c) => (c.entityId ? entityLink(site, c.entityId) : html`<bdi>${c.text}</bdi>`), site)}`);
  }
  for (const naming of event.names) {
    parts.push(html`<h3>Appellations de « <bdi>${naming.term}</bdi> »</h3>
<p>Les sources ne nomment pas « <bdi>${naming.term}</bdi> » de la même façon.</p>
${claimList(naming.claims, (c) => html`« <bdi>${c.text}</bdi> »`, site)}`);
  }
  if (parts.length === 0) return "";
  return html`<aside class="disagreement" aria-labelledby="divergences">
<h2 id="divergences">Les sources divergent</h2>
${parts}
</aside>`;
}

function neighbour(site: SiteModel, id: string | undefined, rel: "prev" | "next", about?: string): SafeHtml | "" {
  if (!id) return "";
  const other = site.event(id);
  const label = rel === "prev" ? "Précédent" : "Suivant";
  return html`<li class="${rel}"><span class="label">${label}${about ? html` concernant <bdi>${about}</bdi>` : ""}</span> <a${about ? "" : html` rel="${rel}"`} href="${site.href(other.path)}" dir="auto">${other.title}</a> <small>(${dateHtml(other.date.value)})</small></li>`;
}

function related(site: SiteModel, event: TimelineEvent): SafeHtml | "" {
  if (event.relatedIds.length === 0) return "";
  return html`<section class="related" aria-labelledby="meme-sujet">
<h2 id="meme-sujet">Sur le même sujet</h2>
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
  return html`<nav class="neighbours neighbours--entity" aria-label="${`Événements voisins concernant ${isolateText(entity.name)}`}"><ul>
${neighbour(site, previous, "prev", entity.name)}
${neighbour(site, next, "next", entity.name)}
</ul></nav>`;
}

export function render({ frise: site, event }: { frise: SiteModel; event: TimelineEvent }): string {
  const facts = html`<dl class="facts">
<dt>Date</dt><dd>${dateHtml(event.date.value)}${event.date.disputed ? html` <a class="badge badge--disputed" href="#divergences">les sources divergent</a>` : ""}</dd>
<dt>Lieu</dt><dd>${event.placeId ? entityLink(site, event.placeId) : event.place ? html`<bdi>${event.place.text}</bdi>` : "non précisé par les sources"}${event.place?.disputed ? html` <a class="badge badge--disputed" href="#divergences">les sources divergent</a>` : ""}</dd>
${event.participantIds.length ? html`<dt>Participants</dt><dd>${entityList(site, event.participantIds)}</dd>` : ""}
${event.aboutIds.length ? html`<dt>Concerne</dt><dd>${entityList(site, event.aboutIds)}</dd>` : ""}
${event.topicIds.length ? html`<dt>Thèmes</dt><dd>${entityList(site, event.topicIds)}</dd>` : ""}
${isInCalendar(event) ? html`<dt>Agenda</dt><dd><a href="${site.href(eventCalendarPath(event))}" download>Ajouter à mon agenda (.ics)</a></dd>` : ""}
</dl>`;

  const main = html`<article class="event">
<header>
<p class="kicker">Événement</p>
<h1 dir="auto">${event.title}</h1>
${facts}
</header>
${disagreements(site, event)}
<section class="body" aria-labelledby="resume">
<h2 id="resume">Résumé</h2>
${raw(renderNotedBody(event))}
</section>
<section aria-labelledby="sources">
<h2 id="sources">Sources</h2>
<ul class="sources">
${event.sourceIds.map((id) => html`<li>${sourceLine(site, site.source(id))}</li>`)}
</ul>
</section>
${notesSection(site, event.notes)}
</article>
${related(site, event)}
<nav class="neighbours" aria-label="Événements voisins"><ul>
${neighbour(site, event.previousId, "prev")}
${neighbour(site, event.nextId, "next")}
</ul></nav>
${sameEntity(site, event)}`;
  return page({ site, path: event.path, title: event.title, description: event.summary, main, breadcrumbs: archiveCrumbs(site, event.id), jsonLd: [eventJsonLd(site, event)], ogType: "article", breadcrumbsJsonLd: false });
}
