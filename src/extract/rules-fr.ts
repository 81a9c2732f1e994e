/**
 * French date rules: what chrono-node's French parser misses or gets wrong
 * on newsroom French (measured in tests/unit/extract-chrono.test.ts). Each
 * rule is one way of writing a date, tested phrase by phrase in
 * tests/unit/extract-rules-fr.test.ts. Absolute days ("le 4 avril 2025",
 * "mardi 1er avril") are left to chrono-node, which reads them correctly.
 */
import { monthEnd } from "./calendar.ts";
import { dayOffset, dayText, monthOffset, monthRange, monthText, shifted, unitOf, weekdayNear, weekOffset, yearOffset } from "./relative.ts";
import { referenceYear } from "./reference.ts";
import type { Rule, RuleContext } from "./rule.ts";
import { countOf, dayNumber, monthNumber, RX, weekdayNumber, wordPattern } from "./words.ts";
import { inferYear, type Direction } from "./year.ts";

const M = RX.frMonth;
const D = RX.day;
const Y = RX.year;
const A = RX.apostrophe;
const W = RX.frWeekday;
const COUNT = String.raw`\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|quelques|plusieurs`;
const UNIT = String.raw`jours?|semaines?|mois|ans|années?`;

type Groups = Record<string, string | undefined>;

const rule = (id: string, pattern: string, relative: boolean, resolve: (g: Groups, ctx: RuleContext) => string | undefined): Rule => ({
  id,
  lang: "fr",
  pattern: wordPattern(pattern),
  relative,
  resolve,
});

/** A year written, or inferred from the reference. */
const yearFor = (written: string | undefined, month: number, day: number | undefined, ctx: RuleContext, direction?: Direction) =>
  written ? Number(written) : inferYear(month, day, ctx.ref, direction, ctx.tense);

/** A range of days "d1 (m1 (y1)) … d2 m2 (y2)": the end's month and year carry to the start. */
function dayRange(g: Groups, ctx: RuleContext): string | undefined {
  const m2 = monthNumber(g.m2!)!;
  const m1 = g.m1 ? monthNumber(g.m1)! : m2;
  const d1 = dayNumber(g.d1!);
  const d2 = dayNumber(g.d2!);
  const y2 = yearFor(g.y2 ?? g.y1, m2, d2, ctx);
  const y1 = g.y1 ? Number(g.y1) : m1 > m2 ? y2 - 1 : y2;
  const start = dayText(y1, m1, d1);
  const end = dayText(y2, m2, d2);
  if (!start || !end || end <= start) return undefined;
  return `${start}/${end}`;
}

export const FR_RULES: readonly Rule[] = [
  /** "les 3 et 4 avril 2025", "les 3, 4 et 5 avril", "le 3 et le 4 avril": consecutive days only. */
  rule("fr-days-and", String.raw`les?\s+(?<d1>${D})(?<mid>(?:\s*,\s*${D})*)\s+et\s+(?:le\s+)?(?<d2>${D})\s+(?<m2>${M})(?:\s+(?<y2>${Y}))?`, false, (g, ctx) => {
    const days = [g.d1!, ...(g.mid ?? "").split(",").map((s) => s.trim()).filter(Boolean), g.d2!].map(dayNumber);
    if (days.some((d, i) => i > 0 && d !== days[i - 1]! + 1)) return undefined;
    return dayRange({ ...g, d2: String(days.at(-1)) }, ctx);
  }),
  /** "du 1er au 5 avril 2025", "du 30 mars au 2 avril", "entre le 3 et le 5 avril". */
  rule(
    "fr-from-to",
    String.raw`(?:du|entre\s+le)\s+(?<d1>${D})(?:\s+(?<m1>${M})(?:\s+(?<y1>${Y}))?)?\s+(?:au|et\s+le)\s+(?<d2>${D})\s+(?<m2>${M})(?:\s+(?<y2>${Y}))?`,
    false,
    dayRange,
  ),
  /** "de mars à juin 2026", "d'avril à juin", "entre avril et juin 2026". */
  rule("fr-month-to-month", String.raw`(?:de|d${A}|entre)\s*(?<m1>${M})(?:\s+(?<y1>${Y}))?\s+(?:à|et)\s+(?<m2>${M})(?:\s+(?<y2>${Y}))?`, false, (g, ctx) => {
    const m1 = monthNumber(g.m1!)!;
    const m2 = monthNumber(g.m2!)!;
    const y2 = yearFor(g.y2 ?? g.y1, m2, undefined, ctx);
    const y1 = g.y1 ? Number(g.y1) : m1 > m2 ? y2 - 1 : y2;
    if (y1 * 12 + m1 >= y2 * 12 + m2) return undefined;
    return `${monthText(y1, m1)}/${monthText(y2, m2)}`;
  }),
  /** "avril 2025", "en mars 2026", "au mois d'avril 2025". */
  rule("fr-month-year", String.raw`(?:(?:en|courant|au\s+mois\s+de|au\s+mois\s+d${A})\s*)?(?<m>${M})\s+(?<y>${Y})`, false, (g) => monthText(Number(g.y), monthNumber(g.m!)!)),
  /** "en avril dernier", "avril dernier", "en mars prochain". */
  rule("fr-month-last-next", String.raw`(?:(?:en|au\s+mois\s+de|au\s+mois\s+d${A})\s*)?(?<m>${M})\s+(?<dir>dernier|passé|prochain)`, true, (g, ctx) => {
    const month = monthNumber(g.m!)!;
    const year = inferYear(month, undefined, ctx.ref, g.dir!.toLowerCase() === "prochain" ? "after" : "before");
    // Published in a year only: "avril dernier" may be April of that year or of the one before.
    return monthText(year, month) + (ctx.ref.precision === "year" ? "?" : "");
  }),
  /** "en avril", "courant mars", "au mois de juin": the nearest such month. */
  rule("fr-in-month", String.raw`(?:en|courant|au\s+mois\s+de|au\s+mois\s+d${A})\s*(?<m>${M})`, false, (g, ctx) => {
    const month = monthNumber(g.m!)!;
    return monthText(yearFor(undefined, month, undefined, ctx), month);
  }),
  /** "fin septembre", "début mars 2026", "mi-avril", "à la fin du mois de septembre": the month (the subset has no "late"). */
  rule(
    "fr-part-of-month",
    String.raw`(?:(?:à\s+la|en|au|dès\s+la|dès)\s+)?(?:fin|début|mi|courant|milieu)(?:\s*-\s*|\s+)(?:du\s+mois\s+(?:de\s+|d${A})|de\s+|d${A})?(?<m>${M})(?:\s+(?<y>${Y}))?`,
    false,
    (g, ctx) => {
      const month = monthNumber(g.m!)!;
      return monthText(yearFor(g.y, month, undefined, ctx), month);
    },
  ),
  /** "à la fin du mois", "début du mois", "fin de ce mois": the reference's month. */
  rule("fr-part-of-this-month", String.raw`(?:(?:à\s+la|en|au|dès\s+le)\s+)?(?:fin|début|milieu)\s+(?:du\s+mois|de\s+ce\s+mois)`, true, (_g, ctx) => monthOffset(0, ctx.ref)),
  /** "au premier semestre 2026", "au second semestre": January–June or July–December. */
  rule(
    "fr-semester",
    String.raw`(?:(?:au\s+cours\s+du|au|durant\s+le|pendant\s+le|le|du)\s+)?(?<n>premier|1er|second|deuxième|2e|2ème|2nd)\s+semestre(?:\s+(?:de\s+l${A}année\s+|de\s+)?(?<y>${Y}))?`,
    false,
    (g, ctx) => {
      const year = g.y ? Number(g.y) : referenceYear(ctx.ref);
      return /^(premier|1er)$/i.test(g.n!) ? monthRange(year, 1, 6) : monthRange(year, 7, 12);
    },
  ),
  /** "au troisième trimestre 2025", "au dernier trimestre". */
  rule(
    "fr-quarter",
    String.raw`(?:(?:au\s+cours\s+du|au|durant\s+le|pendant\s+le|le|du)\s+)?(?<n>premier|1er|deuxième|2e|2ème|second|troisième|3e|3ème|quatrième|4e|4ème|dernier)\s+trimestre(?:\s+(?:de\s+)?(?<y>${Y}))?`,
    false,
    (g, ctx) => {
      const year = g.y ? Number(g.y) : referenceYear(ctx.ref);
      const q = /^(premier|1er)$/i.test(g.n!) ? 1 : /^(deuxième|2e|2ème|second)$/i.test(g.n!) ? 2 : /^(troisième|3e|3ème)$/i.test(g.n!) ? 3 : 4;
      return monthRange(year, 3 * q - 2, 3 * q);
    },
  ),
  /** "d'ici la fin de l'année", "avant la fin 2025", "d'ici fin mars": on or before the last day. */
  rule(
    "fr-by-end",
    String.raw`(?:d${A}ici\s+(?:à\s+)?(?:la\s+)?|avant\s+la\s+)fin\s+(?:de\s+l${A}année|d${A}année|de\s+cette\s+année|(?<y>${Y})|(?:de\s+|d${A}|du\s+mois\s+de\s+|du\s+mois\s+d${A})?(?<m>${M})(?:\s+(?<my>${Y}))?)`,
    true,
    (g, ctx) => {
      if (g.m) {
        const month = monthNumber(g.m)!;
        const year = yearFor(g.my, month, undefined, ctx, g.my ? undefined : "after");
        return `../${monthEnd(year, month)}`;
      }
      return `../${g.y ?? referenceYear(ctx.ref)}-12-31`;
    },
  ),
  /** "à la fin de l'année", "en fin d'année", "fin 2025", "début 2026", "au début de l'année prochaine": December or January, approximate. */
  rule(
    "fr-year-edge",
    String.raw`(?:(?:à\s+la|en|au|dès\s+le|dès\s+la)\s+)?(?<edge>fin|début)\s+(?:de\s+l${A}année(?:\s+(?<rel>prochaine|dernière))?|d${A}année|de\s+cette\s+année|(?<y>${Y}))`,
    true,
    (g, ctx) => {
      const year = g.y ? Number(g.y) : referenceYear(ctx.ref) + (g.rel === "prochaine" ? 1 : g.rel === "dernière" ? -1 : 0);
      return /^fin$/i.test(g.edge!) ? `${year}-12~` : `${year}-01~`;
    },
  ),
  /** "en 2026", "courant 2026", "au cours de l'année 2026". */
  rule("fr-year", String.raw`(?:en|courant|durant|pendant|au\s+cours\s+de\s+l${A}année|l${A}année)\s+(?<y>${Y})`, false, (g) => g.y),
  /** "l'année dernière", "l'an prochain", "cette année". */
  rule("fr-year-relative", String.raw`(?:l${A}année|l${A}an)\s+(?<dir>dernière|dernier|passée|passé|prochaine|prochain)|(?<this>cette\s+année|l${A}année\s+en\s+cours)`, true, (g, ctx) =>
    yearOffset(g.this ? 0 : /^(prochaine|prochain)$/i.test(g.dir!) ? 1 : -1, ctx.ref),
  ),
  /** "aujourd'hui", "hier", "demain", "avant-hier", "après-demain". */
  rule("fr-day-relative", String.raw`(?<w>aujourd${A}hui|avant-hier|après-demain|hier|demain)`, true, (g, ctx) => {
    const offsets: Record<string, number> = { "avant-hier": -2, hier: -1, demain: 1, "après-demain": 2 };
    return dayOffset(offsets[g.w!.toLowerCase()] ?? 0, ctx.ref);
  }),
  /** "ce mardi", "mardi dernier", "lundi prochain", "mardi" alone (this week's). */
  rule("fr-weekday", String.raw`(?:(?<this>ce|cet)\s+)?(?<wd>${W})(?:\s+(?<dir>dernier|passé|prochain))?(?!\s+(?:${D})(?![\p{L}\p{N}]))`, true, (g, ctx) => {
    const which = !g.dir ? "this" : g.dir.toLowerCase() === "prochain" ? "next" : "last";
    return weekdayNear(weekdayNumber(g.wd!)!, which, ctx.ref, ctx.tense);
  }),
  /** "la semaine dernière", "cette semaine", "la semaine prochaine". */
  rule("fr-week", String.raw`la\s+semaine\s+(?<dir>dernière|passée|précédente|prochaine|suivante)|(?<this>cette\s+semaine)`, true, (g, ctx) =>
    weekOffset(g.this ? 0 : /^(prochaine|suivante)$/i.test(g.dir!) ? 1 : -1, ctx.ref),
  ),
  /** "le mois dernier", "ce mois-ci", "le mois prochain". */
  rule("fr-month-relative", String.raw`le\s+mois\s+(?<dir>dernier|passé|précédent|prochain|suivant)|(?<this>ce\s+mois-ci)`, true, (g, ctx) =>
    monthOffset(g.this ? 0 : /^(prochain|suivant)$/i.test(g.dir!) ? 1 : -1, ctx.ref),
  ),
  /** "il y a quelques semaines", "il y a trois jours", "deux mois plus tôt". */
  rule("fr-ago", String.raw`il\s+y\s+a\s+(?<n>${COUNT})\s+(?<unit>${UNIT})|(?<n2>${COUNT})\s+(?<unit2>${UNIT})\s+plus\s+tôt`, true, (g, ctx) => {
    const unit = unitOf(g.unit ?? g.unit2!);
    return unit && shifted(countOf(g.n ?? g.n2!), unit, -1, ctx.ref);
  }),
  /** "dans trois semaines", "dans quelques mois". */
  rule("fr-in", String.raw`dans\s+(?<n>${COUNT})\s+(?<unit>${UNIT})`, true, (g, ctx) => {
    const unit = unitOf(g.unit!);
    return unit && shifted(countOf(g.n!), unit, 1, ctx.ref);
  }),
];
