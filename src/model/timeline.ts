/**
 * The timeline model, built once from validated content: events in order,
 * sources, verified citations (notes and marked passages), links both ways,
 * previous/next, month groups. Every lookup a page needs is an index built
 * here, so rendering never scans a collection.
 */
import { createHash } from "node:crypto";
import type { Token } from "markdown-it";
import type { Diagnostics } from "../content/diagnostics.ts";
import type { LoadedContent } from "../content/load.ts";
import type { Citation, EventRecord, SourceRecord } from "../content/schema.ts";
import type { SiteSettings } from "../content/site.ts";
import { parseMarkdown, plainText, textBlocks, type MarkdownEnv } from "../render/markdown.ts";
import { resolveClaims, type Resolved } from "./claims.ts";
import { anchorOf, compareEventDates, type EventDate } from "./dates.ts";
import { findQuote, normalizeQuote, normalizeWithOffsets, type MappedText } from "./quotes.ts";

/** A passage of a source quoted by at least one event. */
export interface Passage {
  /** Fragment id on the source page. */
  id: string;
  /** The quote as first cited (editor's text). */
  quote: string;
  block: number;
  /** Range in the block's plain text. */
  start: number;
  end: number;
  /** Who cites it, in timeline order. */
  citedBy: { eventId: string; note: number }[];
}

/** A numbered note on an event page: one distinct (source, quote) pair. */
export interface Note {
  number: number;
  sourceId: string;
  quote: string;
  passageId: string;
  /** Ids of the calls to this note in the page (for back links). */
  refIds: string[];
}

export interface ClaimView {
  text: string;
  value: unknown;
  shown: boolean;
  sources: string[];
  notes: number[];
}

export interface TimelineSource extends SourceRecord {
  path: string;
  tokens: Token[];
  passages: Passage[];
  /** Ids of the events citing this source, in timeline order. */
  citedBy: string[];
}

export interface TimelineEvent extends Omit<EventRecord, "date" | "place" | "sources" | "names" | "summary"> {
  path: string;
  date: Resolved<EventDate>;
  place?: Resolved<string>;
  /** Claims of date and place with their note numbers, for "Les sources divergent". */
  dateClaims: ClaimView[];
  placeClaims: ClaimView[];
  names: { term: string; claims: ClaimView[] }[];
  sourceIds: string[];
  summary: string;
  tokens: Token[];
  env: MarkdownEnv;
  notes: Note[];
  previousId?: string;
  nextId?: string;
}

export interface MonthGroup {
  /** 1–12, or undefined for events known only to the year. */
  month?: number;
  events: string[];
}

export interface YearGroup {
  /** Undefined for events with no known date. */
  year?: number;
  months: MonthGroup[];
}

export interface Timeline {
  site: SiteSettings;
  events: TimelineEvent[];
  sources: TimelineSource[];
  eventById: Map<string, TimelineEvent>;
  sourceById: Map<string, TimelineSource>;
  years: YearGroup[];
}

interface SourceText {
  source: TimelineSource;
  blocks: MappedText[];
  passageByQuote: Map<string, Passage>;
  passageIds: Set<string>;
}

export const eventPath = (id: string) => `/evenements/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;

function prepareSource(record: SourceRecord): SourceText {
  const tokens = parseMarkdown(record.body, {});
  const blocks = textBlocks(tokens).map((b) => normalizeWithOffsets(b.text));
  const source: TimelineSource = { ...record, path: sourcePath(record.id), tokens, passages: [], citedBy: [] };
  return { source, blocks, passageByQuote: new Map(), passageIds: new Set() };
}

function passageId(sourceId: string, quote: string, taken: Set<string>): string {
  const hash = createHash("sha256").update(`${sourceId}\n${quote}`).digest("hex");
  for (let length = 8; ; length += 4) {
    const id = `passage-${hash.slice(0, length)}`;
    if (!taken.has(id)) return id;
  }
}

const SUMMARY_LIMIT = 200;

function summarize(record: EventRecord, tokens: Token[]): string {
  if (record.summary) return record.summary;
  const first = plainText(tokens).split("\n")[0] ?? "";
  if (first.length <= SUMMARY_LIMIT) return first;
  const cut = first.slice(0, SUMMARY_LIMIT);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** Assigns note numbers for one event and ties each note to a marked passage. */
class NoteBook {
  readonly notes: Note[] = [];
  private readonly byKey = new Map<string, Note>();

  constructor(
    private readonly event: EventRecord,
    private readonly texts: Map<string, SourceText>,
    private readonly diags: Diagnostics,
  ) {}

  /** Returns the note number, or undefined (with an error reported) when the citation does not hold. */
  cite(citation: Citation): number | undefined {
    const { event, diags } = this;
    const report = (message: string) => diags.error({ file: citation.file, line: citation.line, field: "citation", message });
    const text = this.texts.get(citation.source);
    if (!text) return void report(`unknown source "${citation.source}": expected the id of a file in sources/`);
    if (!event.sources.some((s) => s.id === citation.source)) {
      return void report(`source "${citation.source}" is cited but not listed in \`sources:\`: add it there`);
    }
    const quote = normalizeQuote(citation.quote);
    const key = `${citation.source}\n${quote}`;
    const existing = this.byKey.get(key);
    if (existing) return existing.number;

    let passage = text.passageByQuote.get(quote);
    if (!passage) {
      const found = findQuote(
        text.blocks.map((b) => b.text),
        quote,
      );
      if (!found.found) return void report(`quote not found in source "${citation.source}" (${text.source.file}): "${citation.quote}": ${found.hint}`);
      const offsets = text.blocks[found.block]!.offsets;
      passage = {
        id: passageId(citation.source, quote, text.passageIds),
        quote: citation.quote,
        block: found.block,
        start: offsets[found.start]!,
        end: offsets[found.end - 1]! + 1,
        citedBy: [],
      };
      text.passageIds.add(passage.id);
      text.passageByQuote.set(quote, passage);
      text.source.passages.push(passage);
    }
    const note: Note = { number: this.notes.length + 1, sourceId: citation.source, quote: citation.quote, passageId: passage.id, refIds: [] };
    passage.citedBy.push({ eventId: event.id, note: note.number });
    this.notes.push(note);
    this.byKey.set(key, note);
    return note.number;
  }
}

function claimViews<T>(resolved: Resolved<T>, book: NoteBook): ClaimView[] {
  return resolved.claims.map((claim) => ({
    text: claim.text,
    value: claim.value,
    shown: claim.text === resolved.text,
    sources: [...new Set(claim.cites.map((c) => c.source))],
    notes: claim.cites.map((c) => book.cite(c)).filter((n): n is number => n !== undefined),
  }));
}

function buildEvent(record: EventRecord, texts: Map<string, SourceText>, diags: Diagnostics): TimelineEvent | undefined {
  const fail = (line: number, field: string, message: string) => diags.error({ file: record.file, line, field, message });
  for (const s of record.sources) {
    if (!texts.has(s.id)) fail(s.line, "sources", `unknown source "${s.id}": expected the id of a file in sources/ (without .md)`);
  }

  const date = resolveClaims(record.date);
  if (!date.ok) fail(record.date.line, "date", date.error);
  const place = record.place && resolveClaims(record.place);
  if (place && !place.ok) fail(record.place!.line, "place", place.error);

  const book = new NoteBook(record, texts, diags);
  const dateClaims = date.ok ? claimViews(date.resolved, book) : [];
  const placeClaims = place?.ok ? claimViews(place.resolved, book) : [];
  const names = record.names.map((n) => {
    const views = n.claims.map((claim) => ({
      text: claim.text,
      value: claim.value,
      shown: false,
      sources: [...new Set(claim.cites.map((c) => c.source))],
      notes: claim.cites.map((c) => book.cite(c)).filter((x): x is number => x !== undefined),
    }));
    return { term: n.term, claims: views };
  });

  const env: MarkdownEnv = {};
  const tokens = parseMarkdown(record.body, env);
  for (const invalid of env.invalidCitations ?? []) {
    fail(record.bodyLine + invalid.bodyLine, "citation", `malformed citation ${JSON.stringify(invalid.text)}: expected [@source-id "exact words of the source"]`);
  }
  for (const citation of env.citations ?? []) {
    const number = book.cite({ source: citation.source, quote: citation.quote, file: record.file, line: record.bodyLine + citation.bodyLine });
    if (number === undefined) continue;
    const note = book.notes[number - 1]!;
    citation.note = number;
    citation.refId = `ref-${number}-${note.refIds.length + 1}`;
    note.refIds.push(citation.refId);
  }

  if (!date.ok || (place && !place.ok)) return undefined;
  const { sources, names: _names, summary: _summary, date: _date, place: _place, ...rest } = record;
  return {
    ...rest,
    path: eventPath(record.id),
    date: date.resolved,
    ...(place?.ok ? { place: place.resolved } : {}),
    dateClaims,
    placeClaims,
    names,
    sourceIds: sources.map((s) => s.id),
    summary: summarize(record, tokens),
    tokens,
    env,
    notes: book.notes,
  };
}

function groupByMonth(events: TimelineEvent[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const anchor = anchorOf(event.date.value);
    const year = anchor?.year;
    const month = anchor && anchor.precision !== "year" ? anchor.month : undefined;
    let yearGroup = years.at(-1);
    if (!yearGroup || yearGroup.year !== year) years.push((yearGroup = { year, months: [] }));
    let monthGroup = yearGroup.months.at(-1);
    if (!monthGroup || monthGroup.month !== month) yearGroup.months.push((monthGroup = { month, events: [] }));
    monthGroup.events.push(event.id);
  }
  return years;
}

export function buildTimeline(content: LoadedContent, diags: Diagnostics): Timeline {
  const texts = new Map<string, SourceText>();
  for (const record of content.sources) texts.set(record.id, prepareSource(record));

  const events = content.events
    .map((record) => buildEvent(record, texts, diags))
    .filter((e): e is TimelineEvent => e !== undefined)
    .sort((a, b) => compareEventDates(a.date.value, b.date.value) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const sourceById = new Map([...texts].map(([id, t]) => [id, t.source]));
  events.forEach((event, i) => {
    if (i > 0) event.previousId = events[i - 1]!.id;
    if (i + 1 < events.length) event.nextId = events[i + 1]!.id;
    for (const id of event.sourceIds) sourceById.get(id)?.citedBy.push(event.id);
  });

  const order = new Map(events.map((e, i) => [e.id, i]));
  for (const text of texts.values()) {
    const { source } = text;
    source.passages.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
    for (const p of source.passages) p.citedBy.sort((a, b) => order.get(a.eventId)! - order.get(b.eventId)! || a.note - b.note);
    if (source.citedBy.length === 0) diags.warning({ file: source.file, message: "this source is cited by no event" });
  }
  for (const event of events) {
    if (event.sourceIds.length === 1) diags.warning({ file: event.file, field: "sources", message: "this event rests on a single source" });
  }

  const sources = [...sourceById.values()].sort(
    (a, b) => compareEventDates({ kind: "point", point: a.published }, { kind: "point", point: b.published }) || a.title.localeCompare(b.title, "fr"),
  );
  return { site: content.site, events, sources, eventById: new Map(events.map((e) => [e.id, e])), sourceById, years: groupByMonth(events) };
}
