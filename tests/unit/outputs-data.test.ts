/**
 * The data outputs, serialized and parsed back: JSON Feed 1.1 against its
 * spec's fields, timeline.json against the model and its documentation,
 * the TimelineJS export against TimelineJS3's documented JSON format, and the
 * schema.org objects. Built from the real content plus hostile edge events.
 */
import fs from "node:fs";
import { parseFragment } from "parse5";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/index.ts";
import { anchorOf, firstDay } from "../../src/model/dates.ts";
import { FEED_LIMIT, jsonFeed } from "../../src/outputs/feeds.ts";
import { eventJsonLd, itemListJsonLd, sourceJsonLd } from "../../src/outputs/jsonld.ts";
import { timelineJson, timelineJsonText, type TimelineJson } from "../../src/outputs/timeline-json.ts";
import { timelineJs } from "../../src/outputs/timelinejs.ts";
import { siteUpdatedDay } from "../../src/outputs/updated.ts";
import { SiteModel } from "../../src/site-model.ts";
import { textOf } from "../helpers/site.ts";
import { edgeContent, HOSTILE } from "./outputs-fixture.ts";

let site: SiteModel;
beforeAll(() => {
  site = new SiteModel(loadTimeline({}, edgeContent()).timeline);
});

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isAbsolute = (url: unknown) => typeof url === "string" && /^https?:\/\//.test(url) && new URL(url).href === url;
const keysOf = (o: object) => Object.keys(o);

/** The newest day in the content, computed here independently of src/outputs/updated.ts. */
function newestContentDay(): string {
  const days = [
    ...site.events.flatMap((e) => {
      const a = anchorOf(e.date.value);
      return a ? [firstDay(a)] : [];
    }),
    ...site.sources.map((s) => firstDay(s.published)),
  ];
  return days.sort().at(-1)!;
}

describe("JSON Feed 1.1", () => {
  // https://www.jsonfeed.org/version/1.1/ — top-level and item fields.
  const TOP = ["version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon", "authors", "language", "expired", "hubs", "items"];
  const ITEM = ["id", "url", "external_url", "title", "content_html", "content_text", "summary", "image", "banner_image", "date_published", "date_modified", "authors", "tags", "language", "attachments"];
  let feed: Record<string, unknown> & { items: Record<string, unknown>[] };

  beforeAll(async () => {
    feed = JSON.parse(await jsonFeed(site));
  });

  it("has the required and only known top-level fields, with absolute URLs", () => {
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe(site.settings.title);
    expect(keysOf(feed).filter((k) => !TOP.includes(k))).toEqual([]);
    expect(isAbsolute(feed.home_page_url) && isAbsolute(feed.feed_url)).toBe(true);
    expect(feed.feed_url).toBe("https://example.net/feed.json");
    expect(feed.authors).toEqual([{ name: site.settings.title, url: "https://example.net/" }]);
  });

  it("lists the events newest first, undated last, each item complete", () => {
    const dated = site.events.filter((e) => e.date.value.kind !== "unknown").reverse();
    const undated = site.events.filter((e) => e.date.value.kind === "unknown");
    expect(feed.items.map((i) => i.id)).toEqual([...dated, ...undated].slice(0, FEED_LIMIT).map((e) => site.absoluteUrl(e.path)));
    for (const item of feed.items) {
      expect(keysOf(item).filter((k) => !ITEM.includes(k))).toEqual([]);
      expect(typeof item.id).toBe("string");
      expect(isAbsolute(item.url)).toBe(true);
      expect(typeof item.content_html).toBe("string");
      expect(item.date_modified).toMatch(RFC3339);
      if (item.date_published !== undefined) expect(item.date_published).toMatch(RFC3339);
    }
  });

  it("keeps hostile titles as data and makes every link in the content absolute", () => {
    const hostile = feed.items.find((i) => String(i.id).includes("hostile-bissextile"))!;
    expect(hostile.title).toBe(HOSTILE);
    const links: string[] = [];
    const walk = (node: { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
      for (const a of node.attrs ?? []) if (a.name === "href") links.push(a.value);
      for (const c of node.childNodes ?? []) walk(c as typeof node);
    };
    for (const item of feed.items) walk(parseFragment(String(item.content_html)) as never);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !isAbsolute(l))).toEqual([]);
    // The calls to notes point to the notes of the event page.
    expect(links).toContain("https://example.net/evenements/2024-02-29-hostile-bissextile/#note-1");
  });

  it("takes its dates from the content, never from the build", () => {
    const modified = feed.items.map((i) => String(i.date_modified).slice(0, 10)).sort();
    expect(modified.at(-1)).toBe(newestContentDay());
    expect(siteUpdatedDay(site.timeline)).toBe(newestContentDay());
  });
});

describe("timeline.json", () => {
  let data: TimelineJson;
  beforeAll(() => {
    data = JSON.parse(JSON.stringify(timelineJson(site)));
  });

  it("is written in pieces that make exactly the JSON of the whole model", () => {
    const pieces = [...timelineJsonText(site)];
    expect(pieces.length).toBeGreaterThan(site.events.length);
    expect(pieces.join("")).toBe(JSON.stringify(timelineJson(site)));
    const empty = new SiteModel({ ...site.timeline, events: [], sources: [], entities: [] });
    expect([...timelineJsonText(empty)].join("")).toBe(JSON.stringify(timelineJson(empty)));
  });

  it("holds the whole model: every event in order, every source, every entity", () => {
    expect(data.version).toBe(1);
    expect(data.updated).toBe(newestContentDay());
    expect(data.events.map((e) => e.id)).toEqual(site.events.map((e) => e.id));
    expect(data.sources.map((s) => s.id)).toEqual(site.sources.map((s) => s.id));
    expect(data.entities.map((e) => e.id)).toEqual(site.entities.map((e) => e.id));
  });

  it("cross-references by ids that exist, and links to pages and passages that exist", () => {
    const events = new Set(data.events.map((e) => e.id));
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const entities = new Set(data.entities.map((e) => e.id));
    for (const e of data.events) {
      for (const id of [...e.participants, ...e.about, ...e.topics, ...e.entities]) expect(entities).toContain(id);
      for (const id of [...e.sources, ...e.date.claims.flatMap((c) => c.cites.map((x) => x.source))]) expect(sources.has(id)).toBe(true);
      for (const id of [...e.related, ...(e.previous ? [e.previous] : []), ...(e.next ? [e.next] : [])]) expect(events).toContain(id);
      for (const note of e.notes) expect(sources.get(note.source)!.passages.map((p) => p.url)).toContain(note.passage);
      expect(isAbsolute(e.url)).toBe(true);
    }
    for (const s of data.sources) for (const id of s.citedBy) expect(events).toContain(id);
    for (const en of data.entities) for (const id of en.events) expect(events).toContain(id);
  });

  it("keeps every claim with its quoted evidence and marks the value shown", () => {
    const disputed = data.events.find((e) => e.id === "2025-04-premieres-consultations-aes-russie-moscou")!;
    expect(disputed.date).toMatchObject({ edtf: "2025-04-03/2025-04-04", kind: "range", start: "2025-04-03", end: "2025-04-04", disputed: true, basis: "editor" });
    expect(disputed.date.claims.map((c) => [c.value, c.shown])).toEqual([
      ["2025-04-03/2025-04-04", true],
      ["2025-04-01/2025-04-05", false],
      ["2025-04-03", false],
    ]);
    expect(disputed.date.claims[1]!.cites).toEqual([{ source: "bamada-2025-04", quote: "tenues du 1er au 5 avril 2025 à Moscou" }]);
    expect(disputed.names[0]!.claims.every((c) => c.cites.length > 0 && c.shown === undefined)).toBe(true);
    for (const e of data.events) expect(e.date.claims.filter((c) => c.shown)).toHaveLength(1);
  });

  it("keeps undated events, their date marked unknown", () => {
    const undated = data.events.find((e) => e.id === "date-inconnue")!;
    expect(undated.date).toMatchObject({ edtf: "unknown", kind: "unknown", label: "date à préciser" });
    expect(undated.date.start).toBeUndefined();
    expect(undated.date.end).toBeUndefined();
    const month = data.events.find((e) => e.id === "2025-02-mois-approximatif")!;
    expect(month.date).toMatchObject({ edtf: "2025-02~", start: "2025-02-01", end: "2025-02-28", label: "vers février 2025" });
    expect(data.events.find((e) => e.id === "2024-02-29-hostile-bissextile")!.title).toBe(HOSTILE);
  });

  it("documents every field it writes (docs/timeline-json.md)", () => {
    const doc = fs.readFileSync("docs/timeline-json.md", "utf8");
    const keys = new Set<string>();
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          keys.add(k);
          collect(v);
        }
      }
    };
    collect(data);
    expect([...keys].filter((k) => !doc.includes(`\`${k}\``)).sort()).toEqual([]);
  });
});

/** Control characters HTML forbids come out of escaped HTML as U+FFFD. */
const shown = (title: string) => title.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "\uFFFD");

describe("TimelineJS3 export", () => {
  // timeline.knightlab.com/docs/json-format.html: the object, slides, dates and texts.
  const TIMELINE = ["events", "title", "eras", "scale"];
  const SLIDE = ["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"];
  const DATE = ["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"];
  const TEXT = ["headline", "text"];

  type Json = Record<string, unknown>;
  let tl: Json & { events: Json[]; title: Json };
  beforeAll(() => {
    tl = JSON.parse(JSON.stringify(timelineJs(site)));
  });

  /** Problems with a date object, per the documented format (year required; month and day in range). */
  function dateProblems(d: unknown, where: string): string[] {
    if (!d || typeof d !== "object") return [`${where}: not an object`];
    const date = d as Json;
    const out = keysOf(date).filter((k) => !DATE.includes(k)).map((k) => `${where}: unknown field ${k}`);
    if (!Number.isInteger(date.year)) out.push(`${where}: year must be an integer`);
    if (date.month !== undefined && !(Number.isInteger(date.month) && (date.month as number) >= 1 && (date.month as number) <= 12)) out.push(`${where}: month out of range`);
    if (date.day !== undefined) {
      if (date.month === undefined) out.push(`${where}: day without month`);
      const days = new Date(Date.UTC(date.year as number, date.month as number, 0)).getUTCDate();
      if (!(Number.isInteger(date.day) && (date.day as number) >= 1 && (date.day as number) <= days)) out.push(`${where}: day out of range`);
    }
    return out;
  }

  const ms = (d: Json) => Date.UTC(d.year as number, ((d.month as number) ?? 1) - 1, (d.day as number) ?? 1);
  const text = (htmlText: string) => textOf(parseFragment(htmlText) as never);

  it("follows the documented format: events with a start_date and a year, text with headline and text", () => {
    expect(keysOf(tl).filter((k) => !TIMELINE.includes(k))).toEqual([]);
    expect(["human", "cosmological"]).toContain(tl.scale);
    expect(tl.events.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const [i, slide] of tl.events.entries()) {
      const where = `events[${i}]`;
      problems.push(...keysOf(slide).filter((k) => !SLIDE.includes(k)).map((k) => `${where}: unknown field ${k}`));
      problems.push(...dateProblems(slide.start_date, `${where}.start_date`));
      if (slide.end_date !== undefined) {
        problems.push(...dateProblems(slide.end_date, `${where}.end_date`));
        if (ms(slide.end_date as Json) < ms(slide.start_date as Json)) problems.push(`${where}: ends before it starts`);
      }
      const t = slide.text as Json;
      if (!t || keysOf(t).some((k) => !TEXT.includes(k)) || typeof t.headline !== "string" || typeof t.text !== "string") problems.push(`${where}.text: expected { headline, text } strings`);
      if (typeof slide.unique_id !== "string" || ids.has(slide.unique_id)) problems.push(`${where}: unique_id missing or repeated`);
      ids.add(String(slide.unique_id));
    }
    expect(problems).toEqual([]);
    expect(keysOf(tl.title)).toEqual(["text"]);
  });

  it("has one slide per dated event, undated events left out, titles escaped as HTML", () => {
    const dated = site.events.filter((e) => e.date.value.kind !== "unknown");
    expect(tl.events.map((s) => s.unique_id)).toEqual(dated.map((e) => e.id));
    // Control characters HTML forbids come out as U+FFFD.
    for (const [i, slide] of tl.events.entries()) expect(text((slide.text as Json).headline as string)).toBe(shown(dated[i]!.title));
    const hostile = tl.events.find((s) => s.unique_id === "2024-02-29-hostile-bissextile")!;
    expect(hostile.start_date).toEqual({ year: 2024, month: 2, day: 29 });
    expect((hostile.text as Json).headline).not.toContain("<");
    expect(text((tl.title.text as Json).headline as string)).toBe(shown(site.settings.title));
    expect(tl.events.find((s) => s.unique_id === "2024-12-30-a-cheval")).toMatchObject({ start_date: { year: 2024, month: 12, day: 30 }, end_date: { year: 2025, month: 1, day: 2 } });
    expect(tl.events.find((s) => s.unique_id === "2023-annee-seule")!.start_date).toEqual({ year: 2023 });
    expect(tl.events.find((s) => s.unique_id === "2025-09-24-troisieme-reunion-aes-russie-envisagee")!.display_date).toBe("après le 24 septembre 2025 (date à préciser)");
  });
});

describe("schema.org objects", () => {
  it("describes an event with its dates, place, subjects and sources", () => {
    const event = site.event("2025-04-premieres-consultations-aes-russie-moscou");
    const ld = JSON.parse(JSON.stringify(eventJsonLd(site, event)));
    expect(ld).toMatchObject({ "@type": "Event", name: event.title, startDate: "2025-04-03", endDate: "2025-04-04" });
    expect(ld.location).toEqual({ "@type": "Place", name: "Moscou", url: "https://example.net/lieux/moscou/" });
    expect(ld.about.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(["AES", "Russie", "Diplomatie"]));
    // References to the NewsArticle nodes of the source pages.
    expect(ld.subjectOf).toEqual(event.sourceIds.map((id) => ({ "@id": sourceJsonLd(site, site.source(id))["@id"] })));
    expect(ld.url).toBe("https://example.net/evenements/2025-04-premieres-consultations-aes-russie-moscou/");
  });

  it("gives open and unknown dates only the bounds they have", () => {
    const startEnd = (id: string) => {
      const ld = eventJsonLd(site, site.event(id));
      return [ld.startDate, ld.endDate];
    };
    expect(startEnd("2025-09-24-troisieme-reunion-aes-russie-envisagee")).toEqual(["2025-09-24", undefined]);
    expect(startEnd("2025-09-24-reunion-ministres-defense-aes-moscou")).toEqual([undefined, "2025-09-24"]);
    expect(startEnd("date-inconnue")).toEqual([undefined, undefined]);
    expect(startEnd("2025-02-mois-approximatif")).toEqual(["2025-02", "2025-02"]);
  });

  it("describes a source as a NewsArticle", () => {
    const source = site.source("bamada-2025-04");
    expect(sourceJsonLd(site, source)).toMatchObject({
      "@type": "NewsArticle",
      headline: source.title,
      datePublished: "2025-04",
      inLanguage: "fr",
      publisher: { "@type": "Organization", name: "Bamada.net" },
      author: { "@type": "Person", name: "Moussa Keita" },
      archivedAt: "https://example.net/sources/bamada-2025-04/",
    });
    // No outlet, no author: nothing invented.
    const bare = sourceJsonLd(site, site.source("nouveau-chapitre-2025-04"));
    expect(bare.publisher).toBeUndefined();
    expect(bare.author).toBeUndefined();
  });

  it("lists events in an ItemList with positions", () => {
    const ids = site.events.slice(0, 3).map((e) => e.id);
    const list = itemListJsonLd(site, ids) as { numberOfItems: number; itemListElement: { position: number; name: string }[] };
    expect(list.numberOfItems).toBe(3);
    expect(list.itemListElement.map((i) => [i.position, i.name])).toEqual(ids.map((id, i) => [i + 1, site.event(id).title]));
  });
});
