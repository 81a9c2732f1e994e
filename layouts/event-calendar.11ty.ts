/** One `.ics` per event with calendar dates, beside its page (`/evenements/<id>/<id>.ics`). */
import { eventCalendar, eventCalendarPath, isInCalendar } from "../src/outputs/calendar.ts";
import type { TimelineEvent } from "../src/model/timeline.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = {
  pagination: { data: "frise.events", size: 1, alias: "event", before: (events: TimelineEvent[]) => events.filter(isInCalendar) },
  permalink: ({ event }: { event: TimelineEvent }) => eventCalendarPath(event),
  eleventyExcludeFromCollections: true,
};

export function render({ frise: site, event }: { frise: SiteModel; event: TimelineEvent }): string {
  return eventCalendar(site, event);
}
