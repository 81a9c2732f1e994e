/**
 * iCalendar output, parsed back with ical.js: all-day dates with an exclusive
 * end, months and years covering all their days, ranges across a new year and
 * a leap day, open and unknown dates left out, stable UIDs, text that survives
 * escaping, and the same bytes whatever the machine's time zone.
 */
import { fc, test } from "@fast-check/vitest";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/index.ts";
import { parseEventDate, type EventDate } from "../../src/model/dates.ts";
import { calendarSpan, eventCalendar, eventUid, isInCalendar, siteCalendar } from "../../src/outputs/calendar.ts";
import { foldLine, icsLines, icsText } from "../../src/outputs/ics.ts";
import { SiteModel } from "../../src/site-model.ts";
import { EDGE_EVENTS, edgeContent, HOSTILE, HOSTILE_SITE } from "./outputs-fixture.ts";

const date = (text: string): EventDate => {
  const parsed = parseEventDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe("calendar spans", () => {
  it.each([
    ["2025-04-01", "2025-04-01", "2025-04-02"],
    ["2024-02-29", "2024-02-29", "2024-03-01"],
    ["2025-12-31", "2025-12-31", "2026-01-01"],
    ["2025-02", "2025-02-01", "2025-03-01"],
    ["2024-02", "2024-02-01", "2024-03-01"],
    ["2025-12~", "2025-12-01", "2026-01-01"],
    ["2023", "2023-01-01", "2024-01-01"],
    ["2025-04-03/2025-04-04", "2025-04-03", "2025-04-05"],
    ["2024-12-30/2025-01-02", "2024-12-30", "2025-01-03"],
    ["2025-04/2025-05-10", "2025-04-01", "2025-05-11"],
    ["2025-04-28/2025-05", "2025-04-28", "2025-06-01"],
  ])("%s covers %s up to (not including) %s", (text, start, endExclusive) => {
    expect(calendarSpan(date(text))).toEqual({ start, endExclusive });
  });

  it.each(["../2025-09-24", "2025-09-24/..", "unknown"])("leaves %s out", (text) => {
    expect(calendarSpan(date(text))).toBeUndefined();
  });
});

describe("iCalendar text", () => {
  const summaryOf = (value: string) => {
    const text = icsLines(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//test//FR", "BEGIN:VEVENT", "UID:x", "DTSTAMP:20250101T000000Z", "DTSTART;VALUE=DATE:20250101", `SUMMARY:${icsText(value)}`, "END:VEVENT", "END:VCALENDAR"]);
    return { text, summary: new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!).summary };
  };
  const expected = (value: string) => value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(icsText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"é".repeat(50)}😀${"a".repeat(80)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(2);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    // No part ends inside a surrogate pair: each encodes to UTF-8 and back unchanged.
    for (const part of folded) expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
  });

  it("leaves a line of 75 octets whole and folds one of 76", () => {
    expect(foldLine("a".repeat(73) + "é")).toBe("a".repeat(73) + "é");
    expect(foldLine("a".repeat(74) + "é")).toBe(`${"a".repeat(74)}\r\n é`);
  });

  test.prop([fc.string({ unit: "binary", maxLength: 300 })])("round-trips any text through ical.js", (value) => {
    const { text, summary } = summaryOf(value);
    expect(summary).toBe(expected(value));
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  startIsDate: boolean;
  endIsDate: boolean;
  description: string;
  location: string | null;
  url: string | null;
  stamp: string;
}

function parseCalendar(text: string): { name: unknown; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  // No calendar-wide time zone: all-day dates are floating days.
  expect(calendar.getAllSubcomponents("vtimezone")).toEqual([]);
  // ical.js knows no value type for X-WR-CALNAME; decode it as the TEXT it is, with ical.js's own TEXT decoder.
  const textType = (ICAL.design.icalendar.value as Record<string, { fromICAL(raw: string): string }>).text!;
  return {
    name: textType.fromICAL(String(calendar.getFirstPropertyValue("x-wr-calname"))),
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        startIsDate: event.startDate.isDate,
        endIsDate: event.endDate.isDate,
        description: event.description,
        location: event.location,
        url: vevent.getFirstPropertyValue("url") as string | null,
        stamp: String(vevent.getFirstPropertyValue("dtstamp")),
      };
    }),
  };
}

describe("calendar files", () => {
  let site: SiteModel;
  let all: ReturnType<typeof parseCalendar>;
  let text: string;

  beforeAll(() => {
    site = new SiteModel(loadTimeline({}, edgeContent()).timeline);
    text = siteCalendar(site);
    all = parseCalendar(text);
  });

  it("holds every event with calendar days, in timeline order, and no other", () => {
    const expected = site.events.filter((e) => calendarSpan(e.date.value));
    expect(expected.length).toBeGreaterThan(5);
    expect(all.events.map((e) => e.uid)).toEqual(expected.map((e) => `${e.id}@example.net`));
    // The open and unknown dates of the content and of the edge events are really absent.
    for (const event of site.events.filter((e) => ["before", "after", "unknown"].includes(e.date.value.kind))) {
      expect(all.events.map((e) => e.uid)).not.toContain(eventUid(site, event));
    }
    expect(site.events.some((e) => e.id === "date-inconnue" && !isInCalendar(e))).toBe(true);
  });

  it("writes all-day dates (VALUE=DATE) with the exclusive end RFC 5545 asks for", () => {
    const byUid = new Map(all.events.map((e) => [e.uid, e]));
    expect(byUid.get("2024-02-29-hostile-bissextile@example.net")).toMatchObject({ start: "2024-02-29", end: "2024-03-01", startIsDate: true, endIsDate: true });
    expect(byUid.get("2024-12-30-a-cheval@example.net")).toMatchObject({ start: "2024-12-30", end: "2025-01-03" });
    expect(byUid.get("2025-02-mois-approximatif@example.net")).toMatchObject({ start: "2025-02-01", end: "2025-03-01" });
    expect(byUid.get("2023-annee-seule@example.net")).toMatchObject({ start: "2023-01-01", end: "2024-01-01" });
    // The real content's disputed range shows its preferred value, 3–4 April.
    expect(byUid.get("2025-04-premieres-consultations-aes-russie-moscou@example.net")).toMatchObject({ start: "2025-04-03", end: "2025-04-05" });
    expect(text).toMatch(/^DTSTART;VALUE=DATE:\d{8}\r$/m);
    expect(text).not.toMatch(/^DT(START|END)[:;](?!VALUE=DATE:)/m);
    for (const e of all.events) expect(e.startIsDate && e.endIsDate && e.end > e.start).toBe(true);
  });

  it("keeps untrusted text intact through iCalendar escaping (control characters replaced)", () => {
    const hostile = all.events.find((e) => e.uid.startsWith("2024-02-29-hostile"))!;
    expect(hostile.summary).toBe(HOSTILE.replace("\u0001", "\uFFFD"));
    expect(hostile.location).toBe("Moscou");
    expect(hostile.description).toContain(`Résumé ${HOSTILE.replace("\u0001", "\uFFFD")}`);
    expect(hostile.url).toBe("https://example.net/evenements/2024-02-29-hostile-bissextile/");
    expect(all.name).toBe(`Frise ${HOSTILE_SITE}`);
    expect(text).not.toContain("\u0001");
  });

  it("gives each event's file the same event as the full calendar", () => {
    for (const event of site.events.filter(isInCalendar)) {
      const single = parseCalendar(eventCalendar(site, event));
      expect(single.events).toEqual([all.events.find((e) => e.uid === eventUid(site, event))]);
    }
  });

  it("takes DTSTAMP from the content and is the same in any time zone", () => {
    // The hostile event cites a source published in April 2025: its stamp is that month, not today.
    expect(all.events.find((e) => e.uid.startsWith("2024-02-29-hostile"))!.stamp).toBe("2025-04-01T00:00:00Z");
    const before = process.env.TZ;
    try {
      for (const tz of ["Pacific/Kiritimati", "America/Adak"]) {
        process.env.TZ = tz;
        expect(new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset()).not.toBe(0); // the zone really changed
        expect(siteCalendar(site)).toBe(text);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it("covers every edge event of the fixture", () => {
    expect(Object.keys(EDGE_EVENTS).every((id) => site.events.some((e) => e.id === id))).toBe(true);
  });
});
