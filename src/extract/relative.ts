/**
 * The arithmetic behind relative dates, shared by the French and English
 * rules: a weekday near the reference, the week or month before or after it,
 * "N units ago", "in N units". Each takes the reference window and returns
 * EDTF: exact when the reference is a day, else what the window allows.
 */
import { addDays, addMonths, dayOf, monthEnd, monthStart, somewhereIn, spanning, weekdayOf, weekStart, type Day } from "./calendar.ts";
import { referenceMonth, referenceYear, type Reference } from "./reference.ts";
import type { Tense } from "./tense.ts";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The days of `weekday` (1 = Monday) within [first, last], as a date. */
function weekdayIn(weekday: number, first: Day, last: Day): string | undefined {
  let a = first;
  while (a <= last && weekdayOf(a) !== weekday) a = addDays(a, 1);
  let b = last;
  while (b >= a && weekdayOf(b) !== weekday) b = addDays(b, -1);
  if (a > last) return undefined;
  return somewhereIn(a, b);
}

/**
 * "ce mardi", "mardi dernier", "next Tuesday", "on Tuesday". `which`:
 * "this" (the week of the reference: on or before it in a past sentence, on or
 * after it in a future one), "last" (within the 7 days before), "next" (within
 * the 7 days after).
 */
export function weekdayNear(weekday: number, which: "this" | "last" | "next", ref: Reference, tense: Tense): string | undefined {
  if (which === "last") return weekdayIn(weekday, addDays(ref.first, -7), addDays(ref.last, -1));
  if (which === "next") return weekdayIn(weekday, addDays(ref.first, 1), addDays(ref.last, 7));
  if (tense === "past") return weekdayIn(weekday, addDays(ref.first, -6), ref.last);
  if (tense === "future") return weekdayIn(weekday, ref.first, addDays(ref.last, 6));
  if (ref.first === ref.last) {
    const monday = weekStart(ref.first);
    return weekdayIn(weekday, monday, addDays(monday, 6));
  }
  return weekdayIn(weekday, addDays(ref.first, -6), addDays(ref.last, 6));
}

/** "hier" (-1), "aujourd'hui" (0), "demain" (+1), "avant-hier" (-2)… */
export function dayOffset(offset: number, ref: Reference): string {
  return somewhereIn(addDays(ref.first, offset), addDays(ref.last, offset));
}

/** "la semaine dernière" (-1), "cette semaine" (0), "next week" (+1): the week as a range of days, or what can be known of it. */
export function weekOffset(offset: number, ref: Reference): string {
  const first = addDays(weekStart(ref.first), 7 * offset);
  const last = addDays(weekStart(ref.last), 7 * offset + 6);
  return ref.first === ref.last ? spanning(first, last) : somewhereIn(first, last);
}

/** "le mois dernier" (-1), "ce mois-ci" (0), "next month" (+1). */
export function monthOffset(offset: number, ref: Reference): string | undefined {
  const month = referenceMonth(ref);
  if (!month) return undefined;
  const m = addMonths(month.year, month.month, offset);
  return `${pad(m.year, 4)}-${pad(m.month)}`;
}

/** "l'année dernière" (-1), "cette année" (0), "next year" (+1). */
export function yearOffset(offset: number, ref: Reference): string {
  return pad(referenceYear(ref) + offset, 4);
}

export type Unit = "day" | "week" | "month" | "year";

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  if (/^(jours?|days?)$/.test(w)) return "day";
  if (/^(semaines?|weeks?)$/.test(w)) return "week";
  if (/^(mois|months?)$/.test(w)) return "month";
  if (/^(ans|années?|annees?|years?)$/.test(w)) return "year";
  return undefined;
}

/**
 * "il y a trois semaines" (sign -1), "dans deux mois" (sign +1). A vague
 * count ("quelques", "a few": `count` undefined) says only which side of the
 * reference: an open date. A weeks, months or years count is approximate.
 */
export function shifted(count: number | undefined, unit: Unit, sign: -1 | 1, ref: Reference): string | undefined {
  if (count === undefined) return sign < 0 ? `../${ref.text}` : `${ref.text}/..`;
  const n = count * sign;
  if (unit === "day") return dayOffset(n, ref);
  if (unit === "week") {
    const date = dayOffset(7 * n, ref);
    return date.endsWith("~") ? date : `${date}~`;
  }
  if (unit === "month") {
    const month = referenceMonth(ref);
    if (!month) return `${yearOffset(0, ref)}~`;
    const m = addMonths(month.year, month.month, n);
    return `${pad(m.year, 4)}-${pad(m.month)}~`;
  }
  return `${yearOffset(n, ref)}~`;
}

/** A month of a known year as EDTF ("2025-04"). */
export const monthText = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;

/** A day as EDTF, or undefined when it does not exist (31 April). */
export function dayText(year: number, month: number, day: number): string | undefined {
  if (!(day >= 1 && day <= 31)) return undefined;
  const text = dayOf(year, month, day);
  return text <= monthEnd(year, month) ? text : undefined;
}

/** Months `from`–`to` of a year as a range ("2026-01/2026-06"). */
export function monthRange(year: number, from: number, to: number): string {
  return spanning(monthStart(year, from), monthEnd(year, to));
}
