/**
 * Day arithmetic for the extraction, on ISO day strings ("2025-04-01"). Pure
 * and time-zone free: every computation goes through Date.UTC, so the same
 * text gives the same dates on any machine. Also turns a window of days into
 * a date of the project's EDTF subset, in the two ways a text can mean it:
 * an event that spans the window, or one that happened somewhere inside it.
 */
import { firstDay, lastDay, parseEventDate, type DatePoint, type EventDate } from "../model/dates.ts";

export type Day = string;

const MS_PER_DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function dayOf(year: number, month: number, day: number): Day {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toUtc(day: Day): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function fromUtc(ms: number): Day {
  const d = new Date(ms);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * MS_PER_DAY);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function weekdayOf(day: Day): number {
  const w = new Date(toUtc(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const yearOf = (day: Day) => Number(day.slice(0, 4));
export const monthOf = (day: Day) => Number(day.slice(5, 7));
export const dateOfMonth = (day: Day) => Number(day.slice(8, 10));

export function monthStart(year: number, month: number): Day {
  return dayOf(year, month, 1);
}

export function monthEnd(year: number, month: number): Day {
  return dayOf(year, month, daysInMonth(year, month));
}

/** Adds months to a (year, month), wrapping years. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Monday of the ISO week holding `day`. */
export function weekStart(day: Day): Day {
  return addDays(day, 1 - weekdayOf(day));
}

/** The days a point covers. */
export function pointWindow(p: DatePoint): { first: Day; last: Day } {
  return { first: firstDay(p), last: lastDay(p) };
}

/** The days a date covers; open ends are "0000-01-01" and "9999-12-31". */
export function dateWindow(date: EventDate): { first: Day; last: Day } {
  switch (date.kind) {
    case "point":
      return pointWindow(date.point);
    case "range":
      return { first: firstDay(date.start), last: lastDay(date.end) };
    case "after":
      return { first: firstDay(date.start), last: "9999-12-31" };
    case "before":
      return { first: "0000-01-01", last: lastDay(date.end) };
    case "unknown":
      return { first: "0000-01-01", last: "9999-12-31" };
  }
}

/** The EDTF text of a month ("2025-04"), a year, or a day, by what the window covers exactly. */
function coveredExactly(first: Day, last: Day): string | undefined {
  const y1 = yearOf(first);
  const m1 = monthOf(first);
  if (first === last) return first;
  if (first === dayOf(y1, 1, 1) && last === dayOf(y1, 12, 31)) return pad(y1, 4);
  if (dateOfMonth(first) === 1 && last === monthEnd(y1, m1)) return `${pad(y1, 4)}-${pad(m1)}`;
  return undefined;
}

/**
 * An event that spans the whole window: a day, a month, a year, a range of
 * months ("2026-01/2026-06") or of days ("2025-04-03/2025-04-04").
 */
export function spanning(first: Day, last: Day): string {
  const exact = coveredExactly(first, last);
  if (exact) return exact;
  const y2 = yearOf(last);
  const m2 = monthOf(last);
  if (dateOfMonth(first) === 1 && last === monthEnd(y2, m2)) return `${first.slice(0, 7)}/${last.slice(0, 7)}`;
  return `${first}/${last}`;
}

/**
 * An event on one day, or of short length, somewhere inside the window (known
 * only that far): the day, month or year when the window is exactly one;
 * the month when the window lies within it; else the month holding most of
 * the window, marked approximate (`~`); a window longer than two months
 * gives its year (approximate when it crosses a year's end). Never a day
 * the text does not give.
 */
export function somewhereIn(first: Day, last: Day): string {
  const exact = coveredExactly(first, last);
  if (exact) return exact;
  const y1 = yearOf(first);
  const y2 = yearOf(last);
  if (y1 === y2 && monthOf(first) === monthOf(last)) return first.slice(0, 7);
  const length = daysBetween(first, last) + 1;
  if (length <= 62) {
    // The month holding the window's middle day holds the most of it, or ties.
    const middle = addDays(first, Math.floor((length - 1) / 2));
    return `${middle.slice(0, 7)}~`;
  }
  if (y1 === y2) return pad(y1, 4);
  return `${pad(yearOf(addDays(first, Math.floor(length / 2))), 4)}~`;
}

/** Parses EDTF written by the rules; a rule that writes an invalid date is a bug. */
export function edtf(text: string): EventDate {
  const parsed = parseEventDate(text);
  if (!parsed.ok) throw new Error(`extraction produced an invalid date ${JSON.stringify(text)}: ${parsed.error}`);
  return parsed.value;
}
