/**
 * The year of a date written without one ("le 3 avril", "fin septembre"):
 * the year that puts it nearest the reference, as a reader would take it,
 * or the one before or after when the wording says so ("avril dernier",
 * "next March").
 */
import { dayOf, daysBetween, monthEnd, monthStart, type Day } from "./calendar.ts";
import type { Reference } from "./reference.ts";
import type { Tense } from "./tense.ts";

/** "before": strictly before the reference ("dernier", "last"); "after": strictly after ("prochain", "next"). */
export type Direction = "before" | "after" | undefined;

function window(year: number, month: number, day: number | undefined): { first: Day; last: Day } {
  return day === undefined ? { first: monthStart(year, month), last: monthEnd(year, month) } : { first: dayOf(year, month, day), last: dayOf(year, month, day) };
}

function gap(a: { first: Day; last: Day }, ref: Reference): number {
  if (a.last < ref.first) return daysBetween(a.last, ref.first);
  if (a.first > ref.last) return daysBetween(ref.last, a.first);
  return 0;
}

export function inferYear(month: number, day: number | undefined, ref: Reference, direction?: Direction, tense?: Tense): number {
  const base = Number(ref.first.slice(0, 4));
  const candidates = [base - 1, base, base + 1].map((year) => ({ year, w: window(year, month, day) }));
  if (direction === "before") return [...candidates].reverse().find((c) => c.w.last < ref.first)!.year;
  if (direction === "after") return candidates.find((c) => c.w.first > ref.last)!.year;
  // The tense rules out one side when it can: a past event is not after the reference.
  const allowed = candidates.filter((c) => (tense === "past" ? c.w.first <= ref.last : tense === "future" ? c.w.last >= ref.first : true));
  const pool = allowed.length > 0 ? allowed : candidates;
  return pool.reduce((best, c) => {
    const d = gap(c.w, ref);
    const b = gap(best.w, ref);
    return d < b || (d === b && c.year === base) ? c : best;
  }).year;
}
