/**
 * schema.org descriptions of pages as JSON-LD: `Event` for events,
 * `NewsArticle` for sources, `ItemList` for the timeline, `BreadcrumbList`
 * for breadcrumbs. Plain nodes here; `jsonLdGraph` puts a page's nodes in one
 * `@graph` under one `@context`, and page.ts embeds it with `jsonForScript`,
 * which keeps any value from closing the `<script>`. Kept lean: they are on
 * every page, within its weight budget. `inLanguage`: an event is described in
 * the site's language, a source's article is in its own.
 */
import type { EntityKind } from "../content/schema.ts";
import { isoOf } from "../model/dates.ts";
import type { TimelineEvent, TimelineSource } from "../model/timeline.ts";
import type { SiteModel } from "../site-model.ts";

export type JsonLd = Record<string, unknown>;

const CONTEXT = "https://schema.org";

const TYPE_OF_KIND: Record<EntityKind, string> = {
  person: "Person",
  organisation: "Organization",
  country: "Country",
  place: "Place",
  topic: "DefinedTerm",
};

/**
 * A named entity inside an event. No `url`: the page links each one visibly,
 * and eight absolute URLs weighed half a kilobyte of a 20 KB page budget.
 */
function entityRef(site: SiteModel, id: string): JsonLd {
  const entity = site.entity(id);
  return { "@type": TYPE_OF_KIND[entity.kind], name: entity.name };
}

/** The event's place: the place entity with its page, or the place as the sources give it. */
function placeJsonLd(site: SiteModel, placeId: string | undefined, text: string): JsonLd {
  if (!placeId) return { "@type": "Place", name: text };
  const place = site.entity(placeId);
  return { "@type": "Place", name: place.name, url: site.absoluteUrl(place.path) };
}

/** The `@id` of a source's article node, shared by the source page and the events citing it. */
export const articleId = (site: SiteModel, source: TimelineSource) => `${site.absoluteUrl(source.path)}#article`;

export function eventJsonLd(site: SiteModel, event: TimelineEvent): JsonLd {
  const url = site.absoluteUrl(event.path);
  const date = event.date.value;
  const start = date.kind === "point" ? date.point : date.kind === "range" || date.kind === "after" ? date.start : undefined;
  const end = date.kind === "point" ? date.point : date.kind === "range" || date.kind === "before" ? date.end : undefined;
  const attendees = event.participantIds.filter((id) => ["person", "organisation"].includes(site.entity(id).kind));
  return {
    "@type": "Event",
    url,
    name: event.title,
    description: event.summary,
    inLanguage: site.language,
    ...(start ? { startDate: isoOf(start) } : {}),
    ...(end ? { endDate: isoOf(end) } : {}),
    ...(event.place ? { location: placeJsonLd(site, event.placeId, event.place.text) } : {}),
    ...(attendees.length ? { attendee: attendees.map((id) => entityRef(site, id)) } : {}),
    about: [...event.aboutIds, ...event.topicIds.filter((id) => !event.aboutIds.includes(id))].map((id) => entityRef(site, id)),
    // References to the sources' NewsArticle nodes, described on their own pages.
    subjectOf: event.sourceIds.map((id) => ({ "@id": articleId(site, site.source(id)) })),
  };
}

export function sourceJsonLd(site: SiteModel, source: TimelineSource): JsonLd {
  const page = site.absoluteUrl(source.path);
  return {
    "@type": "NewsArticle",
    "@id": articleId(site, source),
    headline: source.title,
    datePublished: isoOf(source.published),
    inLanguage: source.language,
    ...(source.outlet ? { publisher: { "@type": "Organization", name: source.outlet } } : {}),
    ...(source.author ? { author: { "@type": "Person", name: source.author } } : {}),
    // The article where it was published, when known; this site keeps an archived copy.
    url: source.url ? new URL(source.url).href : page,
    archivedAt: page,
  };
}

export function itemListJsonLd(site: SiteModel, eventIds: readonly string[]): JsonLd {
  return {
    "@type": "ItemList",
    itemListOrder: "https://schema.org/ItemListOrderAscending",
    numberOfItems: eventIds.length,
    itemListElement: eventIds.map((id, i) => {
      const event = site.event(id);
      return { "@type": "ListItem", position: i + 1, url: site.absoluteUrl(event.path), name: event.title };
    }),
  };
}

/** One JSON-LD document for a page's nodes: the node itself when alone, else a `@graph`. */
export function jsonLdGraph(nodes: readonly JsonLd[]): JsonLd {
  return nodes.length === 1 ? { "@context": CONTEXT, ...nodes[0] } : { "@context": CONTEXT, "@graph": nodes };
}

export function breadcrumbJsonLd(site: SiteModel, crumbs: readonly { label: string; path: string }[], current: { label: string; path: string }): JsonLd {
  return {
    "@type": "BreadcrumbList",
    itemListElement: [...crumbs, current].map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.label,
      item: site.absoluteUrl(crumb.path),
    })),
  };
}
