/** `/calendrier.ics`: every dated event as an all-day iCalendar event (see src/outputs/calendar.ts). */
import { CALENDAR_PATH, siteCalendar } from "../src/outputs/calendar.ts";
import type { SiteModel } from "../src/site-model.ts";

export const data = { permalink: CALENDAR_PATH, eleventyExcludeFromCollections: true };

export function render({ frise: site }: { frise: SiteModel }): string {
  return siteCalendar(site);
}
