/**
 * Which event a dated passage belongs to. Two questions: how its date stands
 * to each date an event has (its date, or each value it claims), and how much
 * the passage and the event have in common (entities, words of the title and
 * summary). A passage is proposed
 * - as a citation (`cite`) for an event that has its date, or a more precise
 *   date within it ("en avril dernier" for the 3–4 April session): the
 *   source backs a date the event already has;
 * - as a date claim (`claim`) for an event it clearly shares entities with,
 *   whose dates overlap or lie within a day of its own without being the
 *   same ("du 1er au 5 avril" against "les 3 et 4 avril");
 * - as a new event otherwise.
 */
import { edtfOf, type DatePoint, type EventDate } from "../model/dates.ts";
import type { TimelineEvent } from "../model/timeline.ts";
import { addDays, dateWindow, daysBetween, pointWindow } from "./calendar.ts";
import { fold } from "./words.ts";

/**
 * - same: the same value, qualifiers (`~`, `?`) aside;
 * - covers: the passage's date holds the event's and is written less
 *   precisely (a month for a day of it; "before September" for "before 24
 *   September"; or open the same way with bounds within a week): it backs
 *   the event's date without adding to it;
 * - differs: both dated, not the same, but overlapping or a day apart —
 *   or open the same way with bounds a week to a month apart: a rival value.
 */
export type Relation = "same" | "covers" | "differs";

const RANK: Record<Relation, number> = { same: 0, covers: 1, differs: 2 };

/** Dates longer than this cover nothing: "en 2025" is no evidence for a day of 2025. */
const COVER_DAYS = 62;
/** Dates this far apart (a day: sources often disagree by one) may still be rival values for one event. */
const NEAR_DAYS = 1;
/** Open dates ("before…", "after…") whose bounds are this close say the same thing… */
const SAME_BOUND_DAYS = 7;
/** …and up to this far apart, rival things. */
const NEAR_BOUND_DAYS = 31;

const bare = (d: EventDate) => edtfOf(d).replace(/[~?%]/g, "");
const PRECISION = { year: 0, month: 1, day: 2 } as const;
/** The finest precision a bounded date is written to. */
const precisionOf = (d: EventDate) => (d.kind === "point" ? PRECISION[d.point.precision] : d.kind === "range" ? Math.max(PRECISION[d.start.precision], PRECISION[d.end.precision]) : 0);
/** Whether the passage's date is written less precisely than the event's ("avril" for "le 3 avril"). */
const coarser = (passage: EventDate, event: EventDate) => precisionOf(passage) < precisionOf(event);
const openBound = (d: EventDate): DatePoint | undefined => (d.kind === "before" ? d.end : d.kind === "after" ? d.start : undefined);

export function relate(passage: EventDate, event: EventDate): Relation | undefined {
  if (passage.kind === "unknown" || event.kind === "unknown") return undefined;
  if (bare(passage) === bare(event)) return "same";
  const open = (d: EventDate) => d.kind === "before" || d.kind === "after";
  if (open(passage) !== open(event)) return undefined;
  if (open(passage)) {
    if (passage.kind !== event.kind) return undefined;
    const p = pointWindow(openBound(passage)!);
    const e = pointWindow(openBound(event)!);
    // "Before September" holds "before 24 September"; "before 4 March" and "before 5 March" are one vague statement.
    if ((p.first <= e.first && e.last <= p.last) || Math.abs(daysBetween(p.first, e.first)) <= SAME_BOUND_DAYS) return "covers";
    return Math.abs(daysBetween(p.first, e.first)) <= NEAR_BOUND_DAYS ? "differs" : undefined;
  }
  const p = dateWindow(passage);
  const e = dateWindow(event);
  if (p.first <= e.first && e.last <= p.last && coarser(passage, event)) return daysBetween(p.first, p.last) < COVER_DAYS ? "covers" : undefined;
  const overlaps = p.first <= addDays(e.last, NEAR_DAYS) && e.first <= addDays(p.last, NEAR_DAYS);
  return overlaps ? "differs" : undefined;
}

/** The event's dates: each claimed value, or its one date. */
export function eventDates(event: TimelineEvent): { value: EventDate; text: string }[] {
  return event.date.claims.map((c) => ({ value: c.value, text: c.text }));
}

const STOP = new Set(
  [
    "dans", "pour", "avec", "sans", "sous", "entre", "vers", "chez", "leur", "leurs", "cette", "celle", "celui", "ceux", "elles", "nous", "vous", "sont", "sera", "etre", "avoir", "fait",
    "faite", "plus", "tres", "tout", "tous", "toute", "toutes", "autre", "autres", "deux", "trois", "ainsi", "aussi", "comme", "dont", "mais", "donc", "apres", "avant", "depuis",
    "lors", "selon", "the", "and", "with", "from", "that", "this", "which", "their", "there", "were", "have", "been", "will", "would", "into", "about", "after", "before", "said",
  ].map(fold),
);

/** Content words, folded and cut to a rough stem (6 letters), for comparing a passage with an event's title and summary. */
export function keywords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 4 || STOP.has(word) || /^\d+$/.test(word)) continue;
    out.add(word.slice(0, 6));
  }
  return out;
}

export interface PassageEvidence {
  /** Entities named in the sentence. */
  entities: readonly string[];
  /** Entities named elsewhere in its paragraph. */
  context: readonly string[];
  /** Keywords of the sentence. */
  words: ReadonlySet<string>;
  /** The source, and whether what editors already did with it may count. */
  sourceId: string;
  /** When false, the events that already cite this source get no credit for it (a fair test on the seeds). */
  useExistingCitations: boolean;
  /** Events that already cite this very passage (overlapping quote). */
  citedBy: ReadonlySet<string>;
}

export interface Candidate {
  event: TimelineEvent;
  relation: Relation;
  /** The event's date value (as written) the relation is with. */
  value: string;
  score: number;
}

/** Evidence that a passage is about an event, beyond the date. */
export function score(event: TimelineEvent, evidence: PassageEvidence, eventWords: ReadonlySet<string>): number {
  const ids = new Set(event.entityIds);
  let s = 0;
  for (const id of evidence.entities) if (ids.has(id)) s += 2;
  for (const id of evidence.context) if (ids.has(id) && !evidence.entities.includes(id)) s += 1;
  let shared = 0;
  for (const w of evidence.words) if (eventWords.has(w)) shared++;
  s += Math.min(shared, 4);
  if (evidence.useExistingCitations) {
    if (event.sourceIds.includes(evidence.sourceId)) s += 2;
    if (evidence.citedBy.has(event.id)) s += 3;
  }
  return s;
}

/** The least evidence each relation needs: a shared date needs a hint, a rival date needs a strong one. */
export const MIN_SCORE: Record<Relation, number> = { same: 1, covers: 2, differs: 4 };

/**
 * Between events that fit, the one with the most evidence wins, a shared date
 * counting for more than a covering one, and that for more than a rival one:
 * an event that has the passage's very date loses only to one that shares
 * far more with the passage.
 */
const WEIGHT: Record<Relation, number> = { same: 4, covers: 2, differs: 0 };

export interface Match {
  best?: Candidate;
  /** Other events that fit as well (same relation and score). */
  ties: Candidate[];
}

export function matchEvent(date: EventDate, events: readonly TimelineEvent[], evidence: PassageEvidence, wordsOf: (e: TimelineEvent) => ReadonlySet<string>): Match {
  const candidates: Candidate[] = [];
  for (const event of events) {
    let best: { relation: Relation; value: string } | undefined;
    for (const d of eventDates(event)) {
      const relation = relate(date, d.value);
      if (relation && (!best || RANK[relation] < RANK[best.relation])) best = { relation, value: d.text };
    }
    if (!best) continue;
    const s = score(event, evidence, wordsOf(event));
    if (s >= MIN_SCORE[best.relation]) candidates.push({ event, relation: best.relation, value: best.value, score: s });
  }
  const total = (c: Candidate) => WEIGHT[c.relation] + c.score;
  candidates.sort((a, b) => total(b) - total(a) || RANK[a.relation] - RANK[b.relation]);
  const [first, ...rest] = candidates;
  if (!first) return { ties: [] };
  return { best: first, ties: rest.filter((c) => c.relation === first.relation && c.score === first.score) };
}
