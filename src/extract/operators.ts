/**
 * Words before a date that open it: "jusqu'en mars 2026" and "until March
 * 2026" (on or before: `../2026-03`), "depuis le 3 avril" and "since April 3"
 * (on or after: `2025-04-03/..`), "avant le", "dès le", "à partir du",
 * "after", "by". Applied to a date already found, widening its words.
 */
import { edtf } from "./calendar.ts";
import { edtfOf } from "../model/dates.ts";
import type { Lang } from "./words.ts";

const A = "['’]";
const BEFORE: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:jusqu${A}\s*(?:en|à|au|aux)?|d${A}ici\s+(?:à\s+|au\s+|le\s+|la\s+)?|avant\s+(?:le\s+|la\s+|l${A})?)\s*$`, "iu"),
  en: /(?<![\p{L}])(?:until|till|through|by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$/iu,
};
const AFTER: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:depuis\s+(?:le\s+|la\s+|l${A})?|à\s+partir\s+(?:du|de|d${A})\s*|dès\s+(?:le\s+|la\s+|l${A})?|après\s+(?:le\s+|la\s+|l${A})?)\s*$`, "iu"),
  en: /(?<![\p{L}])(?:since|starting|starting\s+on|starting\s+in|as\s+of|after|beginning|from)\s+(?:the\s+)?$/iu,
};

/** Looks at the words right before a date (at `start` in `text`); returns the opened date and where its words now start. */
export function applyOperator(text: string, start: number, date: string, lang: Lang): { date: string; start: number } | undefined {
  const before = text.slice(Math.max(0, start - 30), start);
  const value = edtf(date);
  if (value.kind !== "point" && value.kind !== "range") return undefined;
  const open = BEFORE[lang].exec(before);
  if (open) {
    const end = value.kind === "point" ? value.point : value.end;
    return { date: `../${edtfOf({ kind: "point", point: end })}`, start: start - open[0].length };
  }
  const from = AFTER[lang].exec(before);
  if (from) {
    const first = value.kind === "point" ? value.point : value.start;
    return { date: `${edtfOf({ kind: "point", point: first })}/..`, start: start - from[0].length };
  }
  return undefined;
}
