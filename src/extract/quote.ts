/**
 * The quote of a proposal: the source's own sentence around the date, taken
 * verbatim, or — when the sentence is long or holds a straight double quote
 * (which a citation cannot) — the clause around the date, grown to a
 * readable length along the sentence's own commas and conjunctions.
 */
import { trim, type Range } from "./sentences.ts";

/** A sentence up to this long is quoted whole. */
export const MAX_SENTENCE = 250;
/** A clause is grown until it is at least this long… */
const MIN_CLAUSE = 35;
/** …and never past this. */
const MAX_CLAUSE = 170;

const PUNCTUATION = /[,;:()«»“”"—–]/gu;
const CONJUNCTION = /\s(?:et|ou|mais|qui|que|dont|où|and|or|but|which|who|whose|where|while)\s/giu;

function strip(text: string, r: Range): Range {
  let { start, end } = trim(text, r);
  while (start < end && /[\s,;:.«»“”"—–]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?…«»“”"—–]/u.test(text[end - 1]!)) end--;
  // A clause does not start with the conjunction that joins it to the one before.
  const conjunction = /^(?:et|ou|mais|and|or|but)\s+/iu.exec(text.slice(start, end));
  if (conjunction) start += conjunction[0].length;
  // A closing parenthesis stays only with its opening one.
  if (text[end - 1] === ")" && !text.slice(start, end).includes("(")) end--;
  if (text[start] === "(" && !text.slice(start, end).includes(")")) start++;
  return trim(text, { start, end });
}

/** Straight double quotes cannot appear in a citation: the part of `r` around `focus` without any. */
function withoutStraightQuotes(text: string, r: Range, focus: Range): Range {
  const before = text.lastIndexOf('"', focus.start - 1);
  const after = text.indexOf('"', focus.end);
  return {
    start: before >= r.start ? before + 1 : r.start,
    end: after !== -1 && after < r.end ? after : r.end,
  };
}

/** The words of `r` around `focus`, at most `max` characters, cut at spaces. */
function wordWindow(text: string, r: Range, focus: Range, max: number): Range {
  let start = focus.start;
  let end = focus.end;
  while (end - start < max) {
    const nextEnd = text.indexOf(" ", end + 1);
    const grownEnd = nextEnd === -1 || nextEnd > r.end ? r.end : nextEnd;
    const prevStart = text.lastIndexOf(" ", start - 2);
    const grownStart = prevStart < r.start ? r.start : prevStart + 1;
    if (grownEnd > end && grownEnd - start <= max) end = grownEnd;
    else if (grownStart < start && end - grownStart <= max) start = grownStart;
    else break;
  }
  return { start, end };
}

/** The range to quote for a date at `focus` in the sentence `sentence` of `text`. */
export function quoteRange(text: string, sentence: Range, focus: Range): Range {
  const whole = strip(text, sentence);
  const body = text.slice(whole.start, whole.end);
  if (whole.end - whole.start <= MAX_SENTENCE && !body.includes('"')) return whole;

  const cuts = new Set<number>([whole.start, whole.end]);
  for (const m of body.matchAll(PUNCTUATION)) {
    cuts.add(whole.start + m.index);
    cuts.add(whole.start + m.index + 1);
  }
  for (const m of body.matchAll(CONJUNCTION)) cuts.add(whole.start + m.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  let i = sorted.filter((c) => c <= focus.start).length - 1;
  let j = sorted.findIndex((c) => c >= focus.end);
  const length = (a: number, b: number) => {
    const r = strip(text, { start: sorted[a]!, end: sorted[b]! });
    return text.slice(r.start, r.end).includes('"') ? Infinity : r.end - r.start;
  };
  if (length(i, j) > MAX_CLAUSE) {
    const clause = withoutStraightQuotes(text, { start: sorted[i]!, end: sorted[j]! }, focus);
    return strip(text, wordWindow(text, clause, focus, MAX_CLAUSE));
  }
  while (length(i, j) < MIN_CLAUSE) {
    if (j + 1 < sorted.length && length(i, j + 1) <= MAX_CLAUSE) j++;
    else if (i > 0 && length(i - 1, j) <= MAX_CLAUSE) i--;
    else break;
  }
  return strip(text, { start: sorted[i]!, end: sorted[j]! });
}
