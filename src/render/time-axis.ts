/**
 * The home page's time axis: inline SVG rendered at build time, no JavaScript.
 * Events sit proportionally to their dates (so a five-month gap shows), ranges
 * are spans, uncertain and open-ended dates are drawn dashed, disagreements get
 * a mark. Every mark is a link with an accessible name. When marks would pile
 * up, events are aggregated into one bar per month (or per year) linking to the
 * archive, so the SVG stays small and legible at any number of events.
 * Labels, names and captions are in the site's language (src/i18n/).
 */
import { fillText } from "../i18n/fill.ts";
import { catalogueFor, type Catalogue } from "../i18n/index.ts";
import { firstDay, lastDay, type DatePoint, type EventDate } from "../model/dates.ts";
import type { Timeline } from "../model/timeline.ts";
import { formatEventDate, formatMonthHeading } from "./format-date.ts";
import { escapeHtml, isolateText } from "./html.ts";

/** viewBox width; text sizes are in the same units, chosen to stay readable at 375 px. */
const WIDTH = 500;
const MARGIN = 14;
const LANE = 26;
const AXIS = 44;
/** More events than this, or more lanes than MAX_LANES, and the axis aggregates. */
export const MAX_MARKS = 40;
const MAX_LANES = 6;
const MIN_SPAN_DAYS = 30;
/** Length of the dashed lead drawn for "before …" and "after …" dates. */
const LEAD = 36;

interface Mark {
  title: string;
  /** Labelled only when drawn: formatting 10,000 dates for bars would be wasted. */
  date: EventDate;
  href: string;
  start: number;
  end: number;
  open?: "start" | "end";
  uncertain: boolean;
  disputed: boolean;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const isVague = (p: DatePoint) => p.approximate || p.uncertain || p.precision !== "day";

function extent(date: EventDate): Pick<Mark, "start" | "end" | "open" | "uncertain"> | undefined {
  switch (date.kind) {
    case "point":
      return { start: dayNumber(firstDay(date.point)), end: dayNumber(lastDay(date.point)), uncertain: isVague(date.point) };
    case "range":
      return { start: dayNumber(firstDay(date.start)), end: dayNumber(lastDay(date.end)), uncertain: isVague(date.start) || isVague(date.end) };
    case "after": {
      const start = dayNumber(firstDay(date.start));
      return { start, end: start, open: "end", uncertain: true };
    }
    case "before": {
      const end = dayNumber(lastDay(date.end));
      return { start: end, end, open: "start", uncertain: true };
    }
    case "unknown":
      return undefined;
  }
}

interface Scale {
  x: (day: number) => number;
  min: number;
  max: number;
}

function scaleFor(starts: number[], ends: number[], room = { left: 0, right: 0 }): Scale {
  let min = Math.min(...starts);
  let max = Math.max(...ends);
  if (max - min < MIN_SPAN_DAYS) {
    const middle = (min + max) / 2;
    min = middle - MIN_SPAN_DAYS / 2;
    max = middle + MIN_SPAN_DAYS / 2;
  }
  const pad = (max - min) * 0.04;
  min -= pad;
  max += pad;
  const span = WIDTH - 2 * MARGIN - room.left - room.right;
  return { min, max, x: (day) => MARGIN + room.left + ((day - min) / (max - min)) * span };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Month or year ticks, at most six labels. */
function ticks(scale: Scale, top: number, shortMonths: readonly string[]): string {
  const first = new Date(scale.min * 86_400_000);
  const last = new Date(scale.max * 86_400_000);
  const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
  const out: string[] = [];
  if (months <= 36) {
    const step = Math.max(1, Math.ceil(months / 6));
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1, i = 0; y * 12 + m <= last.getUTCFullYear() * 12 + last.getUTCMonth() + 1; i++) {
      const day = Date.UTC(y, m - 1, 1) / 86_400_000;
      if (day >= scale.min) {
        const x = round(scale.x(day));
        out.push(`<line class="tick" x1="${x}" x2="${x}" y1="${top}" y2="${top + 6}"/>`);
        if (i % step === 0) out.push(`<text class="tick-label" x="${x}" y="${top + 24}">${escapeHtml(shortMonths[m - 1]! + (out.some((t) => t.startsWith("<text")) && m !== 1 ? "" : ` ${y}`))}</text>`);
      }
      if (++m > 12) [m, y] = [1, y + 1];
    }
  } else {
    const years = last.getUTCFullYear() - first.getUTCFullYear();
    const step = Math.max(1, Math.ceil(years / 6));
    for (let y = first.getUTCFullYear() + 1; y <= last.getUTCFullYear(); y++) {
      const x = round(scale.x(Date.UTC(y, 0, 1) / 86_400_000));
      out.push(`<line class="tick" x1="${x}" x2="${x}" y1="${top}" y2="${top + 6}"/>`);
      if (y % step === 0) out.push(`<text class="tick-label" x="${x}" y="${top + 24}">${y}</text>`);
    }
  }
  return `<line class="axis-line" x1="${MARGIN}" x2="${WIDTH - MARGIN}" y1="${top}" y2="${top}"/>${out.join("")}`;
}

/** Greedy lanes: each mark goes to the first lane where it does not touch the previous one. */
function assignLanes(marks: Mark[], scale: Scale): number[] | undefined {
  const laneEnds: number[] = [];
  const lanes: number[] = [];
  for (const mark of marks) {
    const x1 = scale.x(mark.start) - 8 - (mark.open === "start" ? LEAD : 0);
    const x2 = Math.max(scale.x(mark.end), scale.x(mark.start) + 8) + 8 + (mark.open === "end" ? LEAD : 0);
    let lane = laneEnds.findIndex((end) => end <= x1);
    if (lane === -1) {
      if (laneEnds.length === MAX_LANES) return undefined;
      lane = laneEnds.push(0) - 1;
    }
    laneEnds[lane] = x2;
    lanes.push(lane);
  }
  return lanes;
}

function markSvg(mark: Mark, y: number, scale: Scale, language: string, t: Catalogue): string {
  const classes = ["mark", mark.uncertain ? "mark--uncertain" : "", mark.disputed ? "mark--disputed" : ""].filter(Boolean).join(" ");
  const x1 = round(scale.x(mark.start));
  const x2 = round(scale.x(mark.end));
  let shape: string;
  if (mark.open === "end") {
    shape = `<line class="mark-open" x1="${x1}" x2="${x1 + LEAD}" y1="${y}" y2="${y}"/><path class="mark-arrow" d="M${x1 + LEAD} ${y - 5}l6 5-6 5"/><circle class="mark-shape" cx="${x1}" cy="${y}" r="7"/>`;
  } else if (mark.open === "start") {
    shape = `<line class="mark-open" x1="${x1 - LEAD}" x2="${x1}" y1="${y}" y2="${y}"/><path class="mark-arrow" d="M${x1 - LEAD} ${y - 5}l-6 5 6 5"/><circle class="mark-shape" cx="${x1}" cy="${y}" r="7"/>`;
  } else if (x2 - x1 < 8) {
    shape = `<circle class="mark-shape" cx="${round((x1 + x2) / 2)}" cy="${y}" r="7"/>`;
  } else {
    shape = `<rect class="mark-shape" x="${x1 - 4}" y="${y - 7}" width="${round(x2 - x1 + 8)}" height="14" rx="7"/>`;
  }
  const flag = mark.disputed ? `<path class="mark-flag" d="M${x1} ${y - 19}l6 6-6 6-6-6z"/>` : "";
  const name = escapeHtml(`${isolateText(mark.title)} — ${formatEventDate(mark.date, language).text}${mark.disputed ? t.disputed : ""}`);
  return `<a href="${escapeHtml(mark.href)}" aria-label="${name}" class="${classes}"><title>${name}</title>${shape}${flag}</a>`;
}

function eventMarks(timeline: Timeline, href: (path: string) => string): Mark[] {
  const marks: Mark[] = [];
  for (const event of timeline.events) {
    const span = extent(event.date.value);
    if (!span) continue;
    marks.push({
      ...span,
      title: event.title,
      date: event.date.value,
      href: href(event.path),
      disputed: event.date.disputed || Boolean(event.place?.disputed),
    });
  }
  return marks;
}

/** One bar per month (or per year over long spans), height by number of events. */
function aggregated(timeline: Timeline, href: (path: string) => string, marks: Mark[], t: Catalogue): { body: string; height: number; byYear: boolean } {
  const { language } = timeline.site;
  const scale = scaleFor(marks.map((m) => m.start), marks.map((m) => m.end));
  const spanYears = (scale.max - scale.min) / 365.25;
  const byYear = spanYears > 8;
  const buckets: { label: string; path: string; start: number; end: number; count: number }[] = [];
  for (const year of timeline.years) {
    if (year.year === undefined) continue;
    if (byYear) {
      buckets.push({ label: String(year.year), path: year.path, start: Date.UTC(year.year, 0, 1) / 86_400_000, end: Date.UTC(year.year + 1, 0, 1) / 86_400_000, count: year.count });
      continue;
    }
    for (const month of year.months) {
      if (month.month === undefined) continue;
      const start = Date.UTC(year.year, month.month - 1, 1) / 86_400_000;
      // The month's archive: every month holding a dated event has one.
      buckets.push({ label: formatMonthHeading(year.year, month.month, language), path: month.path!, start, end: Date.UTC(year.year, month.month, 1) / 86_400_000, count: month.events.length });
    }
  }
  const top = 100;
  const most = Math.max(1, ...buckets.map((b) => b.count));
  const bars = buckets.map((b) => {
    const x = round(scale.x(b.start));
    const width = Math.max(2, round(scale.x(b.end) - scale.x(b.start) - 1));
    const height = Math.max(4, round((b.count / most) * (top - 10)));
    const name = escapeHtml(fillText(t.timeAxis.bar, { label: b.label, count: t.counts.events(b.count) }));
    return `<a href="${escapeHtml(href(b.path))}" aria-label="${name}" class="bar"><title>${name}</title><rect x="${x}" y="${round(top - height)}" width="${width}" height="${height}"/></a>`;
  });
  return { body: bars.join("") + ticks(scale, top + 4, t.dates.shortMonths), height: top + 4 + AXIS, byYear };
}

/** The time axis as a `<figure>` with inline SVG, or "" when no event is dated. */
export function timeAxisSvg(timeline: Timeline, href: (path: string) => string): string {
  const marks = eventMarks(timeline, href);
  if (marks.length === 0) return "";
  const { language } = timeline.site;
  const t = catalogueFor(language);
  const undated = timeline.events.length - marks.length;
  // Open-ended marks draw a lead and an arrow beyond their date: keep room for them inside the viewBox.
  const room = { left: marks.some((m) => m.open === "start") ? LEAD + 6 : 0, right: marks.some((m) => m.open === "end") ? LEAD + 6 : 0 };
  const scale = scaleFor(marks.map((m) => m.start), marks.map((m) => m.end), room);
  const lanes = marks.length <= MAX_MARKS ? assignLanes(marks, scale) : undefined;

  let body: string;
  let height: number;
  let caption: string;
  if (lanes) {
    const laneCount = Math.max(...lanes) + 1;
    const top = 28 + laneCount * LANE;
    body = marks.map((mark, i) => markSvg(mark, 28 + lanes[i]! * LANE, scale, language, t)).join("") + ticks(scale, top, t.dates.shortMonths);
    height = top + AXIS;
    caption = t.timeAxis.marksCaption;
  } else {
    const agg = aggregated(timeline, href, marks, t);
    body = agg.body;
    height = agg.height;
    caption = agg.byYear ? t.timeAxis.yearBarsCaption : t.timeAxis.monthBarsCaption;
  }
  if (undated > 0) caption += ` ${t.timeAxis.undated(undated)}`;
  const id = escapeHtml(t.ids.timeAxis);
  return `<figure class="time-axis">
<figcaption id="${id}">${escapeHtml(t.timeAxis.label)} ${escapeHtml(caption)}</figcaption>
<svg viewBox="0 0 ${WIDTH} ${height}" role="group" aria-labelledby="${id}" focusable="false">${body}</svg>
</figure>`;
}

