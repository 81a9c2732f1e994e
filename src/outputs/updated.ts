/**
 * "Updated" dates taken from the content, never from the clock, so the same
 * content always gives the same feeds and calendars. An event's information
 * is as new as its own date or its newest source, whichever is later; the
 * site is as new as its newest event or source.
 */
import { anchorOf, firstDay } from "../model/dates.ts";
import type { Timeline, TimelineEvent } from "../model/timeline.ts";

/** Used only when there is no content at all: a fixed date, not the build time. */
export const EPOCH_DAY = "1970-01-01";

const later = (a: string, b: string) => (a > b ? a : b);

/** YYYY-MM-DD: the later of the event's first day and its sources' publication. */
export function eventUpdatedDay(event: TimelineEvent, timeline: Timeline): string {
  const anchor = anchorOf(event.date.value);
  let day = anchor ? firstDay(anchor) : EPOCH_DAY;
  for (const id of event.sourceIds) {
    const source = timeline.sourceById.get(id);
    if (source) day = later(day, firstDay(source.published));
  }
  return day;
}

/** YYYY-MM-DD: the newest day of any event or source. */
export function siteUpdatedDay(timeline: Timeline): string {
  let day = EPOCH_DAY;
  for (const event of timeline.events) day = later(day, eventUpdatedDay(event, timeline));
  for (const source of timeline.sources) day = later(day, firstDay(source.published));
  return day;
}

/** A day as a JavaScript Date at 00:00 UTC (never the local zone). */
export function utcDate(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // not Date.UTC, which maps years 0–99 to 1900–1999
  return date;
}
