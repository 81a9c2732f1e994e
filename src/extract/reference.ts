/**
 * What relative dates are resolved against: the source's publication date —
 * a day, or only a month or a year, as the source file says — or, when the
 * publication day is not known, the latest day the article itself reports in
 * the past tense (the "anchor": the meeting of 24 September, from which the
 * article's "il y a quelques semaines" counts back). A reference is a window
 * of possible days; a relative date computed from a window of more than one
 * day is itself a window, which becomes a month, an approximate month or an
 * open date — never a day the text does not give.
 */
import { isoOf, type DatePoint, type Precision } from "../model/dates.ts";
import { pointWindow, type Day } from "./calendar.ts";

export interface Reference {
  /** First and last possible day of "now" for the text. */
  first: Day;
  last: Day;
  precision: Precision;
  /** The reference as a point of the EDTF subset ("2025-09-24", "2025-09"). */
  text: string;
  /** The publication date, or a day the article reports. */
  basis: "published" | "anchor";
  /** For an anchor: the words that gave it. */
  phrase?: string;
}

export function publishedReference(published: DatePoint): Reference {
  const { first, last } = pointWindow(published);
  return { first, last, precision: published.precision, text: isoOf(published), basis: "published" };
}

export function anchorReference(day: Day, phrase: string): Reference {
  return { first: day, last: day, precision: "day", text: day, basis: "anchor", phrase };
}

/** The reference's year when it has one year (any reference here does). */
export const referenceYear = (ref: Reference) => Number(ref.first.slice(0, 4));

/** The reference's month, when it lies within one month. */
export function referenceMonth(ref: Reference): { year: number; month: number } | undefined {
  if (ref.precision === "year") return undefined;
  return { year: Number(ref.first.slice(0, 4)), month: Number(ref.first.slice(5, 7)) };
}
