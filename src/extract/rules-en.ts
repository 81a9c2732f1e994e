/**
 * English date rules: what chrono-node's English parser misses or reads too
 * loosely for a timeline (ranges written "April 3 and 4", partial months,
 * halves and quarters, relative dates that must respect an imprecise
 * publication date). Tested phrase by phrase in
 * tests/unit/extract-rules-en.test.ts. Absolute days ("Tuesday, April 1,
 * 2025", "4 April 2025") are left to chrono-node.
 */
import { monthEnd } from "./calendar.ts";
import { dayOffset, dayText, monthOffset, monthRange, monthText, shifted, unitOf, weekdayNear, weekOffset, yearOffset } from "./relative.ts";
import { referenceYear } from "./reference.ts";
import type { Rule, RuleContext } from "./rule.ts";
import { countOf, dayNumber, monthNumber, RX, weekdayNumber, wordPattern } from "./words.ts";
import { inferYear, type Direction } from "./year.ts";

const M = RX.enMonth;
const D = RX.day;
const Y = RX.year;
const W = RX.enWeekday;
const COUNT = String.raw`\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+few|a\s+couple\s+of|several|some`;
const UNIT = String.raw`days?|weeks?|months?|years?`;

type Groups = Record<string, string | undefined>;

const rule = (id: string, pattern: string, relative: boolean, resolve: (g: Groups, ctx: RuleContext) => string | undefined): Rule => ({
  id,
  lang: "en",
  pattern: wordPattern(pattern),
  relative,
  resolve,
});

const yearFor = (written: string | undefined, month: number, day: number | undefined, ctx: RuleContext, direction?: Direction) =>
  written ? Number(written) : inferYear(month, day, ctx.ref, direction, ctx.tense);

/** Month names are capitalised in English: "may" and "march" are verbs. */
const isMonthName = (text: string | undefined) => text !== undefined && /^\p{Lu}/u.test(text);

function dayRange(g: Groups, ctx: RuleContext, consecutive: boolean): string | undefined {
  if (!isMonthName(g.m2) || (g.m1 && !isMonthName(g.m1))) return undefined;
  const m2 = monthNumber(g.m2!)!;
  const m1 = g.m1 ? monthNumber(g.m1)! : m2;
  const d1 = dayNumber(g.d1!);
  const d2 = dayNumber(g.d2!);
  if (consecutive && (m1 !== m2 || d2 !== d1 + 1)) return undefined;
  const y2 = yearFor(g.y2 ?? g.y1, m2, d2, ctx);
  const y1 = g.y1 ? Number(g.y1) : m1 > m2 ? y2 - 1 : y2;
  const start = dayText(y1, m1, d1);
  const end = dayText(y2, m2, d2);
  if (!start || !end || end <= start) return undefined;
  return `${start}/${end}`;
}

export const EN_RULES: readonly Rule[] = [
  /** "April 3 and 4, 2025", "3 and 4 April 2025": consecutive days only. */
  rule("en-days-and", String.raw`(?<m2>${M})\s+(?<d1>${D})\s+and\s+(?<d2>${D})(?:,?\s+(?<y2>${Y}))?|(?<d1b>${D})\s+and\s+(?<d2b>${D})\s+(?<m2b>${M})(?:,?\s+(?<y2b>${Y}))?`, false, (g, ctx) =>
    dayRange({ d1: g.d1 ?? g.d1b, d2: g.d2 ?? g.d2b, m2: g.m2 ?? g.m2b, y2: g.y2 ?? g.y2b }, ctx, true),
  ),
  /** "April 3–4, 2025", "from April 1 to 5", "between April 1 and 5", "3–5 April 2025", "between the 1st and 5th of April". */
  rule(
    "en-day-span",
    [
      String.raw`(?:from\s+)?(?<ma>${M})\s+(?<da1>${D})(?:\s*[-–—]\s*|\s+(?:to|through|until)\s+)(?<da2>${D})(?:,?\s+(?<ya>${Y}))?`,
      String.raw`between\s+(?<mb>${M})\s+(?<db1>${D})\s+and\s+(?<db2>${D})(?:,?\s+(?<yb>${Y}))?`,
      String.raw`(?:from\s+)?(?<dc1>${D})(?:\s*[-–—]\s*|\s+(?:to|through|until)\s+)(?<dc2>${D})\s+(?:of\s+)?(?<mc>${M})(?:,?\s+(?<yc>${Y}))?`,
      String.raw`between\s+(?:the\s+)?(?<dd1>${D})\s+and\s+(?:the\s+)?(?<dd2>${D})\s+(?:of\s+)?(?<md>${M})(?:,?\s+(?<yd>${Y}))?`,
    ].join("|"),
    false,
    (g, ctx) => {
      const k = ["a", "b", "c", "d"].find((x) => g[`m${x}`] !== undefined)!;
      return dayRange({ d1: g[`d${k}1`], d2: g[`d${k}2`], m2: g[`m${k}`], y2: g[`y${k}`] }, ctx, false);
    },
  ),
  /** "from March 30 to April 2, 2025", "between March 30 and April 2". */
  rule(
    "en-cross-month",
    String.raw`(?:(?:from|between)\s+)?(?<m1>${M})\s+(?<d1>${D})(?:,?\s+(?<y1>${Y}))?\s*(?:[-–—]|to|through|until|and)\s*(?<m2>${M})\s+(?<d2>${D})(?:,?\s+(?<y2>${Y}))?`,
    false,
    (g, ctx) => dayRange(g, ctx, false),
  ),
  /** "on the evening of September 24": chrono-node reads the time of day and loses the date. */
  rule("en-time-of-day", String.raw`(?:on\s+)?the\s+(?:evening|morning|night|afternoon)\s+of\s+(?:(?<m>${M})\s+(?<d>${D})|(?<d2>${D})\s+(?<m2>${M}))(?:,?\s+(?<y>${Y}))?`, false, (g, ctx) => {
    const name = g.m ?? g.m2;
    if (!isMonthName(name)) return undefined;
    const month = monthNumber(name!)!;
    const day = dayNumber((g.d ?? g.d2)!);
    return dayText(yearFor(g.y, month, day, ctx), month, day);
  }),
  /** "from March to June 2026", "between April and June". */
  rule("en-month-to-month", String.raw`(?:from|between)\s+(?<m1>${M})(?:\s+(?<y1>${Y}))?\s+(?:to|and|through|until)\s+(?<m2>${M})(?:\s+(?<y2>${Y}))?`, false, (g, ctx) => {
    if (!isMonthName(g.m1) || !isMonthName(g.m2)) return undefined;
    const m1 = monthNumber(g.m1!)!;
    const m2 = monthNumber(g.m2!)!;
    const y2 = yearFor(g.y2 ?? g.y1, m2, undefined, ctx);
    const y1 = g.y1 ? Number(g.y1) : m1 > m2 ? y2 - 1 : y2;
    if (y1 * 12 + m1 >= y2 * 12 + m2) return undefined;
    return `${monthText(y1, m1)}/${monthText(y2, m2)}`;
  }),
  /** "in April", "during March": the nearest such month. */
  rule("en-in-month", String.raw`(?:in|during)\s+(?<m>${M})(?!\s*,?\s*(?:\d|${Y}))`, false, (g, ctx) => {
    if (!isMonthName(g.m)) return undefined;
    const month = monthNumber(g.m!)!;
    return monthText(yearFor(undefined, month, undefined, ctx), month);
  }),
  /** "last April", "next March", "this past April". */
  rule("en-month-last-next", String.raw`(?<dir>last|next|this\s+past|this\s+coming)\s+(?<m>${M})`, true, (g, ctx) => {
    if (!isMonthName(g.m)) return undefined;
    const month = monthNumber(g.m!)!;
    const year = inferYear(month, undefined, ctx.ref, /^(next|this\s+coming)$/i.test(g.dir!) ? "after" : "before");
    return monthText(year, month) + (ctx.ref.precision === "year" ? "?" : "");
  }),
  /** "late September", "in early March 2026", "mid-April", "the end of September": the month. */
  rule(
    "en-part-of-month",
    String.raw`(?:in\s+)?(?:(?:early|late|mid)(?:\s*-\s*|\s+)|the\s+(?:end|beginning|start|middle)\s+of\s+)(?<m>${M})(?:,?\s+(?<y>${Y}))?`,
    false,
    (g, ctx) => {
      if (!isMonthName(g.m)) return undefined;
      const month = monthNumber(g.m!)!;
      return monthText(yearFor(g.y, month, undefined, ctx), month);
    },
  ),
  /** "in the first half of 2026", "the second half of the year", "H1 2026". */
  rule(
    "en-half",
    String.raw`(?:in\s+|during\s+)?the\s+(?<n>first|second|1st|2nd)\s+half\s+of\s+(?:(?<y>${Y})|(?<rel>the|this|next)\s+year)|(?<h>H[12])\s+(?<hy>${Y})`,
    false,
    (g, ctx) => {
      const year = g.y ? Number(g.y) : g.hy ? Number(g.hy) : referenceYear(ctx.ref) + (g.rel === "next" ? 1 : 0);
      const first = g.h ? g.h.toUpperCase() === "H1" : /^(first|1st)$/i.test(g.n!);
      return first ? monthRange(year, 1, 6) : monthRange(year, 7, 12);
    },
  ),
  /** "in the third quarter of 2025", "the last quarter", "Q1 2026". */
  rule(
    "en-quarter",
    String.raw`(?:in\s+|during\s+)?the\s+(?<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:(?<y>${Y})|(?:the|this)\s+year))?|Q(?<q>[1-4])\s+(?<qy>${Y})`,
    false,
    (g, ctx) => {
      const year = g.y ? Number(g.y) : g.qy ? Number(g.qy) : referenceYear(ctx.ref);
      const q = g.q ? Number(g.q) : ({ first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3 } as Record<string, number>)[g.n!.toLowerCase()] ?? 4;
      return monthRange(year, 3 * q - 2, 3 * q);
    },
  ),
  /** "by the end of the year", "before the end of 2025", "by the end of March": on or before the last day. */
  rule(
    "en-by-end",
    String.raw`(?:by|before)\s+the\s+end\s+of\s+(?:(?:the|this)\s+year|(?<y>${Y})|(?<m>${M})(?:,?\s+(?<my>${Y}))?)`,
    true,
    (g, ctx) => {
      if (g.m) {
        if (!isMonthName(g.m)) return undefined;
        const month = monthNumber(g.m)!;
        return `../${monthEnd(yearFor(g.my, month, undefined, ctx, g.my ? undefined : "after"), month)}`;
      }
      return `../${g.y ?? referenceYear(ctx.ref)}-12-31`;
    },
  ),
  /** "at the end of the year", "late 2025", "early 2026", "the beginning of next year": December or January, approximate. */
  rule(
    "en-year-edge",
    String.raw`(?:at\s+|in\s+|by\s+)?the\s+(?<edge>end|beginning|start)\s+of\s+(?:(?<rel>the|this|next|last)\s+year|(?<y>${Y}))|(?<edge2>late|early|end|end\s+of)\s+(?<y2>${Y})`,
    true,
    (g, ctx) => {
      const written = g.y ?? g.y2;
      const year = written ? Number(written) : referenceYear(ctx.ref) + (g.rel === "next" ? 1 : g.rel === "last" ? -1 : 0);
      const end = /^(end|late|end\s+of)$/i.test((g.edge ?? g.edge2)!);
      return end ? `${year}-12~` : `${year}-01~`;
    },
  ),
  /** "in 2026", "during 2026", "throughout 2026". */
  rule("en-year", String.raw`(?:in|during|throughout)\s+(?<y>${Y})`, false, (g) => g.y),
  /** "last year", "this year", "next year". */
  rule("en-year-relative", String.raw`(?<dir>last|this|next)\s+year`, true, (g, ctx) => yearOffset(g.dir!.toLowerCase() === "last" ? -1 : g.dir!.toLowerCase() === "next" ? 1 : 0, ctx.ref)),
  /** "today", "yesterday", "tomorrow", "the day before yesterday". */
  rule("en-day-relative", String.raw`(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow)`, true, (g, ctx) => {
    const offsets: Record<string, number> = { yesterday: -1, tomorrow: 1 };
    const w = g.w!.toLowerCase().replace(/\s+/g, " ");
    return dayOffset(w === "the day before yesterday" ? -2 : w === "the day after tomorrow" ? 2 : offsets[w] ?? 0, ctx.ref);
  }),
  /** "this Tuesday", "last Monday", "next Monday", "on Tuesday". */
  rule("en-weekday", String.raw`(?:(?<dir>this|last|next|on|this\s+past|this\s+coming)\s+)?(?<wd>${W})(?!,?\s+(?:${M}|${D})(?![\p{L}\p{N}]))`, true, (g, ctx) => {
    if (!/^\p{Lu}/u.test(g.wd!)) return undefined;
    const dir = (g.dir ?? "").toLowerCase();
    const which = dir === "last" || dir === "this past" ? "last" : dir === "next" || dir === "this coming" ? "next" : "this";
    return weekdayNear(weekdayNumber(g.wd!)!, which, ctx.ref, ctx.tense);
  }),
  /** "last week", "this week", "next week", "the previous week". */
  rule("en-week", String.raw`(?<dir>last|this|next)\s+week|the\s+(?<dir2>previous|following)\s+week`, true, (g, ctx) => {
    const dir = (g.dir ?? g.dir2)!.toLowerCase();
    return weekOffset(dir === "last" || dir === "previous" ? -1 : dir === "this" ? 0 : 1, ctx.ref);
  }),
  /** "last month", "this month", "next month". */
  rule("en-month-relative", String.raw`(?<dir>last|this|next)\s+month`, true, (g, ctx) =>
    monthOffset(g.dir!.toLowerCase() === "last" ? -1 : g.dir!.toLowerCase() === "next" ? 1 : 0, ctx.ref),
  ),
  /** "a few weeks ago", "three days ago", "two months earlier". */
  rule("en-ago", String.raw`(?<n>${COUNT})\s+(?<unit>${UNIT})\s+(?:ago|earlier)`, true, (g, ctx) => {
    const unit = unitOf(g.unit!);
    return unit && shifted(countOf(g.n!), unit, -1, ctx.ref);
  }),
  /** "in two weeks", "in a few months", "within weeks". */
  rule("en-in", String.raw`in\s+(?<n>${COUNT})\s+(?<unit>${UNIT})(?:\s+time)?`, true, (g, ctx) => {
    const unit = unitOf(g.unit!);
    return unit && shifted(countOf(g.n!), unit, 1, ctx.ref);
  }),
];
