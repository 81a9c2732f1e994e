/**
 * Dates that contradict their own wording: "ce 3 avril 2026" in an article
 * published in April 2025 ("ce" points to the days around the publication),
 * "avril 2026 dernier", "next March" before the publication, "mardi 2 avril
 * 2025" (a Wednesday). Such a date is proposed as written, with the reason
 * it looks wrong, for an editor to decide.
 */
import { addDays, dateWindow, edtf, weekdayOf } from "./calendar.ts";
import type { Reference } from "./reference.ts";
import { WEEKDAY_NAMES, type Lang } from "./words.ts";

/** How far "ce"/"this" may point from the publication window. */
const DEICTIC_DAYS = 7;

const THIS: Record<Lang, RegExp> = { fr: /(?<![\p{L}])(?:ce|cet|cette)\s+$/iu, en: /(?<![\p{L}])this\s+$/iu };
const LAST: Record<Lang, RegExp> = { fr: /^\s*(?:dernier|dernière|passé|passée)(?![\p{L}])/iu, en: /(?<![\p{L}])last\s+$/iu };
const NEXT: Record<Lang, RegExp> = { fr: /^\s*(?:prochain|prochaine)(?![\p{L}])/iu, en: /(?<![\p{L}])next\s+$/iu };

const ENGLISH_DAYS = WEEKDAY_NAMES.en.map((d) => d[0]!.toUpperCase() + d.slice(1));

export interface FlagInput {
  text: string;
  start: number;
  end: number;
  date: string;
  /** The weekday the words name, if any (1 = Monday). */
  weekday?: number;
  lang: Lang;
  published: Reference;
}

export function contradictions(m: FlagInput): string[] {
  const flags: string[] = [];
  const value = edtf(m.date);
  const { first, last } = dateWindow(value);
  const before = m.text.slice(Math.max(0, m.start - 12), m.start);
  const after = m.text.slice(m.end, m.end + 12);
  const phrase = m.text.slice(m.start, m.end);
  const pub = m.published;
  if (m.weekday !== undefined && value.kind === "point" && value.point.precision === "day" && weekdayOf(first) !== m.weekday) {
    flags.push(`${first} is a ${ENGLISH_DAYS[weekdayOf(first) - 1]}, but the text says ${ENGLISH_DAYS[m.weekday - 1]}`);
  }
  const deictic = THIS[m.lang].exec(before) ?? /^(?:ce|cet|cette|this)\s/iu.exec(phrase);
  if (deictic && (last < addDays(pub.first, -DEICTIC_DAYS) || first > addDays(pub.last, DEICTIC_DAYS))) {
    flags.push(`"${deictic[0].trim()}" points to the days around the publication (${pub.text}), but the date is ${m.date}`);
  }
  const lastWord = m.lang === "fr" ? LAST.fr.exec(after) : LAST.en.exec(before);
  if (lastWord && first > pub.last) flags.push(`"${lastWord[0].trim()}" points before the publication (${pub.text}), but the date is ${m.date}`);
  const nextWord = m.lang === "fr" ? NEXT.fr.exec(after) : NEXT.en.exec(before);
  if (nextWord && last < pub.first) flags.push(`"${nextWord[0].trim()}" points after the publication (${pub.text}), but the date is ${m.date}`);
  return flags;
}
