/**
 * The Atom feed (RFC 4287) and the JSON Feed (version 1.1) of the timeline's
 * events, newest first. Dates come from the content (see updated.ts): the
 * same content gives the same bytes. Every URL is absolute.
 */
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { anchorOf, firstDay } from "../model/dates.ts";
import type { TimelineEvent } from "../model/timeline.ts";
import type { SiteModel } from "../site-model.ts";
import { eventContentHtml } from "./event-html.ts";
import { eventUpdatedDay, siteUpdatedDay, utcDate } from "./updated.ts";
import { xml } from "./xml.ts";

export const ATOM_PATH = "/feed.xml";
export const JSON_FEED_PATH = "/feed.json";
/** Feeds carry the latest events only; the archives and timeline.json have them all. */
export const FEED_LIMIT = 50;

const rfc3339 = (day: string) => dateToRfc3339(utcDate(day));

/** The latest events first; undated events (no place in time) after the dated ones. */
export function feedEvents(site: SiteModel, limit = FEED_LIMIT): TimelineEvent[] {
  const dated = site.events.filter((e) => e.date.value.kind !== "unknown");
  const undated = site.events.filter((e) => e.date.value.kind === "unknown");
  return [...dated.reverse(), ...undated.reverse()].slice(0, limit);
}

interface FeedItem {
  event: TimelineEvent;
  url: string;
  /** Start of the event, when it has one. */
  published?: string;
  updated: string;
  content: string;
}

async function feedItems(site: SiteModel): Promise<FeedItem[]> {
  return Promise.all(
    feedEvents(site).map(async (event) => {
      const anchor = anchorOf(event.date.value);
      return {
        event,
        url: site.absoluteUrl(event.path),
        ...(anchor ? { published: firstDay(anchor) } : {}),
        updated: eventUpdatedDay(event, site.timeline),
        content: await eventContentHtml(site, event),
      };
    }),
  );
}

const entityNames = (site: SiteModel, ids: readonly string[]) => ids.map((id) => site.entity(id).name);

export async function atomFeed(site: SiteModel): Promise<string> {
  const s = site.settings;
  const home = site.absoluteUrl("/");
  const items = await feedItems(site);
  const entries = items.map(({ event, url, published, updated, content }) =>
    [
      "<entry>",
      xml`<id>${url}</id>`,
      xml`<title type="text">${event.title}</title>`,
      xml`<link rel="alternate" type="text/html" href="${url}"/>`,
      published ? xml`<published>${rfc3339(published)}</published>` : "",
      xml`<updated>${rfc3339(updated)}</updated>`,
      xml`<summary type="text">${event.summary}</summary>`,
      ...entityNames(site, event.topicIds).map((name) => xml`<category term="${name}"/>`),
      // Escaped HTML (type="html"): nothing in the content can close the element early.
      xml`<content type="html">${content}</content>`,
      "</entry>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    xml`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${s.language}">`,
    xml`<id>${home}</id>`,
    xml`<title type="text">${s.title}</title>`,
    xml`<subtitle type="text">${s.description}</subtitle>`,
    xml`<link rel="self" type="application/atom+xml" href="${site.absoluteUrl(ATOM_PATH)}"/>`,
    xml`<link rel="alternate" type="text/html" href="${home}"/>`,
    xml`<updated>${rfc3339(siteUpdatedDay(site.timeline))}</updated>`,
    xml`<author><name>${s.title}</name><uri>${home}</uri></author>`,
    "<generator>frise</generator>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/ */
export async function jsonFeed(site: SiteModel): Promise<string> {
  const s = site.settings;
  const items = await feedItems(site);
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: s.title,
    home_page_url: site.absoluteUrl("/"),
    feed_url: site.absoluteUrl(JSON_FEED_PATH),
    description: s.description,
    language: s.language,
    authors: [{ name: s.title, url: site.absoluteUrl("/") }],
    items: items.map(({ event, url, published, updated, content }) => ({
      id: url,
      url,
      title: event.title,
      content_html: content,
      summary: event.summary,
      ...(published ? { date_published: rfc3339(published) } : {}),
      date_modified: rfc3339(updated),
      ...(event.topicIds.length ? { tags: entityNames(site, event.topicIds) } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
