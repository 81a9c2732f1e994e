/**
 * `npm run extract`'s core: for one source of a loaded timeline, every dated
 * statement and what to do with it. Walks the source's text blocks (the
 * paragraphs the quote checker searches) sentence by sentence; finds the
 * dates (find-dates.ts) or, in a sentence with none, an announced undated
 * event (announced.ts); quotes the sentence or clause verbatim (quote.ts) and
 * verifies the quote with the project's own quote finder; names the
 * entities (entities.ts); and matches the passage to an event (match.ts).
 * Reads only: nothing here writes a file.
 */
import type { Token } from "markdown-it";
import type { EventDate } from "../model/dates.ts";
import { prepareSourceText } from "../model/notes.ts";
import { normalizeQuote } from "../model/quotes.ts";
import type { Timeline, TimelineEvent, TimelineSource } from "../model/timeline.ts";
import { textBlocks } from "../render/markdown.ts";
import { announcement } from "./announced.ts";
import { edtf, pointWindow } from "./calendar.ts";
import { claimsBlock, type Cite } from "./claims-block.ts";
import { EntityFinder } from "./entities.ts";
import { findDates, type DateMention } from "./find-dates.ts";
import { keywords, matchEvent, type Relation } from "./match.ts";
import { quoteRange } from "./quote.ts";
import { anchorReference, publishedReference, type Reference } from "./reference.ts";
import { sentences } from "./sentences.ts";
import { tenseOf } from "./tense.ts";
import type { Lang } from "./words.ts";

export type ProposalKind = "new-event" | "cite" | "claim";

export interface Proposal {
  /** The source's id. */
  source: string;
  /** Its file, and the line of the words that gave the date. */
  file: string;
  line: number;
  /** The words that gave the date. */
  phrase: string;
  /** EDTF. */
  date: string;
  /** The source's own words around the date, verbatim: a citation the check accepts. */
  quote: string;
  /** Ids of the people, places, organisations and countries the sentence names. */
  entities: string[];
  /** Ids of the topics it names. */
  topics: string[];
  /** Capitalised names that match no entity. */
  candidates: string[];
  proposal: ProposalKind;
  /** The event, for `cite` and `claim`. */
  event?: string;
  /** How the date stands to the event's (for `cite` and `claim`), and which of its values. */
  relation?: Relation;
  eventDate?: string;
  /** Other events that fit as well. */
  alsoFits?: string[];
  /** The citation to paste: `[@source "quote"]`. */
  citation: string;
  /** For `claim`: the event's `date:` block with the new value, ready to paste. */
  claims?: string;
  /** For `cite` and `claim`: the event does not list the source in `sources:` yet. */
  addSource?: boolean;
  /** How a relative date was resolved. */
  resolvedFrom?: string;
  /** Why the date contradicts its own wording, if it does. */
  flags: string[];
  /** The rule that read the date (`chrono-fr`/`chrono-en`: chrono-node). */
  rule: string;
}

export interface ExtractOptions {
  /**
   * Whether an event that already cites the source, or this very passage,
   * gets credit for it when matching (default true: an editor's earlier work
   * is evidence). The evaluation on the seeds turns it off, since their
   * events were written from these very sources.
   */
  useExistingCitations?: boolean;
}

export function languageOf(source: TimelineSource): Lang {
  return source.language.toLowerCase().startsWith("en") ? "en" : "fr";
}

/** Per timeline: the entity finder and each event's keywords, made once. */
const caches = new WeakMap<Timeline, { finder: EntityFinder; words: Map<string, Set<string>> }>();

function cacheFor(timeline: Timeline) {
  let cache = caches.get(timeline);
  if (!cache) caches.set(timeline, (cache = { finder: new EntityFinder(timeline.entities), words: new Map() }));
  return cache;
}

/** The file line of each block's first line (table cells have none of their own: the row before's). */
function blockLines(tokens: Token[], source: TimelineSource): number[] {
  let last = 0;
  return textBlocks(tokens).map((block) => {
    const map = tokens[block.token]?.map;
    if (map) last = map[0];
    return source.bodyLine + last;
  });
}

/** A day the article reports in the past tense, within its publication month or year: the article's own "now". */
function anchorDay(mention: DateMention, published: Reference): string | undefined {
  if (mention.relative) return undefined;
  const date = edtf(mention.date);
  const point = date.kind === "point" ? date.point : date.kind === "range" ? date.end : undefined;
  if (!point || point.precision !== "day") return undefined;
  const day = pointWindow(point).first;
  return day >= published.first && day <= published.last ? day : undefined;
}

function resolvedFrom(ref: Reference): string {
  return ref.basis === "anchor"
    ? `counted from ${ref.text}, the day the article reports ("${ref.phrase}"), its publication day being unknown`
    : `counted from the publication date, ${ref.text}`;
}

export function extractFromSource(timeline: Timeline, sourceId: string, options: ExtractOptions = {}): Proposal[] {
  const source = timeline.sourceById.get(sourceId);
  if (!source) throw new Error(`unknown source "${sourceId}"`);
  const useExisting = options.useExistingCitations ?? true;
  const { finder: entityFinder, words } = cacheFor(timeline);
  const wordsOf = (e: TimelineEvent) => {
    let w = words.get(e.id);
    if (!w) words.set(e.id, (w = keywords(`${e.title} ${e.summary}`)));
    return w;
  };
  const text = prepareSourceText(source);
  const lines = blockLines(text.tokens, source);
  const lang = languageOf(source);
  const published = publishedReference(source.published);
  let anchor: Reference | undefined;
  const proposals: Proposal[] = [];

  text.blocks.forEach((block, b) => {
    const paragraphEntities = [...new Set(entityFinder.find(block).map((h) => h.id))];
    for (const sentence of sentences(block)) {
      const sentenceText = block.slice(sentence.start, sentence.end);
      const tense = tenseOf(sentenceText, lang);
      const ref = published.precision !== "day" && anchor ? anchor : published;
      let mentions: DateMention[] = findDates(sentenceText, { lang, ref, published, tense });
      if (mentions.length === 0) {
        const announced = announcement(sentenceText, lang, ref);
        if (announced) mentions = [{ ...announced, rule: `${lang}-announced`, relative: true, flags: [] }];
      }
      const hits = entityFinder.find(sentenceText);
      const entities = [...new Set(hits.filter((h) => h.kind !== "topic").map((h) => h.id))];
      const topics = [...new Set(hits.filter((h) => h.kind === "topic").map((h) => h.id))];
      const candidates = entityFinder.candidates(sentenceText, hits);
      for (const mention of mentions) {
        const focus = { start: sentence.start + mention.start, end: sentence.start + mention.end };
        const range = quoteRange(block, sentence, focus);
        const quote = block.slice(range.start, range.end);
        const check = text.finder.find(normalizeQuote(quote));
        if (!check.found || quote.includes('"')) throw new Error(`internal error: the quote ${JSON.stringify(quote)} would not pass the quote check (${check.found ? "straight quotation mark" : check.hint})`);
        const citedBy = new Set(
          source.passages.filter((p) => p.block === b && p.start < range.end && range.start < p.end).flatMap((p) => p.citedBy.filter((c) => c.owner === "event").map((c) => c.id)),
        );
        const value: EventDate = edtf(mention.date);
        const match = matchEvent(value, timeline.events, { entities, context: paragraphEntities, words: keywords(sentenceText), sourceId, useExistingCitations: useExisting, citedBy }, wordsOf);
        const best = match.best;
        const kind: ProposalKind = !best ? "new-event" : best.relation === "differs" ? "claim" : "cite";
        const cite: Cite = { source: sourceId, quote };
        const proposal: Proposal = {
          source: sourceId,
          file: source.file,
          line: lines[b]! + (block.slice(0, focus.start).match(/\n/g)?.length ?? 0),
          phrase: mention.phrase,
          date: mention.date,
          quote,
          entities,
          topics,
          candidates,
          proposal: kind,
          citation: `[@${sourceId} ${JSON.stringify(quote)}]`,
          flags: mention.flags,
          rule: mention.rule,
          ...(mention.relative ? { resolvedFrom: resolvedFrom(ref) } : {}),
        };
        if (best) {
          proposal.event = best.event.id;
          proposal.relation = best.relation;
          proposal.eventDate = best.value;
          if (match.ties.length > 0) proposal.alsoFits = match.ties.map((c) => c.event.id);
          if (!best.event.sourceIds.includes(sourceId)) proposal.addSource = true;
          if (kind === "claim") proposal.claims = claimsBlock(best.event, mention.date, cite, (v) => citationGiving(timeline, best.event, v));
        }
        proposals.push(proposal);
      }
      for (const mention of mentions) {
        if (tense !== "past" || published.precision === "day") continue;
        const day = anchorDay(mention, published);
        if (day && (!anchor || day > anchor.first)) anchor = anchorReference(day, mention.phrase);
      }
    }
  });
  return proposals;
}

/** One of the event's own citations whose quote gives `value` (read with the same rules), for a claims block. */
function citationGiving(timeline: Timeline, event: TimelineEvent, value: string): Cite | undefined {
  for (const note of event.notes) {
    const source = timeline.sourceById.get(note.sourceId);
    if (!source) continue;
    const published = publishedReference(source.published);
    const lang = languageOf(source);
    const found = findDates(note.quote, { lang, ref: published, published, tense: tenseOf(note.quote, lang) });
    if (found.some((m) => m.date === value)) return { source: note.sourceId, quote: note.quote };
  }
  return undefined;
}
