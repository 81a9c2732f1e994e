/**
 * Dates in natural French ("1er avril 2025", "3–4 avril 2025", "vers septembre 2025",
 * "date à préciser"), split into parts so that templates can wrap each real date in
 * `<time datetime>`. Month names come from luxon's French locale; nothing here reads
 * the machine's clock or time zone.
 */
import { DateTime } from "luxon";
import { isoOf, type DatePoint, type EventDate } from "../model/dates.ts";

export interface DatePart {
  text: string;
  /** Machine-readable value for `<time datetime>`, when the part is a date. */
  datetime?: string;
}

export interface DateLabel {
  /** The whole label as plain text. */
  text: string;
  parts: DatePart[];
}

// A timeline has a few hundred distinct months and tens of thousands of dates: luxon formats each month once.
const monthYears = new Map<number, string>();

function monthYear(p: DatePoint): string {
  const key = p.year * 16 + (p.month ?? 1);
  let label = monthYears.get(key);
  if (label === undefined) {
    label = DateTime.fromObject({ year: p.year, month: p.month ?? 1, day: 1 }, { zone: "utc" }).setLocale("fr").toFormat("LLLL yyyy");
    monthYears.set(key, label);
  }
  return label;
}

function dayOfMonth(day: number): string {
  return day === 1 ? "1er" : String(day);
}

/** The point alone, without qualifiers: "1er avril 2025", "avril 2025", "2025". */
function bare(p: DatePoint): string {
  if (p.precision === "year") return String(p.year);
  if (p.precision === "month") return monthYear(p);
  return `${dayOfMonth(p.day!)} ${monthYear(p)}`;
}

/** "le 1er avril 2025" reads better than "1er avril 2025" after "vers", "avant", "après". */
function withArticle(p: DatePoint): string {
  return p.precision === "day" ? `le ${bare(p)}` : bare(p);
}

function qualified(p: DatePoint): DatePart[] {
  const parts: DatePart[] = [];
  if (p.approximate) parts.push({ text: "vers " });
  parts.push({ text: p.approximate ? withArticle(p) : bare(p), datetime: isoOf(p) });
  if (p.uncertain) parts.push({ text: " (date incertaine)" });
  return parts;
}

function rangeParts(start: DatePoint, end: DatePoint): DatePart[] {
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.precision === end.precision && start.year === end.year) {
    if (start.precision === "day" && start.month === end.month) {
      if (start.day === end.day) return [{ text: bare(start), datetime: isoOf(start) }];
      return [
        { text: dayOfMonth(start.day!), datetime: isoOf(start) },
        { text: "–" },
        { text: bare(end), datetime: isoOf(end) },
      ];
    }
    if (start.precision !== "year") {
      // "30 avril – 2 mai 2025", "avril – mai 2025": the shared year is said once.
      const startText = start.precision === "day" ? `${dayOfMonth(start.day!)} ${monthYear(start).replace(/ \d+$/, "")}` : monthYear(start).replace(/ \d+$/, "");
      return [{ text: startText, datetime: isoOf(start) }, { text: " – " }, { text: bare(end), datetime: isoOf(end) }];
    }
  }
  return [...qualified(start), { text: " – " }, ...qualified(end)];
}

export function formatEventDate(date: EventDate): DateLabel {
  let parts: DatePart[];
  switch (date.kind) {
    case "point":
      parts = qualified(date.point);
      break;
    case "range":
      parts = rangeParts(date.start, date.end);
      break;
    case "after":
      parts = [{ text: "après " }, { text: withArticle(date.start), datetime: isoOf(date.start) }, { text: " (date à préciser)" }];
      break;
    case "before":
      parts = [{ text: "avant " }, { text: withArticle(date.end), datetime: isoOf(date.end) }];
      break;
    case "unknown":
      parts = [{ text: "date à préciser" }];
      break;
  }
  return { text: parts.map((p) => p.text).join(""), parts };
}

/** "avril 2025" or "Date à préciser": the heading of a month group on the timeline. */
export function formatMonthHeading(year: number, month: number): string {
  return monthYear({ year, month, precision: "month", approximate: false, uncertain: false });
}
