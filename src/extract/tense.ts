/**
 * The tense of a sentence, roughly: enough to tell "ce mardi" in "l'annonce a
 * été faite ce mardi" (a Tuesday on or before the publication) from "ce mardi"
 * in "les ministres se rendront à Moscou ce mardi" (on or after it), and to
 * tell which reported days can serve as the article's own "now" (past ones).
 * Undefined when the sentence has both or neither.
 */
import type { Lang } from "./words.ts";

export type Tense = "past" | "future" | undefined;

const FR_PAST = [
  // Passé composé and plus-que-parfait: an auxiliary, up to two words, a past participle.
  /(?<![\p{L}])(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se\s+sont|s['’]était|se\s+sont|eut|eurent)\s+(?:[\p{L}'’]+\s+){0,2}?[\p{L}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints)(?![\p{L}])/iu,
  // A past participle used as an adjective right before a date: "officialisée le", "tenues du".
  /(?<![\p{L}])[\p{L}]+(?:ée|ées|és|ues|us)\s+(?:le|du|en|ce|au|les)\s+(?:[\p{L}]+\s+)?\d/iu,
  // Passé simple of a few reporting verbs.
  /(?<![\p{L}])(?:déclara|annonça|affirma|rencontra|signa|tint|eut\s+lieu|se\s+tint)(?![\p{L}])/iu,
];
const FR_FUTURE = [
  /(?<![\p{L}])(?:sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|tiendra|tiendront|rendra|rendront|viendra|viendront)(?![\p{L}])/iu,
  /(?<![\p{L}])[\p{L}]{3,}(?:eront|iront|ront)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:va|vont|devrait|devraient|pourrait|pourraient|doit|doivent)\s+(?:se\s+|s['’])?[\p{L}]+(?:er|ir|re|oir)(?![\p{L}])/iu,
];
const EN_PAST = [
  /(?<![\p{L}])(?:was|were|had|did|met|held|said|told|took|gave|made|went|came|began|found)(?![\p{L}])/iu,
  // A regular past tense, not a participle after "be" ("will be closed").
  /(?<!(?:be|been|being|is|are)\s+)(?<![\p{L}])[\p{L}]{3,}ed(?![\p{L}])/iu,
];
const EN_FUTURE = [/(?<![\p{L}])(?:will|shall|going\s+to|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|is\s+set\s+to|are\s+set\s+to)(?![\p{L}])/iu];

export function tenseOf(sentence: string, lang: Lang): Tense {
  const [pastRules, futureRules] = lang === "fr" ? [FR_PAST, FR_FUTURE] : [EN_PAST, EN_FUTURE];
  const past = pastRules.some((r) => r.test(sentence));
  const future = futureRules.some((r) => r.test(sentence));
  return past === future ? undefined : past ? "past" : "future";
}
