/**
 * The home page's time axis (inline SVG): one named link per dated event placed
 * in proportion to its date, spans for ranges, dashes for vague dates, a flag for
 * disputes, month or year bars when marks would pile up, and a bounded size.
 * The SVG is read back with parse5, the HTML parser browsers use.
 */
import { describe, expect, it } from "vitest";
import { Diagnostics } from "../../src/content/diagnostics.ts";
import type { EventRecord, SourceRecord } from "../../src/content/schema.ts";
import { parseDatePoint, parseEventDate, type DatePoint, type EventDate } from "../../src/model/dates.ts";
import { buildTimeline, type Timeline } from "../../src/model/timeline.ts";
import { MAX_MARKS, timeAxisSvg } from "../../src/render/time-axis.ts";
import { EVENT_FILE, contentFolder, loadOk, md } from "../helpers/content.ts";
import { attr, parsePage, textOf } from "../helpers/site.ts";

const href = (path: string) => `/frise${path}`;
const BODY = 'Un fait [@source-a "se rendront à Moscou"] [@source-b "du 1er au 5 avril 2025"].';

/** A content folder whose events are e0, e1, … with the given dates (and the given extra files). */
function timelineOf(dates: string[], extra: Record<string, string> = {}): Timeline {
  const events = Object.fromEntries(dates.map((date, i) => [`events/e${i}.md`, md([`title: Événement ${i}`, `date: "${date}"`, "sources: [source-a, source-b]"], BODY)]));
  return loadOk(contentFolder({ [EVENT_FILE]: null, ...events, ...extra })).timeline;
}

type Element = ReturnType<typeof parsePage>["elements"][number];

function axis(timeline: Timeline) {
  const svg = timeAxisSvg(timeline, href);
  const page = parsePage("axis", svg);
  const links = page.elements.filter((el) => el.tagName === "a");
  const classes = (el: Element) => (attr(el, "class") ?? "").split(" ");
  return {
    svg,
    page,
    caption: textOf(page.elements.find((el) => el.tagName === "figcaption")!),
    marks: links.filter((a) => classes(a).includes("mark")),
    bars: links.filter((a) => classes(a).includes("bar")),
    classes,
  };
}

const child = (el: Element, tag: string) => el.childNodes.find((c) => "tagName" in c && c.tagName === tag) as Element | undefined;
const num = (el: Element | undefined, name: string) => Number(attr(el!, name));
/** Horizontal centre of a mark's shape. */
function centre(mark: Element): number {
  const circle = child(mark, "circle");
  if (circle) return num(circle, "cx");
  const rect = child(mark, "rect")!;
  return num(rect, "x") + num(rect, "width") / 2;
}

describe("marks", () => {
  it("draws one link per dated event, with an accessible name, under the path prefix", () => {
    const timeline = timelineOf(["2025-04-01", "2025-04-10", "2025-05-02"]);
    const { marks, page } = axis(timeline);
    expect(marks.map((a) => attr(a, "href"))).toEqual(["/frise/evenements/e0/", "/frise/evenements/e1/", "/frise/evenements/e2/"]);
    expect(marks.map((a) => attr(a, "aria-label"))).toEqual(["Événement 0 — 1er avril 2025", "Événement 1 — 10 avril 2025", "Événement 2 — 2 mai 2025"]);
    expect(marks.map((a) => textOf(child(a, "title")!))).toEqual(marks.map((a) => attr(a, "aria-label")));
    const svg = page.elements.find((el) => el.tagName === "svg")!;
    expect(attr(svg, "role")).toBe("group");
    expect(page.ids.has(attr(svg, "aria-labelledby")!)).toBe(true);
  });

  it("places events in proportion to their dates: five months show wider than three days", () => {
    const { marks } = axis(timelineOf(["2025-01-01", "2025-01-04", "2025-06-03"]));
    const [a, b, c] = marks.map(centre) as [number, number, number];
    expect(a).toBeLessThan(b);
    expect(c - b).toBeGreaterThan(10 * (b - a));
    // 3 days, then 150 days: the gaps keep that ratio (to the rounding of coordinates).
    expect((c - b) / (b - a)).toBeCloseTo(150 / 3, -1);
  });

  it("draws a range as a span as long as its dates, and a day as a point", () => {
    const { marks } = axis(timelineOf(["2025-04-01/2025-04-30", "2025-06-01", "2025-07-01/2025-08-31"]));
    const [april, day, summer] = marks;
    expect(child(day!, "circle")).toBeDefined();
    const width = (m: Element) => num(child(m, "rect"), "width") - 8;
    expect(width(summer!) / width(april!)).toBeCloseTo(61 / 29, 0);
  });

  it("marks vague and open dates as uncertain, and only them", () => {
    const dates = ["2025-04-01", "2025-04-03/2025-04-04", "2025-05", "2025", "2025-06-10~", "2025-07-01?", "../2025-08-01", "2025-09-24/.."];
    const { marks, classes } = axis(timelineOf(dates));
    const uncertain = marks.filter((m) => classes(m).includes("mark--uncertain")).map((m) => attr(m, "href")!.split("/").at(-2));
    expect(marks).toHaveLength(dates.length);
    expect(uncertain.sort()).toEqual(["e2", "e3", "e4", "e5", "e6", "e7"]);
    const open = marks.filter((m) => m.childNodes.some((c) => "tagName" in c && attr(c as Element, "class") === "mark-open"));
    expect(open.map((m) => attr(m, "href"))).toEqual(["/frise/evenements/e6/", "/frise/evenements/e7/"]);
  });

  it("keeps every mark inside the drawing, open-ended leads included", () => {
    const { page, svg } = axis(timelineOf(["../2025-01-10", "2025-04-01", "2025-09-24/.."]));
    const width = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
    const xs: number[] = [];
    for (const el of page.elements) {
      const n = (name: string) => Number(attr(el, name));
      if (el.tagName === "circle") xs.push(n("cx") - n("r"), n("cx") + n("r"));
      if (el.tagName === "rect") xs.push(n("x"), n("x") + n("width"));
      if (el.tagName === "line") xs.push(n("x1"), n("x2"));
      if (el.tagName === "path") {
        // "M x y" then relative "l dx dy" pairs.
        const [x0, , ...rest] = (attr(el, "d") ?? "").match(/-?\d+(\.\d+)?/g)!.map(Number);
        let x = x0!;
        xs.push(x);
        for (let i = 0; i < rest.length; i += 2) xs.push((x += rest[i]!));
      }
    }
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(width);
  });

  it("flags events whose date or place the sources dispute", () => {
    const claims = (first: string, second: string) => [
      `  claims:`,
      `    - { value: "${first}", cite: [{ source: source-a, quote: se rendront à Moscou }, { source: source-b, quote: du 1er au 5 avril 2025 }] }`,
      `    - { value: "${second}", cite: [{ source: source-a, quote: les 3 et 4 avril 2025 }] }`,
    ];
    const timeline = timelineOf(["2025-04-01"], {
      "events/date.md": md(["title: Date disputée", "date:", ...claims("2025-04-03", "2025-04-01/2025-04-05"), "sources: [source-a, source-b]"], BODY),
      "events/lieu.md": md(["title: Lieu disputé", "date: 2025-05-01", "place:", ...claims("Moscou", "Moscow"), "sources: [source-a, source-b]"], BODY),
    });
    const { marks, classes } = axis(timeline);
    const byHref = new Map(marks.map((m) => [attr(m, "href")!.split("/").at(-2), m]));
    for (const id of ["date", "lieu"]) {
      const mark = byHref.get(id)!;
      expect(classes(mark)).toContain("mark--disputed");
      expect(attr(mark, "aria-label")).toMatch(/\(les sources divergent\)$/);
      expect(mark.childNodes.some((c) => "tagName" in c && attr(c as Element, "class") === "mark-flag")).toBe(true);
    }
    expect(classes(byHref.get("e0")!)).not.toContain("mark--disputed");
  });

  it("escapes titles in names and titles", () => {
    const timeline = timelineOf([], { "events/x.md": md(['title: "<script>alert(1)</script> & \\"co\\""', "date: 2025-04-01", "sources: [source-a, source-b]"], BODY) });
    const { marks, page, svg } = axis(timeline);
    expect(attr(marks[0]!, "aria-label")).toBe('<script>alert(1)</script> & "co" — 1er avril 2025');
    expect(page.elements.some((el) => el.tagName === "script")).toBe(false);
    expect(svg).not.toContain("<script");
  });
});

describe("undated events", () => {
  it("are left out and counted in the caption", () => {
    expect(axis(timelineOf(["2025-04-01", "unknown"])).caption).toMatch(/ 1 événement sans date n’y figure pas\.$/);
    const { caption, marks } = axis(timelineOf(["2025-04-01", "unknown", "unknown"]));
    expect(caption).toMatch(/ 2 événements sans date n’y figurent pas\.$/);
    expect(marks).toHaveLength(1);
  });

  it("give no axis at all when no event is dated", () => {
    expect(timeAxisSvg(timelineOf(["unknown"]), href)).toBe("");
  });

  it("are not mentioned when there are none", () => {
    expect(axis(timelineOf(["2025-04-01"])).caption).not.toMatch(/sans date/);
  });
});

/** A timeline of `count` events built in memory, dated by `dateOf(i)`: for sizes a folder would make slow. */
function bigTimeline(count: number, dateOf: (i: number) => string, language = "fr"): Timeline {
  const source: SourceRecord = { id: "s", file: "sources/s.md", title: "S", titleSupplied: false, published: (parseDatePoint("2000") as { ok: true; value: DatePoint }).value, language: "fr", body: "Texte.", bodyLine: 5 };
  const events: EventRecord[] = Array.from({ length: count }, (_, i) => {
    const text = dateOf(i);
    const value = (parseEventDate(text) as { ok: true; value: EventDate }).value;
    return {
      id: `e${i}`,
      file: `events/e${i}.md`,
      title: `Événement numéro ${i}`,
      date: { claims: [{ value, text, cites: [], line: 3 }], line: 3 },
      participants: [],
      topics: [],
      about: [],
      sources: [{ id: "s", line: 4 }],
      names: [],
      body: "Un fait.",
      bodyLine: 6,
    };
  });
  const site = { title: "T", description: "D", language, baseUrl: "https://example.org/", pathPrefix: "/" };
  const diags = new Diagnostics();
  const timeline = buildTimeline({ site, unloaded: new Set(), sources: [source], events, entities: [] }, diags);
  expect(diags.hasErrors).toBe(false);
  return timeline;
}

const dayOf = (start: string, offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const countOf = (bar: Element) => Number(/: (\d+) événements?$/.exec(attr(bar, "aria-label")!)![1]);

describe("aggregation", () => {
  it("keeps one mark per event up to MAX_MARKS well-spread events", () => {
    const { marks, bars } = axis(bigTimeline(MAX_MARKS, (i) => dayOf("2024-01-01", i * 10)));
    expect(marks).toHaveLength(MAX_MARKS);
    expect(bars).toHaveLength(0);
  });

  it("draws one bar per month, linking to its archive, above MAX_MARKS events", () => {
    const count = MAX_MARKS + 1;
    const { marks, bars, caption } = axis(bigTimeline(count, (i) => dayOf("2025-04-01", i * 2)));
    expect(marks).toHaveLength(0);
    expect(bars.map((b) => attr(b, "href"))).toEqual(["/frise/2025/04/", "/frise/2025/05/", "/frise/2025/06/"]);
    expect(bars.map((b) => attr(b, "aria-label"))).toEqual(["avril 2025 : 15 événements", "mai 2025 : 16 événements", "juin 2025 : 10 événements"]);
    expect(caption).toMatch(/par mois/);
  });

  it("aggregates too when marks on the same days would need too many lanes", () => {
    const { marks, bars } = axis(bigTimeline(12, () => "2025-04-01"));
    expect(marks).toHaveLength(0);
    expect(bars.map((b) => attr(b, "aria-label"))).toEqual(["avril 2025 : 12 événements"]);
  });

  it("draws one bar per year over long spans", () => {
    const { bars, caption } = axis(bigTimeline(60, (i) => `${2000 + Math.floor(i / 3)}-06-01`));
    expect(bars).toHaveLength(20);
    expect(attr(bars[0]!, "href")).toBe("/frise/2000/");
    expect(attr(bars[0]!, "aria-label")).toBe("2000 : 3 événements");
    expect(caption).toMatch(/par année/);
  });

  it("names bars, ticks and caption in the site's language, and links the English archives", () => {
    const { bars, caption, page } = axis(bigTimeline(MAX_MARKS + 2, (i) => (i === 0 ? "unknown" : dayOf("2025-04-01", i * 2)), "en-GB"));
    expect(bars.map((b) => attr(b, "href"))).toEqual(["/frise/2025/04/", "/frise/2025/05/", "/frise/2025/06/"]);
    expect(bars.map((b) => attr(b, "aria-label"))).toEqual(["April 2025: 14 events", "May 2025: 16 events", "June 2025: 11 events"]);
    expect(caption).toBe("Time axis. Number of events per month; each bar leads to the archives. 1 undated event is not shown.");
    const ticks = page.elements.filter((el) => el.tagName === "text").map((el) => textOf(el));
    expect(ticks[0]).toBe("Apr 2025");
    expect(page.ids.has("time-axis")).toBe(true);
    const years = axis(bigTimeline(60, (i) => `${2000 + Math.floor(i / 3)}-06-01`, "en"));
    expect(attr(years.bars[0]!, "aria-label")).toBe("2000: 3 events");
    expect(years.caption).toMatch(/per year/);
    const marks = axis(bigTimeline(2, (i) => (i === 0 ? "2025-04-01" : "2025-09-24/.."), "en"));
    expect(marks.marks.map((m) => attr(m, "aria-label"))).toEqual(["Événement numéro 0 — 1 April 2025", "Événement numéro 1 — after 24 September 2025 (date to be confirmed)"]);
    expect(marks.marks.map((m) => attr(m, "href"))).toEqual(["/frise/events/e0/", "/frise/events/e1/"]);
  });

  it("stays under 100 KB at 10,000 events, counting every dated one", () => {
    const count = 10_000;
    const timeline = bigTimeline(count, (i) => (i % 100 === 0 ? "unknown" : dayOf("2023-01-01", (i * 7) % 1_000)));
    const { svg, bars, caption } = axis(timeline);
    expect(Buffer.byteLength(svg)).toBeLessThan(100_000);
    expect(bars.reduce((sum, b) => sum + countOf(b), 0)).toBe(count - count / 100);
    expect(caption).toMatch(/100 événements sans date/);
  });
});
