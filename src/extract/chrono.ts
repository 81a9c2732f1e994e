/**
 * chrono-node, used for what it reads well on newsroom text: absolute dates
 * that name a day and a month ("le 4 avril 2025", "mardi 1er avril",
 * "Tuesday, April 1, 2025", "du 1er au 5 avril 2025", "24/09/2025") or a
 * month and a year ("March 2026"). Only the components chrono is certain of
 * are kept: its relative dates ("il y a quelques semaines", "la semaine
 * dernière") count from an exact instant, which would invent a day when the
 * publication date is a month, and its times of day ("3 et" read as 3 h) are
 * not dates. A missing year is inferred here, from the reference, the same
 * way as for the rules. See tests/unit/extract-chrono.test.ts for what it
 * gets right on the seed articles.
 */
import * as chrono from "chrono-node";
import { dayText, monthText } from "./relative.ts";
import type { Reference } from "./reference.ts";
import type { RuleMatch } from "./rule.ts";
import type { Tense } from "./tense.ts";
import type { Lang } from "./words.ts";
import { inferYear } from "./year.ts";

type Components = chrono.ParsedResult["start"];

const RELATIVE_TAGS = /^(result\/relativeDate|casualReference\/)/;

interface Parts {
  year?: number;
  month: number;
  day?: number;
  weekday?: number;
}

function certain(c: Components): Parts | undefined {
  if (!c.isCertain("month")) return undefined;
  const parts: Parts = { month: c.get("month")! };
  if (c.isCertain("year")) parts.year = c.get("year")!;
  if (c.isCertain("day")) parts.day = c.get("day")!;
  if (c.isCertain("weekday")) parts.weekday = c.get("weekday")!;
  return parts;
}

const parsers: Record<Lang, chrono.Chrono> = { fr: chrono.fr.casual, en: chrono.en.casual };

export interface ChronoMatch extends RuleMatch {
  /** The weekday the text names (1 = Monday … 7 = Sunday), to check against the day. */
  weekday?: number;
}

/** Absolute dates chrono-node finds in `text`, as EDTF. */
export function chronoDates(text: string, lang: Lang, ref: Reference, tense: Tense): ChronoMatch[] {
  // Only certain components are read, so the reference instant only matters to chrono's own guesses, which are dropped.
  const instant = new Date(`${ref.first}T12:00:00Z`);
  const found: ChronoMatch[] = [];
  for (const result of parsers[lang].parse(text, instant)) {
    if ([...result.tags()].some((tag) => RELATIVE_TAGS.test(tag))) continue;
    const start = certain(result.start);
    if (!start || (start.day === undefined && start.year === undefined)) continue;
    const end = result.end ? certain(result.end) : undefined;
    const date = toEdtf(start, end, ref, tense);
    if (!date) continue;
    const weekday = start.weekday === undefined ? undefined : start.weekday === 0 ? 7 : start.weekday;
    found.push({ rule: `chrono-${lang}`, start: result.index, end: result.index + result.text.length, date, relative: false, ...(weekday ? { weekday } : {}) });
  }
  return found;
}

function toEdtf(start: Parts, end: Parts | undefined, ref: Reference, tense: Tense): string | undefined {
  if (start.day === undefined) return start.year === undefined ? undefined : monthText(start.year, start.month);
  if (!end || end.day === undefined) {
    const year = start.year ?? inferYear(start.month, start.day, ref, undefined, tense);
    return dayText(year, start.month, start.day);
  }
  const endYear = end.year ?? start.year ?? inferYear(end.month, end.day, ref, undefined, tense);
  const startYear = start.year ?? (start.month > end.month ? endYear - 1 : endYear);
  const first = dayText(startYear, start.month, start.day);
  const last = dayText(endYear, end.month, end.day);
  if (!first || !last || last < first) return undefined;
  return last === first ? first : `${first}/${last}`;
}
