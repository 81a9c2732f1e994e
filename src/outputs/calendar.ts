/**
 * iCalendar (RFC 5545) files: one with every dated event, one per event.
 * Events are all-day (`VALUE=DATE`) and `DTEND` is exclusive (the day after
 * the last day). A month or a year covers all its days. Open dates ("before",
 * "after") and unknown dates are left out: a calendar entry would assert a
 * day the sources do not give. UIDs are the event id at the site's host, so
 * they survive rebuilds; DTSTAMP comes from the content, not from the clock.
 */
import { firstDay, lastDay, type EventDate } from "../model/dates.ts";
import type { TimelineEvent } from "../model/timeline.ts";
import { formatEventDate } from "../render/format-date.ts";
import type { SiteModel } from "../site-model.ts";
import { icsDate, icsLines, icsText } from "./ics.ts";
import { eventUpdatedDay, utcDate } from "./updated.ts";

export const CALENDAR_PATH = "/calendrier.ics";

/** The ICS file of one event, beside its page (named after it, so a download keeps a useful name). */
export const eventCalendarPath = (event: TimelineEvent) => `${event.path}${event.id}.ics`;

/** First day and exclusive end day (YYYY-MM-DD), or undefined when the date is not a span of known days. */
export function calendarSpan(date: EventDate): { start: string; endExclusive: string } | undefined {
  switch (date.kind) {
    case "point":
      return { start: firstDay(date.point), endExclusive: nextDay(lastDay(date.point)) };
    case "range":
      return { start: firstDay(date.start), endExclusive: nextDay(lastDay(date.end)) };
    default:
      return undefined;
  }
}

export function isInCalendar(event: TimelineEvent): boolean {
  return calendarSpan(event.date.value) !== undefined;
}

function nextDay(day: string): string {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10).replace(/^\+0*/, "");
}


export function eventUid(site: SiteModel, event: TimelineEvent): string {
  return `${event.id}@${new URL(site.settings.baseUrl).host}`;
}

function description(site: SiteModel, event: TimelineEvent): string {
  const sources = event.sourceIds.map((id) => site.source(id)).map((s) => `- ${s.title}${s.outlet ? ` (${s.outlet})` : ""}`);
  return [
    `Date : ${formatEventDate(event.date.value).text}${event.date.disputed ? " (les sources divergent)" : ""}`,
    ...(event.place ? [`Lieu : ${event.place.text}${event.place.disputed ? " (les sources divergent)" : ""}`] : []),
    "",
    event.summary,
    "",
    "Sources :",
    ...sources,
    "",
    site.absoluteUrl(event.path),
  ].join("\n");
}

/** The VEVENT lines of an event, computed once: the full calendar and the event's own file share them. */
const veventCache = new WeakMap<TimelineEvent, string[]>();

function vevent(site: SiteModel, event: TimelineEvent): string[] {
  let lines = veventCache.get(event);
  if (lines) return lines;
  const span = calendarSpan(event.date.value);
  if (!span) return [];
  const stamp = eventUpdatedDay(event, site.timeline);
  lines = [
    "BEGIN:VEVENT",
    `UID:${icsText(eventUid(site, event))}`,
    // DTSTAMP from the content (see updated.ts), so rebuilding changes nothing.
    `DTSTAMP:${icsDate(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(span.start)}`,
    `DTEND;VALUE=DATE:${icsDate(span.endExclusive)}`,
    `SUMMARY:${icsText(event.title)}`,
    `DESCRIPTION:${icsText(description(site, event))}`,
    ...(event.place ? [`LOCATION:${icsText(event.place.text)}`] : []),
    ...(event.topicIds.length ? [`CATEGORIES:${event.topicIds.map((id) => icsText(site.entity(id).name)).join(",")}`] : []),
    `URL:${site.absoluteUrl(event.path)}`,
    // Past events in a reader's agenda: shown, never counted as busy time.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
  veventCache.set(event, lines);
  return lines;
}

function calendarText(site: SiteModel, name: string, events: readonly TimelineEvent[]): string {
  const lang = site.settings.language.split("-")[0]!.toUpperCase();
  return icsLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//frise//frise//${icsText(lang)}`,
    "CALSCALE:GREGORIAN",
    `NAME:${icsText(name)}`,
    `X-WR-CALNAME:${icsText(name)}`,
    `X-WR-CALDESC:${icsText(site.settings.description)}`,
    ...events.flatMap((event) => vevent(site, event)),
    "END:VCALENDAR",
  ]);
}

/** Every event with a calendar span, in timeline order. */
export function siteCalendar(site: SiteModel): string {
  return calendarText(site, site.settings.title, site.events);
}

export function eventCalendar(site: SiteModel, event: TimelineEvent): string {
  return calendarText(site, `${event.title} · ${site.settings.title}`, [event]);
}
