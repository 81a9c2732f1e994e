/**
 * A sentence that announces an event without dating it ("une troisième
 * réunion est déjà envisagée", "the next meeting will be held in Bamako"):
 * its date is open, on or after the reference (`2025-09-24/..`), the form
 * editors use for an announced event. Only for sentences with no date of
 * their own.
 */
import type { Reference } from "./reference.ts";
import type { Lang } from "./words.ts";

const PATTERNS: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:(?:est|sont)\s+(?:déjà\s+)?(?:envisagée?s?|prévue?s?|programmée?s?|annoncée?s?\s+pour\s+plus\s+tard)|pourrai(?:en)?t\s+se\s+tenir|se\s+tiendr(?:a|ont)|aura\s+lieu|auront\s+lieu|(?:la\s+|une\s+|le\s+|un\s+)?prochaine?\s+(?:session|réunion|rencontre|visite|édition|sommet|conférence|consultations?|rendez-vous))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:is|are)\s+(?:already\s+)?(?:planned|envisaged|scheduled|expected\s+to\s+take\s+place)|will\s+(?:be\s+held|take\s+place)|(?:the\s+|a\s+)?next\s+(?:session|meeting|summit|round|visit|conference|edition))(?![\p{L}])/iu,
};

export interface Announcement {
  start: number;
  end: number;
  phrase: string;
  date: string;
}

export function announcement(sentence: string, lang: Lang, ref: Reference): Announcement | undefined {
  const m = PATTERNS[lang].exec(sentence);
  if (!m) return undefined;
  return { start: m.index, end: m.index + m[0].length, phrase: m[0], date: `${ref.text}/..` };
}
