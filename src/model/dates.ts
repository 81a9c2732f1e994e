/**
 * Event dates: a documented subset of EDTF (ISO 8601-2) that covers what
 * newsroom sources report, parsed into plain values with no time of day and
 * no time zone, so nothing can shift with the machine's TZ.
 *
 *   2025-04-01              a day            2025-04 / 2025   a month / a year
 *   2025-04-03/2025-04-04   a range          2025-09~ / 2025-09? / 2025-09%
 *                                            approximate / uncertain / both
 *   ../2025-09-24           some time before (open start)
 *   2025-09-24/..           some time on or after (open end: announced, not yet dated)
 *   unknown                 no date known yet
 */
import { DateTime } from "luxon";

export type Precision = "year" | "month" | "day";

export interface DatePoint {
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  precision: Precision;
  /** EDTF `~`: the value is an estimate. */
  approximate: boolean;
  /** EDTF `?`: the source is not sure of the value. */
  uncertain: boolean;
}

export type EventDate =
  | { kind: "point"; point: DatePoint }
  | { kind: "range"; start: DatePoint; end: DatePoint }
  | { kind: "after"; start: DatePoint }
  | { kind: "before"; end: DatePoint }
  | { kind: "unknown" };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

export const DATE_FORMS =
  "a date such as 2025-04-01, 2025-04 or 2025, optionally followed by ~ (approximate) or ? (uncertain); " +
  "a range 2025-04-03/2025-04-04; ../2025-09-24 (before); 2025-09-24/.. (on or after); or unknown";

export function parseDatePoint(text: string): ParseResult<DatePoint> {
  const m = POINT.exec(text);
  if (!m) return { ok: false, error: `"${text}" is not a date: expected ${DATE_FORMS}` };
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, error: `"${text}" has no month ${m[2]}: months go from 01 to 12` };
  }
  if (day !== undefined && !DateTime.fromObject({ year, month, day }, { zone: "utc" }).isValid) {
    return { ok: false, error: `"${text}" does not exist: ${monthName(month!)} ${year} has no day ${day}` };
  }
  const qualifier = m[4] ?? "";
  return {
    ok: true,
    value: {
      year,
      ...(month !== undefined ? { month } : {}),
      ...(day !== undefined ? { day } : {}),
      precision: day !== undefined ? "day" : month !== undefined ? "month" : "year",
      approximate: qualifier === "~" || qualifier === "%",
      uncertain: qualifier === "?" || qualifier === "%",
    },
  };
}

function monthName(month: number): string {
  return DateTime.fromObject({ year: 2000, month, day: 1 }, { zone: "utc" }).setLocale("en").toFormat("LLLL");
}

export function parseEventDate(input: string): ParseResult<EventDate> {
  const text = input.trim();
  if (text === "unknown") return { ok: true, value: { kind: "unknown" } };
  if (!text.includes("/")) {
    const point = parseDatePoint(text);
    return point.ok ? { ok: true, value: { kind: "point", point: point.value } } : point;
  }
  const parts = text.split("/");
  if (parts.length !== 2) return { ok: false, error: `"${text}" has more than one "/": expected ${DATE_FORMS}` };
  const [left, right] = parts as [string, string];
  if (left === ".." && right === "..") return { ok: false, error: `"${text}" says nothing: use unknown for an event with no known date` };
  if (left === "..") {
    const end = parseDatePoint(right);
    return end.ok ? { ok: true, value: { kind: "before", end: end.value } } : end;
  }
  const start = parseDatePoint(left);
  if (!start.ok) return start;
  if (right === "..") return { ok: true, value: { kind: "after", start: start.value } };
  const end = parseDatePoint(right);
  if (!end.ok) return end;
  if (lastDay(end.value) < firstDay(start.value)) {
    return { ok: false, error: `"${text}" ends before it starts: the second date must not be earlier than the first` };
  }
  return { ok: true, value: { kind: "range", start: start.value, end: end.value } };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** First day covered by a point, as YYYY-MM-DD (sortable as a string). */
export function firstDay(p: DatePoint): string {
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** Last day covered by a point, as YYYY-MM-DD. */
export function lastDay(p: DatePoint): string {
  if (p.precision === "day") return firstDay(p);
  if (p.precision === "year") return `${pad(p.year, 4)}-12-31`;
  const days = DateTime.fromObject({ year: p.year, month: p.month }, { zone: "utc" }).daysInMonth ?? 31;
  return `${pad(p.year, 4)}-${pad(p.month!)}-${pad(days)}`;
}

/** The point as an HTML `<time datetime>` value: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isoOf(p: DatePoint): string {
  if (p.precision === "year") return pad(p.year, 4);
  if (p.precision === "month") return `${pad(p.year, 4)}-${pad(p.month!)}`;
  return firstDay(p);
}

/** The EDTF text of a date, as an editor would write it. */
export function edtfOf(date: EventDate): string {
  const point = (p: DatePoint) => isoOf(p) + (p.approximate && p.uncertain ? "%" : p.approximate ? "~" : p.uncertain ? "?" : "");
  switch (date.kind) {
    case "point":
      return point(date.point);
    case "range":
      return `${point(date.start)}/${point(date.end)}`;
    case "after":
      return `${point(date.start)}/..`;
    case "before":
      return `../${point(date.end)}`;
    case "unknown":
      return "unknown";
  }
}

/** The point that places a date on the timeline: its start, or its end when only the end is known. */
export function anchorOf(date: EventDate): DatePoint | undefined {
  switch (date.kind) {
    case "point":
      return date.point;
    case "range":
    case "after":
      return date.start;
    case "before":
      return date.end;
    case "unknown":
      return undefined;
  }
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * Timeline order, total and stable:
 * 1. by the anchor's first day (a `before` date is anchored on its end's last day, so
 *    "before 24 September" comes before everything dated 24 September);
 * 2. on the same day, `before` dates first, then coarser precision first (the year, then
 *    the month, then the day: the general before the particular);
 * 3. then the date that ends earlier; 4. undated events last.
 * Callers break remaining ties by id.
 */
export function compareEventDates(a: EventDate, b: EventDate): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i]!;
    const y = kb[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

function sortKey(date: EventDate): [number, string, number, number, string] {
  const anchor = anchorOf(date);
  if (!anchor) return [1, "", 0, 0, ""];
  const day = date.kind === "before" ? lastDay(anchor) : firstDay(anchor);
  const end = date.kind === "range" ? lastDay(date.end) : date.kind === "after" ? "9999-12-31" : lastDay(anchor);
  return [0, day, date.kind === "before" ? 0 : 1, PRECISION_RANK[anchor.precision], end];
}
