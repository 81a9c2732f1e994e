/** Shared by the extraction's unit tests: run the date finder on a phrase as a source published on a given date would. */
import { parseDatePoint } from "../../src/model/dates.ts";
import { findDates, type DateMention } from "../../src/extract/find-dates.ts";
import { publishedReference } from "../../src/extract/reference.ts";
import { tenseOf, type Tense } from "../../src/extract/tense.ts";
import type { Lang } from "../../src/extract/words.ts";

export function mentions(text: string, published: string, lang: Lang, options: { tense?: Tense; withoutChrono?: boolean; withoutRules?: boolean } = {}): DateMention[] {
  const point = parseDatePoint(published);
  if (!point.ok) throw new Error(point.error);
  const ref = publishedReference(point.value);
  const tense = "tense" in options ? options.tense : tenseOf(text, lang);
  return findDates(text, { lang, ref, published: ref, tense, withoutChrono: options.withoutChrono ?? false, withoutRules: options.withoutRules ?? false });
}

/** [phrase, EDTF] of each date in `text`. */
export function dates(text: string, published: string, lang: Lang, options: { tense?: Tense } = {}): [string, string][] {
  return mentions(text, published, lang, options).map((m) => [m.phrase, m.date]);
}
