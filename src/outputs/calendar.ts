/**
 * iCalendar (RFC 5545) files: one with every dated event, one per event.
 * Events are all-day (`VALUE=DATE`) and `DTEND` is exclusive (the day after
 * the last day). A month or a year covers all its days. Open dates ("before",
 * "after") and unknown dates are left out: a calendar entry would assert a
 * day the sources do not give. UIDs are the event id at the site's host, so
 * they survive rebuilds; DTSTAMP comes from the content, not from the clock.
 * Text written in the site's language (names, summaries, descriptions) says
 * so with the LANGUAGE parameter (RFC 5545 §3.2.10), and the description's
 * labels come from the site's catalogue. The whole calendar's file name is
 * the language's (`calendrier.ics`, `calendar.ics`: `site.paths.calendar`).
 */
import { firstDay, lastDay, type EventDate } from "../model/dates.ts";
import type { TimelineEvent } from "../model/timeline.ts";
import type { SiteModel } from "../site-model.ts";
import { icsDate, icsLines, icsText } from "./ics.ts";
import { eventUpdatedDay, utcDate } from "./updated.ts";

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
  const { t } = site;
  const sources = event.sourceIds.map((id) => site.source(id)).map((s) => `- ${s.title}${s.outlet ? ` (${s.outlet})` : ""}`);
  return [
    `${t.colon(t.event.date)} ${site.formatDate(event.date.value).text}${event.date.disputed ? t.disputed : ""}`,
    ...(event.place ? [`${t.colon(t.event.place)} ${event.place.text}${event.place.disputed ? t.disputed : ""}`] : []),
    "",
    event.summary,
    "",
    t.colon(t.event.sources),
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
  const lang = languageParam(site);
  lines = [
    "BEGIN:VEVENT",
    `UID:${icsText(eventUid(site, event))}`,
    // DTSTAMP from the content (see updated.ts), so rebuilding changes nothing.
    `DTSTAMP:${icsDate(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${icsDate(span.start)}`,
    `DTEND;VALUE=DATE:${icsDate(span.endExclusive)}`,
    `SUMMARY${lang}:${icsText(event.title)}`,
    `DESCRIPTION${lang}:${icsText(description(site, event))}`,
    ...(event.place ? [`LOCATION${lang}:${icsText(event.place.text)}`] : []),
    ...(event.topicIds.length ? [`CATEGORIES:${event.topicIds.map((id) => icsText(site.entity(id).name)).join(",")}`] : []),
    `URL:${site.absoluteUrl(event.path)}`,
    // Past events in a reader's agenda: shown, never counted as busy time.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
  veventCache.set(event, lines);
  return lines;
}

/**
 * `;LANGUAGE=fr`: the language of a property's text. Its value is a BCP 47 tag,
 * which site.ts validated (letters, digits and hyphens: nothing to quote).
 */
function languageParam(site: SiteModel): string {
  return `;LANGUAGE=${site.language}`;
}

function calendarText(site: SiteModel, name: string, events: readonly TimelineEvent[]): string {
  const primary = site.language.split("-")[0]!.toUpperCase();
  const lang = languageParam(site);
  return icsLines([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//frise//frise//${icsText(primary)}`,
    "CALSCALE:GREGORIAN",
    `NAME${lang}:${icsText(name)}`,
    `X-WR-CALNAME${lang}:${icsText(name)}`,
    `X-WR-CALDESC${lang}:${icsText(site.settings.description)}`,
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
