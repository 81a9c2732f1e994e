/**
 * Every date in a piece of text (a sentence), in the project's EDTF subset:
 * the rules of the text's language and chrono-node's absolute dates, the
 * longest reading winning where they overlap (a rule over chrono-node on a
 * tie), then the words that open a date ("jusqu'en", "since") and the checks
 * that flag a date contradicting its own wording.
 */
import { chronoDates } from "./chrono.ts";
import { contradictions } from "./flags.ts";
import { applyOperator } from "./operators.ts";
import type { Reference } from "./reference.ts";
import { applyRules, type Rule, type RuleMatch } from "./rule.ts";
import { EN_RULES } from "./rules-en.ts";
import { FR_RULES } from "./rules-fr.ts";
import type { Tense } from "./tense.ts";
import type { Lang } from "./words.ts";

export interface DateMention {
  start: number;
  end: number;
  /** The words that gave the date. */
  phrase: string;
  /** EDTF. */
  date: string;
  /** The rule that read it (`chrono-fr`, `chrono-en` for chrono-node). */
  rule: string;
  /** Whether it was counted from the reference. */
  relative: boolean;
  /** Why the date contradicts its own wording, if it does. */
  flags: string[];
}

export interface FindContext {
  lang: Lang;
  /** What relative dates count from. */
  ref: Reference;
  /** The publication date (what "ce", "dernier", "next" are checked against). */
  published: Reference;
  tense: Tense;
  /** Leave chrono-node out (to measure the rules alone). */
  withoutChrono?: boolean;
  /** Leave the rules out (to measure chrono-node alone). */
  withoutRules?: boolean;
}

export const RULES: Record<Lang, readonly Rule[]> = { fr: FR_RULES, en: EN_RULES };

/** Words before a date that belong to its phrase without changing it. */
const LEAD: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:dans\s+la\s+(?:soirée|matinée|nuit|journée|après-midi)\s+du|(?:ce|cet|cette))\s+$/iu,
  en: /(?<![\p{L}])(?:on\s+the\s+(?:evening|morning|night)\s+of|this)\s+$/iu,
};

export function findDates(text: string, ctx: FindContext): DateMention[] {
  const candidates: (RuleMatch & { priority: number; weekday?: number })[] = [
    ...(ctx.withoutRules ? [] : applyRules(RULES[ctx.lang], text, { ref: ctx.ref, tense: ctx.tense }).map((m) => ({ ...m, priority: 1 }))),
    ...(ctx.withoutChrono ? [] : chronoDates(text, ctx.lang, ctx.published, ctx.tense).map((m) => ({ ...m, priority: 0 }))),
  ];
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: typeof candidates = [];
  for (const c of candidates) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((m) => {
    const flags = m.relative ? [] : contradictions({ text, start: m.start, end: m.end, date: m.date, lang: ctx.lang, published: ctx.published, ...(m.weekday ? { weekday: m.weekday } : {}) });
    const opened = applyOperator(text, m.start, m.date, ctx.lang);
    let start = opened?.start ?? m.start;
    const lead = LEAD[ctx.lang].exec(text.slice(Math.max(0, start - 40), start));
    if (lead) start -= lead[0].length;
    return { start, end: m.end, phrase: text.slice(start, m.end), date: opened?.date ?? m.date, rule: m.rule, relative: m.relative, flags };
  });
}
