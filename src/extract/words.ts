/**
 * The words dates are written with, in French and English: month and weekday
 * names, small numbers, and regular-expression pieces that treat accented
 * letters as letters (JavaScript's `\b` does not).
 */

export type Lang = "fr" | "en";

/** Lower case without accents: "Février" → "fevrier". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\u2019\u2018\u02BC]/g, "'");
}

const FR_MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];
const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const EN_MONTHS_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept?", "oct", "nov", "dec"];
const FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const EN_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Month number (1–12) of a month name, or undefined. */
export function monthNumber(name: string): number | undefined {
  const key = fold(name).replace(/\.$/, "");
  const fr = FR_MONTHS.indexOf(key);
  if (fr !== -1) return fr + 1;
  const en = EN_MONTHS.indexOf(key);
  if (en !== -1) return en + 1;
  const short = EN_MONTHS_SHORT.findIndex((s) => new RegExp(`^${s}$`).test(key));
  return short === -1 ? undefined : short + 1;
}

/** ISO weekday (1 = Monday) of a weekday name, or undefined. */
export function weekdayNumber(name: string): number | undefined {
  const key = fold(name);
  const fr = FR_WEEKDAYS.indexOf(key);
  if (fr !== -1) return fr + 1;
  const en = EN_WEEKDAYS.indexOf(key);
  return en === -1 ? undefined : en + 1;
}

export const WEEKDAY_NAMES: Record<Lang, readonly string[]> = { fr: FR_WEEKDAYS, en: EN_WEEKDAYS };

const SMALL: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  "a couple of": 2,
};

/** A count written in digits or words; undefined for vague counts ("quelques", "a few"). */
export function countOf(text: string): number | undefined {
  const key = fold(text).trim();
  if (/^\d+$/.test(key)) return Number(key);
  return SMALL[key];
}

/** Regular-expression source pieces, without capturing groups (rules name their own), compiled with the `iu` flags. */
export const RX = {
  /** Not preceded by a letter or digit. */
  start: String.raw`(?<![\p{L}\p{N}])`,
  /** Not followed by a letter or digit. */
  end: String.raw`(?![\p{L}\p{N}])`,
  frMonth: String.raw`(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)`,
  enMonth: String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`,
  /** A day of the month: 1er, 1ᵉʳ, premier, 1st, 2nd, 3rd, 4th, or 1–31. */
  day: String.raw`(?:1er|1ᵉʳ|premier|[0-3]?\d(?:st|nd|rd|th)?)`,
  year: String.raw`(?:19|20)\d\d`,
  frWeekday: String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`,
  enWeekday: String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
  apostrophe: String.raw`['’]`,
};

/** A day-of-month token as a number: "1er" → 1, "premier" → 1, "3rd" → 3. */
export function dayNumber(text: string): number {
  const key = fold(text);
  if (key === "premier" || key.startsWith("1er") || key === "1ᵉʳ") return 1;
  return Number.parseInt(key, 10);
}

/** Compiles a rule's pattern with word boundaries around it. */
export function wordPattern(source: string): RegExp {
  return new RegExp(`${RX.start}(?:${source})${RX.end}`, "giu");
}
