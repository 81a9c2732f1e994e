/**
 * Dates of the synthetic corpus: plain calendar days (no clock, no time zone),
 * and the forms an event date takes in front matter (EDTF) together with the
 * words a newspaper would use for the same date.
 */
import type { Random } from "./random.ts";
import { MONTHS } from "./words.ts";

export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}`;
}

export function addDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const dayNumber = (d: Day) => (d.day === 1 ? "1er" : String(d.day));
const monthName = (d: Day) => MONTHS[d.month - 1]!;
const dayWords = (d: Day) => `${dayNumber(d)} ${monthName(d)} ${d.year}`;

function rangeWords(a: Day, b: Day): string {
  if (a.year !== b.year) return `du ${dayWords(a)} au ${dayWords(b)}`;
  if (a.month !== b.month) return `du ${dayNumber(a)} ${monthName(a)} au ${dayWords(b)}`;
  return `du ${dayNumber(a)} au ${dayWords(b)}`;
}

export type DateShape =
  | "day" | "month" | "year" | "approximate-month" | "approximate-day" | "uncertain-day"
  | "uncertain-approximate-year" | "range" | "after" | "before" | "unknown";

/** How often each shape occurs, out of 1,000 undisputed events. */
const SHAPES: readonly [DateShape, number][] = [
  ["day", 640], ["month", 80], ["year", 20], ["approximate-month", 30], ["approximate-day", 20], ["uncertain-day", 30],
  ["uncertain-approximate-year", 5], ["range", 115], ["after", 25], ["before", 30], ["unknown", 5],
];

export function pickShape(random: Random): DateShape {
  let r = random.int(0, 999);
  for (const [shape, weight] of SHAPES) {
    if (r < weight) return shape;
    r -= weight;
  }
  return "day";
}

export interface DateForm {
  /** Front matter value (EDTF). */
  edtf: string;
  /** The same date in a newspaper's words, for "Le 3 avril 2025, …". */
  words: string;
  /** Prefix of the event id: the day, month or year the date is anchored on. */
  idPrefix: string;
  /** Last day the reporting can concern (sources are published after it). */
  latest: Day;
}

/** The date of an event that happened on `day`, given in the requested shape. */
export function dateForm(shape: DateShape, day: Day, random: Random): DateForm {
  switch (shape) {
    case "day":
      return { edtf: isoDay(day), words: `le ${dayWords(day)}`, idPrefix: isoDay(day), latest: day };
    case "month":
      return { edtf: isoMonth(day), words: `en ${monthName(day)} ${day.year}`, idPrefix: isoMonth(day), latest: day };
    case "year":
      return { edtf: String(day.year), words: `au cours de l’année ${day.year}`, idPrefix: String(day.year), latest: day };
    case "approximate-month":
      return { edtf: `${isoMonth(day)}~`, words: `vers ${monthName(day)} ${day.year}`, idPrefix: isoMonth(day), latest: day };
    case "approximate-day":
      return { edtf: `${isoDay(day)}~`, words: `aux alentours du ${dayWords(day)}`, idPrefix: isoDay(day), latest: day };
    case "uncertain-day":
      return { edtf: `${isoDay(day)}?`, words: `probablement le ${dayWords(day)}`, idPrefix: isoDay(day), latest: day };
    case "uncertain-approximate-year":
      return { edtf: `${day.year}%`, words: `peut-être vers ${day.year}`, idPrefix: String(day.year), latest: day };
    case "range": {
      const end = addDays(day, random.int(1, 6));
      return { edtf: `${isoDay(day)}/${isoDay(end)}`, words: rangeWords(day, end), idPrefix: isoDay(day), latest: end };
    }
    case "after":
      return { edtf: `${isoDay(day)}/..`, words: `à partir du ${dayWords(day)}`, idPrefix: isoDay(day), latest: day };
    case "before": {
      const bound = addDays(day, random.int(3, 25));
      return { edtf: `../${isoDay(bound)}`, words: `avant le ${dayWords(bound)}`, idPrefix: isoDay(bound), latest: bound };
    }
    case "unknown":
      return { edtf: "unknown", words: "à une date non précisée", idPrefix: "sans-date", latest: day };
  }
}

/** Competing dates for a disputed event: the day itself, and one or two nearby readings. */
export function disputedForms(day: Day, random: Random): DateForm[] {
  const next = addDays(day, 1);
  const alternatives: DateForm[] = [
    dateForm("day", next, random),
    { ...dateForm("range", day, random), ...rangeOf(day, next) },
    dateForm("month", day, random),
    dateForm("day", addDays(day, -1), random),
  ];
  const [first, second] = random.sample(alternatives, 2);
  return [dateForm("day", day, random), first!, second!];
}

function rangeOf(a: Day, b: Day): Pick<DateForm, "edtf" | "words" | "latest"> {
  return { edtf: `${isoDay(a)}/${isoDay(b)}`, words: rangeWords(a, b), latest: b };
}

/** Days spread over `years` years ending in `lastYear`, denser in some months and in recent years. */
export function spreadDays(random: Random, count: number, years: number, lastYear: number): Day[] {
  const months: { year: number; month: number; weight: number }[] = [];
  for (let y = 0; y < years; y++) {
    for (let m = 1; m <= 12; m++) {
      const busy = random.chance(0.08) ? random.int(3, 8) : 0;
      months.push({ year: lastYear - years + 1 + y, month: m, weight: (1 + busy) * (1 + y / years) });
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const m of months) cumulative.push((total += m.weight));
  const days: Day[] = [];
  for (let i = 0; i < count; i++) {
    const target = random.next() * total;
    let lo = 0;
    let hi = months.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= target) lo = mid + 1;
      else hi = mid;
    }
    const { year, month } = months[lo]!;
    days.push({ year, month, day: random.int(1, daysInMonth(year, month)) });
  }
  return days.sort(compareDays);
}
