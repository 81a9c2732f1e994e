/**
 * `timeline.json`: the whole model as plain JSON for reuse — events with every
 * claim and its quoted evidence, sources, entities, all cross-referenced by id.
 * The format is documented in docs/timeline-json.md; the interfaces below are
 * its definition. Bump TIMELINE_JSON_VERSION on any incompatible change.
 */
import type { Claim } from "../content/schema.ts";
import { edtfOf, firstDay, isoOf, lastDay, type EventDate } from "../model/dates.ts";
import type { TimelineEntity, TimelineEvent, TimelineSource } from "../model/timeline.ts";
import { plainText } from "../render/markdown.ts";
import type { SiteModel } from "../site-model.ts";
import { siteUpdatedDay } from "./updated.ts";

export const TIMELINE_JSON_PATH = "/timeline.json";
export const TIMELINE_JSON_VERSION = 1;

export interface JsonCite {
  source: string;
  quote: string;
}

export interface JsonClaim {
  /** The value as the editors wrote it (an EDTF date, a place name, a name). */
  value: string;
  /** This is the value the site shows (absent for names: every name is shown). */
  shown?: boolean;
  cites: JsonCite[];
  /** Place claims: the place entity the value names. */
  entity?: string;
}

export interface JsonDate {
  /** EDTF text: 2025-04-01, 2025-04, 2025-04-03/2025-04-04, 2025-09~, ../2025-09-24, 2025-09-24/.., unknown. */
  edtf: string;
  kind: EventDate["kind"];
  /** The date as the site writes it, in the site's language. */
  label: string;
  /** First day the date can cover (YYYY-MM-DD); absent for "before" and unknown dates. */
  start?: string;
  /** Last day the date can cover (YYYY-MM-DD); absent for "after" and unknown dates. */
  end?: string;
  disputed: boolean;
  /** Why this value is shown: the only claim, the most sources, or the editors' choice. */
  basis: "single" | "majority" | "editor";
  claims: JsonClaim[];
}

export interface JsonEvent {
  id: string;
  url: string;
  title: string;
  summary: string;
  date: JsonDate;
  place?: { text: string; entity?: string; disputed: boolean; basis: JsonDate["basis"]; claims: JsonClaim[] };
  participants: string[];
  about: string[];
  topics: string[];
  /** Every entity the event names. */
  entities: string[];
  sources: string[];
  names: { term: string; claims: JsonClaim[] }[];
  /** The editors' text in Markdown, citations written `[@source-id "quote"]`. */
  markdown: string;
  /** The same as plain text, citations left out. */
  text: string;
  notes: { number: number; source: string; quote: string; passage: string }[];
  previous?: string;
  next?: string;
  related: string[];
}

export interface JsonSource {
  id: string;
  url: string;
  title: string;
  /** The article has no title; the editors wrote this one. */
  titleSupplied: boolean;
  outlet?: string;
  author?: string;
  /** Publication date, EDTF: a day, a month or a year. */
  published: string;
  language: string;
  /** Where the article was published, when known. */
  originalUrl?: string;
  citedBy: string[];
  citedByEntities: string[];
  passages: { id: string; url: string; quote: string; citedBy: { owner: "event" | "entity"; id: string; note: number }[] }[];
  /** The archived text, Markdown. */
  markdown: string;
}

export interface JsonEntity {
  id: string;
  kind: TimelineEntity["kind"];
  name: string;
  aliases: string[];
  url: string;
  /** The description as plain text, citations left out (may be empty). */
  text: string;
  events: string[];
}

export interface TimelineJson {
  version: number;
  site: { title: string; description: string; language: string; url: string };
  /** Newest day of any event or source (YYYY-MM-DD): taken from the content, not the build. */
  updated: string;
  /** In timeline order: by date, undated events last. */
  events: JsonEvent[];
  /** By publication date. */
  sources: JsonSource[];
  /** By id. */
  entities: JsonEntity[];
}

function claims<T>(list: Claim<T>[], shownText: string, entities: (string | undefined)[] = []): JsonClaim[] {
  return list.map((claim, i) => ({
    value: claim.text,
    shown: claim.text === shownText,
    cites: claim.cites.map((c) => ({ source: c.source, quote: c.quote })),
    ...(entities[i] ? { entity: entities[i] } : {}),
  }));
}

/** A note's source and quote: what a naming claim cites. */
function noteCite(event: TimelineEvent, number: number): JsonCite {
  const note = event.notes[number - 1]!;
  return { source: note.sourceId, quote: note.quote };
}

function jsonDate(site: SiteModel, event: TimelineEvent): JsonDate {
  const date = event.date.value;
  const start = date.kind === "point" ? date.point : date.kind === "range" || date.kind === "after" ? date.start : undefined;
  const end = date.kind === "point" ? date.point : date.kind === "range" || date.kind === "before" ? date.end : undefined;
  return {
    edtf: edtfOf(date),
    kind: date.kind,
    label: site.formatDate(date).text,
    ...(start ? { start: firstDay(start) } : {}),
    ...(end ? { end: lastDay(end) } : {}),
    disputed: event.date.disputed,
    basis: event.date.basis,
    claims: claims(event.date.claims, event.date.text),
  };
}

function jsonEvent(site: SiteModel, event: TimelineEvent): JsonEvent {
  return {
    id: event.id,
    url: site.absoluteUrl(event.path),
    title: event.title,
    summary: event.summary,
    date: jsonDate(site, event),
    ...(event.place
      ? {
          place: {
            text: event.place.text,
            ...(event.placeId ? { entity: event.placeId } : {}),
            disputed: event.place.disputed,
            basis: event.place.basis,
            claims: claims(event.place.claims, event.place.text, event.placeClaims.map((c) => c.entityId)),
          },
        }
      : {}),
    participants: event.participantIds,
    about: event.aboutIds,
    topics: event.topicIds,
    entities: event.entityIds,
    sources: event.sourceIds,
    names: event.names.map((n) => ({
      term: n.term,
      claims: n.claims.map((c) => ({ value: c.text, cites: c.notes.map((number) => noteCite(event, number)) })),
    })),
    markdown: event.body,
    text: plainText(event.tokens),
    notes: event.notes.map((n) => ({
      number: n.number,
      source: n.sourceId,
      quote: n.quote,
      passage: `${site.absoluteUrl(site.source(n.sourceId).path)}#${n.passageId}`,
    })),
    ...(event.previousId ? { previous: event.previousId } : {}),
    ...(event.nextId ? { next: event.nextId } : {}),
    related: event.relatedIds,
  };
}

function jsonSource(site: SiteModel, source: TimelineSource): JsonSource {
  const url = site.absoluteUrl(source.path);
  return {
    id: source.id,
    url,
    title: source.title,
    titleSupplied: source.titleSupplied,
    ...(source.outlet ? { outlet: source.outlet } : {}),
    ...(source.author ? { author: source.author } : {}),
    published: isoOf(source.published),
    language: source.language,
    ...(source.url ? { originalUrl: source.url } : {}),
    citedBy: source.citedBy,
    citedByEntities: source.citedByEntities,
    passages: source.passages.map((p) => ({ id: p.id, url: `${url}#${p.id}`, quote: p.quote, citedBy: p.citedBy.map((c) => ({ ...c })) })),
    markdown: source.body,
  };
}

function jsonEntity(site: SiteModel, e: TimelineEntity): JsonEntity {
  return { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, url: site.absoluteUrl(e.path), text: plainText(e.tokens), events: e.eventIds };
}

function jsonHead(site: SiteModel): Pick<TimelineJson, "version" | "site" | "updated"> {
  const s = site.settings;
  return {
    version: TIMELINE_JSON_VERSION,
    site: { title: s.title, description: s.description, language: s.language, url: site.absoluteUrl("/") },
    updated: siteUpdatedDay(site.timeline),
  };
}

export function timelineJson(site: SiteModel): TimelineJson {
  return {
    ...jsonHead(site),
    events: site.events.map((e) => jsonEvent(site, e)),
    sources: site.sources.map((s) => jsonSource(site, s)),
    entities: site.entities.map((e) => jsonEntity(site, e)),
  };
}

/**
 * The same JSON text as `JSON.stringify(timelineJson(site))`, in pieces, one
 * event, source or entity at a time: at 50,000 events the whole text is
 * hundreds of MB, too much to hold as one string beside the pages.
 */
export function* timelineJsonText(site: SiteModel): Generator<string> {
  const head = JSON.stringify(jsonHead(site));
  yield head.slice(0, -1);
  const lists: [keyof TimelineJson, number, (i: number) => unknown][] = [
    ["events", site.events.length, (i) => jsonEvent(site, site.events[i]!)],
    ["sources", site.sources.length, (i) => jsonSource(site, site.sources[i]!)],
    ["entities", site.entities.length, (i) => jsonEntity(site, site.entities[i]!)],
  ];
  for (const [key, count, item] of lists) {
    yield `,${JSON.stringify(key)}:[`;
    for (let i = 0; i < count; i++) yield `${i ? "," : ""}${JSON.stringify(item(i))}`;
    yield "]";
  }
  yield "}";
}
