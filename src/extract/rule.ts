/**
 * A date rule: a pattern for one way of writing a date, and a pure function
 * that turns a match into a date of the project's EDTF subset, given the
 * reference ("now" for the text) and the tense of the sentence. Rules are
 * listed per language in rules-fr.ts and rules-en.ts and tested phrase by
 * phrase; chrono-node (chrono.ts) covers the absolute dates they leave out.
 */
import type { Reference } from "./reference.ts";
import type { Tense } from "./tense.ts";
import type { Lang } from "./words.ts";

export interface RuleContext {
  /** What relative dates count from (the publication, or the article's own day). */
  ref: Reference;
  /** The tense of the sentence, when it can be told. */
  tense: Tense;
}

export interface Rule {
  id: string;
  lang: Lang;
  /** Compiled with the `giu` flags and word boundaries (`wordPattern`). */
  pattern: RegExp;
  /** Whether the date depends on the reference (then it is resolved against it). */
  relative: boolean;
  /** The EDTF text of the match, or undefined when the match is not a date after all. */
  resolve(groups: Record<string, string | undefined>, ctx: RuleContext): string | undefined;
}

/** One date found by a rule: where, which words, what date. */
export interface RuleMatch {
  rule: string;
  start: number;
  end: number;
  date: string;
  relative: boolean;
}

/** Every match of every rule in `text` (overlaps are settled later, in find-dates.ts). */
export function applyRules(rules: readonly Rule[], text: string, ctx: RuleContext): RuleMatch[] {
  const found: RuleMatch[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const date = rule.resolve(m.groups ?? {}, ctx);
      if (date !== undefined) found.push({ rule: rule.id, start: m.index, end: m.index + m[0].length, date, relative: rule.relative });
    }
  }
  return found;
}
