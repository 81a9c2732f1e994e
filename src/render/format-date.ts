/**
 * Dates in the site's language ("1er avril 2025", "3–4 April 2025", "circa
 * September 2025", "date à préciser"), split into parts so that templates can
 * wrap each real date in `<time datetime>`. The words come from the language's
 * catalogue (src/i18n/, `dates`): month names are a table, the pieces are
 * composed with plain string operations, so a build that writes ~100,000 labels
 * never formats a date through luxon or Intl. Nothing here reads the machine's
 * clock or time zone.
 */
import { catalogueFor, interfaceLanguage, type DateWords } from "../i18n/index.ts";
import { isoOf, type DatePoint, type EventDate } from "../model/dates.ts";

export interface DatePart {
  text: string;
  /** Machine-readable value for `<time datetime>`, when the part is a date. */
  datetime?: string;
}

export interface DateLabel {
  /** The whole label as plain text. */
  text: string;
  parts: DatePart[];
}

/** One language's date writer; month labels are composed once per month and year. */
class DateFormatter {
  // A timeline has a few hundred distinct months and tens of thousands of dates.
  private readonly monthYears = new Map<number, string>();

  constructor(private readonly words: DateWords) {}

  private monthName(p: DatePoint): string {
    return this.words.months[(p.month ?? 1) - 1]!;
  }

  /** "avril 2025". */
  monthYear(p: DatePoint): string {
    const key = p.year * 16 + (p.month ?? 1);
    let label = this.monthYears.get(key);
    if (label === undefined) {
      label = this.words.monthYear(this.monthName(p), p.year);
      this.monthYears.set(key, label);
    }
    return label;
  }

  /** The point alone, without qualifiers: "1er avril 2025", "avril 2025", "2025". */
  private bare(p: DatePoint): string {
    if (p.precision === "year") return String(p.year);
    if (p.precision === "month") return this.monthYear(p);
    return this.words.monthYear(this.words.dayMonth(this.words.day(p.day!), this.monthName(p)), p.year);
  }

  /** "le 1er avril 2025" reads better than "1er avril 2025" after "vers", "avant", "après" (French only). */
  private withArticle(p: DatePoint): string {
    return p.precision === "day" ? this.words.article + this.bare(p) : this.bare(p);
  }

  private qualified(p: DatePoint): DatePart[] {
    const parts: DatePart[] = [];
    if (p.approximate) parts.push({ text: this.words.approximate });
    parts.push({ text: p.approximate ? this.withArticle(p) : this.bare(p), datetime: isoOf(p) });
    if (p.uncertain) parts.push({ text: this.words.uncertain });
    return parts;
  }

  private rangeParts(start: DatePoint, end: DatePoint): DatePart[] {
    const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
    if (plain && start.precision === end.precision && start.year === end.year) {
      if (start.precision === "day" && start.month === end.month) {
        if (start.day === end.day) return [{ text: this.bare(start), datetime: isoOf(start) }];
        return [
          { text: this.words.day(start.day!), datetime: isoOf(start) },
          { text: "–" },
          { text: this.bare(end), datetime: isoOf(end) },
        ];
      }
      if (start.precision !== "year") {
        // "30 avril – 2 mai 2025", "avril – mai 2025": the shared year is said once.
        const startText = start.precision === "day" ? this.words.dayMonth(this.words.day(start.day!), this.monthName(start)) : this.monthName(start);
        return [{ text: startText, datetime: isoOf(start) }, { text: " – " }, { text: this.bare(end), datetime: isoOf(end) }];
      }
    }
    return [...this.qualified(start), { text: " – " }, ...this.qualified(end)];
  }

  format(date: EventDate): DateLabel {
    let parts: DatePart[];
    switch (date.kind) {
      case "point":
        parts = this.qualified(date.point);
        break;
      case "range":
        parts = this.rangeParts(date.start, date.end);
        break;
      case "after":
        parts = [{ text: this.words.after }, { text: this.withArticle(date.start), datetime: isoOf(date.start) }, { text: this.words.openEnd }];
        break;
      case "before":
        parts = [{ text: this.words.before }, { text: this.withArticle(date.end), datetime: isoOf(date.end) }];
        break;
      case "unknown":
        parts = [{ text: this.words.unknown }];
        break;
    }
    return { text: parts.map((p) => p.text).join(""), parts };
  }
}

const formatters = new Map<string, DateFormatter>();

/** The formatter of a site language (`fr`, `en-GB`): one per interface language, built once. */
function formatterFor(language: string): DateFormatter {
  let formatter = formatters.get(language);
  if (!formatter) {
    const primary = interfaceLanguage(language);
    formatter = formatters.get(primary) ?? new DateFormatter(catalogueFor(primary).dates);
    formatters.set(primary, formatter);
    formatters.set(language, formatter);
  }
  return formatter;
}

/** A date as the site writes it in `language` (a site language tag: `fr`, `en-GB`). */
export function formatEventDate(date: EventDate, language: string): DateLabel {
  return formatterFor(language).format(date);
}

/** "avril 2025", "April 2025": the heading of a month group on the timeline. */
export function formatMonthHeading(year: number, month: number, language: string): string {
  return formatterFor(language).monthYear({ year, month, precision: "month", approximate: false, uncertain: false });
}
