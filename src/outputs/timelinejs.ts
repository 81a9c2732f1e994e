/**
 * An export for TimelineJS3 (Knight Lab): its JSON format, documented at
 * timeline.knightlab.com/docs/json-format.html, so the story can be loaded
 * into a TimelineJS embed as is. TimelineJS reads `headline` and `text` as
 * HTML: every value from the content is escaped. Undated events are left out
 * (a slide needs a `start_date` with a year); open dates keep their label in
 * the site's language in `display_date` ("avant le 24 septembre 2025",
 * "before 24 September 2025"), as does the slide's text.
 */
import { anchorOf, type DatePoint } from "../model/dates.ts";
import type { TimelineEvent } from "../model/timeline.ts";
import { escapeHtml } from "../render/html.ts";
import type { SiteModel } from "../site-model.ts";

export const TIMELINEJS_PATH = "/timelinejs.json";

export interface TlDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TlText {
  headline: string;
  text: string;
}

export interface TlSlide {
  start_date: TlDate;
  end_date?: TlDate;
  text: TlText;
  group?: string;
  display_date?: string;
  unique_id: string;
}

export interface TlTimeline {
  title: { text: TlText };
  events: TlSlide[];
  scale: "human";
}

function tlDate(p: DatePoint): TlDate {
  return { year: p.year, ...(p.month !== undefined ? { month: p.month } : {}), ...(p.day !== undefined ? { day: p.day } : {}) };
}

/** The row of the slide: the event's first topic, else its main entity. */
function group(site: SiteModel, event: TimelineEvent): string | undefined {
  const id = event.topicIds[0] ?? event.mainEntityId;
  return id === undefined ? undefined : escapeHtml(site.entity(id).name);
}

function slide(site: SiteModel, event: TimelineEvent): TlSlide | undefined {
  const date = event.date.value;
  const anchor = anchorOf(date);
  if (!anchor) return undefined;
  const url = site.absoluteUrl(event.path);
  const { t } = site;
  const rowName = group(site, event);
  return {
    start_date: tlDate(anchor),
    ...(date.kind === "range" ? { end_date: tlDate(date.end) } : {}),
    display_date: escapeHtml(site.formatDate(date).text),
    text: {
      headline: escapeHtml(event.title),
      text:
        `<p>${escapeHtml(event.summary)}</p>` +
        `<p>${escapeHtml(t.counts.sources(event.sourceIds.length))}${event.date.disputed || event.place?.disputed ? escapeHtml(t.timelineJs.disputed) : ""}. ` +
        `<a href="${escapeHtml(url)}">${escapeHtml(t.timelineJs.readMore)}</a></p>`,
    },
    ...(rowName ? { group: rowName } : {}),
    unique_id: event.id,
  };
}

export function timelineJs(site: SiteModel): TlTimeline {
  const s = site.settings;
  return {
    title: { text: { headline: escapeHtml(s.title), text: `<p>${escapeHtml(s.description)}</p>` } },
    events: site.events.map((e) => slide(site, e)).filter((e): e is TlSlide => e !== undefined),
    scale: "human",
  };
}
