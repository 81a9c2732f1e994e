/**
 * The timeline model, built once from validated content: events in order,
 * sources, entities, verified citations (notes and marked passages), links both
 * ways, previous/next, related events, month groups. Every lookup a page needs
 * is an index built here, so rendering never scans a collection.
 */
import type { Token } from "markdown-it";
import type { Diagnostics } from "../content/diagnostics.ts";
import type { LoadedContent } from "../content/load.ts";
import { fieldPosition, type Citation, type EditorNote, type EntityKind, type EntityRecord, type EventRecord, type SourceRecord } from "../content/schema.ts";
import type { SiteSettings } from "../content/site.ts";
import { parseMarkdown, plainText, type MarkdownEnv } from "../render/markdown.ts";
import { resolveClaims, type Resolved } from "./claims.ts";
import { anchorOf, compareEventDates, type EventDate } from "./dates.ts";
import { findLookAlikes, lookAlikeMessage } from "../content/unicode.ts";
import { EntityNames, relatedEvents, resolveRef, resolveRefs } from "./entities.ts";
import { urlPaths, type UrlPaths } from "../i18n/paths.ts";
import { NoteBook, prepareSourceText, type Note, type Passage, type SourceText } from "./notes.ts";
import { unknownSource } from "./suggest.ts";

export type { Note, Passage } from "./notes.ts";

export interface ClaimView {
  text: string;
  value: unknown;
  shown: boolean;
  sources: string[];
  notes: number[];
  /** The entity the value names (place claims). */
  entityId?: string;
}

export interface TimelineSource extends SourceRecord {
  path: string;
  tokens: Token[];
  passages: Passage[];
  /** Ids of the events citing this source, in timeline order. */
  citedBy: string[];
  /** Ids of the entities whose description cites this source. */
  citedByEntities: string[];
}

/** A rendered Markdown body with its numbered notes. */
/** An editors' note on a disagreement, parsed and cited like a body. */
export type EditorNoteBody = Omit<NotedBody, "notes">;

export interface NotedBody {
  tokens: Token[];
  env: MarkdownEnv;
  notes: Note[];
}

export interface TimelineEntity extends Omit<EntityRecord, "body">, NotedBody {
  path: string;
  /** Ids of the events that name it, in timeline order. */
  eventIds: string[];
}

export interface TimelineEvent extends Omit<EventRecord, "date" | "place" | "sources" | "names" | "summary" | "participants" | "topics" | "about">, NotedBody {
  path: string;
  date: Resolved<EventDate>;
  place?: Resolved<string>;
  /** Claims of date and place with their note numbers, for "Les sources divergent". */
  dateClaims: ClaimView[];
  placeClaims: ClaimView[];
  names: { term: string; claims: ClaimView[]; note?: EditorNoteBody }[];
  /** The editors' notes on the date and place disagreements (`note:` beside `claims:`). */
  dateNote?: EditorNoteBody;
  placeNote?: EditorNoteBody;
  sourceIds: string[];
  participantIds: string[];
  topicIds: string[];
  aboutIds: string[];
  /** The place entity of the shown place. */
  placeId?: string;
  /** Every entity the event names (participants, about, topics, every claimed place). */
  entityIds: string[];
  /** The entity the event is chiefly about: first of `about`, else first participant. */
  mainEntityId?: string;
  summary: string;
  previousId?: string;
  nextId?: string;
  /** Previous/next event sharing the main entity. */
  previousSameId?: string;
  nextSameId?: string;
  /** "Sur le même sujet": events sharing the most entities, nearest in time first. */
  relatedIds: string[];
}

export interface MonthGroup {
  /** 1–12, or undefined for events known only to the year. */
  month?: number;
  /** Archive page of the month (none for events known only to the year). */
  path?: string;
  events: string[];
}

export interface YearGroup {
  /** Undefined for events with no known date. */
  year?: number;
  /** Archive page of the year, or of the undated events. */
  path: string;
  months: MonthGroup[];
  count: number;
}

export interface Timeline {
  site: SiteSettings;
  events: TimelineEvent[];
  sources: TimelineSource[];
  entities: TimelineEntity[];
  eventById: Map<string, TimelineEvent>;
  sourceById: Map<string, TimelineSource>;
  entityById: Map<string, TimelineEntity>;
  /** Entities of each kind, by name. */
  entitiesByKind: Map<EntityKind, TimelineEntity[]>;
  years: YearGroup[];
}

type Texts = Map<string, SourceText<TimelineSource>> & { unloaded: ReadonlySet<string> };

// URL paths are in the site's language (src/i18n/paths.ts): `/evenements/<id>/` in French, `/events/<id>/` in English.

const SUMMARY_LIMIT = 200;
/** Marks the sentence `npm run new` writes in an event: valid, but not meant to be published. */
export const TO_WRITE = "À RÉDIGER";
/** How many events "Sur le même sujet" offers (an event page must stay under 20 KB). */
const RELATED = 4;

function summarize(record: EventRecord, tokens: Token[]): string {
  if (record.summary) return record.summary;
  // Citation calls leave no text: close the gap they leave before a full stop or comma.
  const first = (plainText(tokens).split("\n")[0] ?? "").replace(/\s+([.,])/g, "$1").replace(/ {2,}/g, " ");
  if (first.length <= SUMMARY_LIMIT) return first;
  const cut = first.slice(0, SUMMARY_LIMIT);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

function claimViews<T>(claims: Resolved<T>["claims"], shownText: string | undefined, book: NoteBook): ClaimView[] {
  return claims.map((claim) => ({
    text: claim.text,
    value: claim.value,
    shown: claim.text === shownText,
    sources: [...new Set(claim.cites.map((c) => c.source))],
    notes: book.citeAll(claim.cites),
  }));
}

/** Parses a body, checks its citations and numbers its notes. */
function notedBody(body: string, bodyLine: number, file: string, book: NoteBook, diags: Diagnostics): Omit<NotedBody, "notes"> {
  const env: MarkdownEnv = {};
  const tokens = parseMarkdown(body, env);
  for (const invalid of env.invalidCitations ?? []) {
    diags.error({ file, line: bodyLine + invalid.bodyLine, field: "citation", message: `malformed citation ${JSON.stringify(invalid.text)}: expected [@source-id "exact words of the source"]` });
  }
  for (const citation of env.citations ?? []) {
    const cite: Citation = { source: citation.source, quote: citation.quote, file, line: bodyLine + citation.bodyLine };
    const number = book.cite(cite);
    if (number === undefined) continue;
    const note = book.notes[number - 1]!;
    citation.note = number;
    citation.refId = `ref-${number}-${note.refIds.length + 1}`;
    note.refIds.push(citation.refId);
  }
  return { tokens, env };
}

function buildEntity(record: EntityRecord, texts: Texts, paths: UrlPaths, diags: Diagnostics): TimelineEntity {
  const book = new NoteBook({ kind: "entity", id: record.id }, texts, diags);
  const { body, ...rest } = record;
  const noted = notedBody(body, record.bodyLine, record.file, book, diags);
  return { ...rest, ...noted, notes: book.notes, path: paths.entity(record.kind, record.id), eventIds: [] };
}

function buildEvent(record: EventRecord, texts: Texts, names: EntityNames, paths: UrlPaths, diags: Diagnostics): TimelineEvent | undefined {
  const fail = (line: number, field: string, message: string) => diags.error({ file: record.file, line, field, message });
  for (const s of record.sources) {
    if (!texts.has(s.id) && !texts.unloaded.has(s.id)) fail(s.line, "sources", unknownSource(s.id, texts));
  }

  const date = resolveClaims(record.date);
  if (!date.ok) fail(record.date.line, "date", date.error);
  const place = record.place && resolveClaims(record.place);
  if (place && !place.ok) fail(record.place!.line, "place", place.error);

  const where = (field: string) => ({ file: record.file, field });
  const participantIds = resolveRefs(record.participants, names, ["person", "organisation", "country"], where("participants"), diags);
  const topicIds = resolveRefs(record.topics, names, ["topic"], where("topics"), diags);
  const aboutIds = resolveRefs(record.about, names, ["person", "organisation", "country", "place", "topic"], where("about"), diags);

  const book = new NoteBook({ kind: "event", id: record.id, allowedSources: new Set(record.sources.map((s) => s.id)) }, texts, diags);
  const dateClaims = date.ok ? claimViews(date.resolved.claims, date.resolved.text, book) : [];
  const placeClaims = place?.ok ? claimViews(place.resolved.claims, place.resolved.text, book) : [];
  for (const [i, view] of placeClaims.entries()) {
    const claim = record.place!.claims[i]!;
    view.entityId = resolveRef(claim, names, ["place"], where("place"), diags);
  }
  const namingClaims = record.names.map((n) => claimViews(n.claims, undefined, book));
  const noted = notedBody(record.body, record.bodyLine, record.file, book, diags);
  // Editors' notes after the body, so that the body's notes keep their numbers.
  const editorNote = (note: EditorNote | undefined) => (note ? { note: notedBody(note.text, note.line, record.file, book, diags) } : {});
  const dateNote = editorNote(record.date.note).note;
  const placeNote = editorNote(record.place?.note).note;
  const namings = record.names.map((n, i) => ({ term: n.term, claims: namingClaims[i]!, ...editorNote(n.note) }));

  if (!date.ok || (place && !place.ok)) return undefined;
  // A source listed but never cited backs nothing on the page: say so, and do not count it.
  const cited = new Set(book.notes.map((note) => note.sourceId));
  for (const s of record.sources) {
    if (texts.has(s.id) && !cited.has(s.id)) {
      diags.warning({ file: record.file, line: s.line, field: "sources", message: `"${s.id}" is listed but never cited: cite its words in the text or a claim ([@${s.id} "…"]), or remove it from sources` });
    }
  }
  const placeId = placeClaims.find((c) => c.shown)?.entityId;
  const entityIds = [...new Set([...aboutIds, ...participantIds, ...placeClaims.flatMap((c) => (c.entityId ? [c.entityId] : [])), ...topicIds])];
  const { sources, names: _names, summary: _summary, date: _date, place: _place, participants: _p, topics: _t, about: _a, ...rest } = record;
  return {
    ...rest,
    ...noted,
    notes: book.notes,
    path: paths.event(record.id),
    date: date.resolved,
    ...(place?.ok ? { place: place.resolved } : {}),
    dateClaims,
    placeClaims,
    names: namings,
    ...(dateNote ? { dateNote } : {}),
    ...(placeNote ? { placeNote } : {}),
    sourceIds: [...new Set(sources.map((s) => s.id))].filter((id) => cited.has(id)),
    participantIds,
    topicIds,
    aboutIds,
    ...(placeId ? { placeId } : {}),
    entityIds,
    ...(aboutIds[0] ?? participantIds[0] ? { mainEntityId: aboutIds[0] ?? participantIds[0] } : {}),
    summary: summarize(record, noted.tokens),
    relatedIds: [],
  };
}

/**
 * Year and month archives. A month's events need not be consecutive in the
 * timeline: "avant le 1er janvier 1988" sorts before the events known only
 * to the year 1988, which sort before "janvier 1988". Each month is one group
 * all the same (one archive page), holding its events in timeline order; in a
 * year, the events known only to the year come first, then the months in order.
 */
function groupByMonth(events: TimelineEvent[], paths: UrlPaths): YearGroup[] {
  const years = new Map<number | undefined, YearGroup>();
  const months = new Map<string, MonthGroup>();
  for (const event of events) {
    const anchor = anchorOf(event.date.value);
    const year = anchor?.year;
    const month = anchor && anchor.precision !== "year" ? anchor.month : undefined;
    let yearGroup = years.get(year);
    if (!yearGroup) years.set(year, (yearGroup = { year, path: paths.year(year), months: [], count: 0 }));
    let monthGroup = months.get(`${year}-${month}`);
    if (!monthGroup) {
      months.set(`${year}-${month}`, (monthGroup = { month, ...(year !== undefined && month !== undefined ? { path: paths.month(year, month) } : {}), events: [] }));
      yearGroup.months.push(monthGroup);
    }
    monthGroup.events.push(event.id);
    yearGroup.count++;
  }
  for (const yearGroup of years.values()) yearGroup.months.sort((a, b) => (a.month ?? 0) - (b.month ?? 0));
  // Unknown dates sort last in the timeline, so the map's order is the years' order.
  return [...years.values()];
}

/**
 * Two events whose titles look the same but are written with other characters
 * (same UTS #39 skeleton, different text): a warning on one, naming both files.
 * Titles written identically (the same text in NFC) are left alone: a recurring meeting.
 */
function reportLookAlikeTitles(records: readonly EventRecord[], diags: Diagnostics): void {
  const spellings = records.map((record) => ({ owner: record, text: record.title, key: record.title.normalize("NFC") }));
  for (const found of findLookAlikes(spellings)) {
    const record = found.spelling.owner;
    diags.warning({
      file: record.file,
      ...fieldPosition(record, ["title"]),
      field: "title",
      message: lookAlikeMessage(found, found.like.owner.file, "write the title with the same characters, or tell the two events apart in their titles"),
    });
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Entity ↔ event links, prev/next by main entity, related events: one pass over each event's entities. */
function linkEntities(events: TimelineEvent[], entityById: Map<string, TimelineEntity>): void {
  const indexesOf = new Map<string, number[]>();
  events.forEach((event, i) => {
    for (const id of event.entityIds) {
      entityById.get(id)!.eventIds.push(event.id);
      let list = indexesOf.get(id);
      if (!list) indexesOf.set(id, (list = []));
      list.push(i);
    }
  });
  const entitySets = events.map((e) => new Set(e.entityIds));
  const lastByMain = new Map<string, TimelineEvent>();
  events.forEach((event, i) => {
    const main = event.mainEntityId;
    if (main) {
      const previous = lastByMain.get(main);
      if (previous) {
        event.previousSameId = previous.id;
        previous.nextSameId = event.id;
      }
      lastByMain.set(main, event);
    }
    event.relatedIds = relatedEvents(i, event.entityIds, (id) => indexesOf.get(id) ?? [], (j) => entitySets[j]!, RELATED).map((j) => events[j]!.id);
  });
}

export function buildTimeline(content: LoadedContent, diags: Diagnostics): Timeline {
  const unloadedIds = (kind: string) => new Set([...content.unloaded].filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1)));
  const texts: Texts = Object.assign(new Map<string, SourceText<TimelineSource>>(), { unloaded: unloadedIds("source") });
  const paths = urlPaths(content.site.language);
  for (const record of content.sources) {
    const source: TimelineSource = { ...record, path: paths.source(record.id), tokens: [], passages: [], citedBy: [], citedByEntities: [] };
    const text = prepareSourceText(source);
    source.tokens = text.tokens;
    texts.set(record.id, text);
  }

  const eventsUnloaded = unloadedIds("event").size > 0;
  const names = new EntityNames(content.entities, diags, unloadedIds("entity"));
  reportLookAlikeTitles(content.events, diags);
  const entities = content.entities.map((record) => buildEntity(record, texts, paths, diags)).sort(byId);
  const entityById = new Map(entities.map((e) => [e.id, e]));

  const events = content.events
    .map((record) => buildEvent(record, texts, names, paths, diags))
    .filter((e): e is TimelineEvent => e !== undefined)
    .sort((a, b) => compareEventDates(a.date.value, b.date.value) || byId(a, b));

  const sourceById = new Map([...texts].map(([id, t]) => [id, t.source]));
  events.forEach((event, i) => {
    if (i > 0) event.previousId = events[i - 1]!.id;
    if (i + 1 < events.length) event.nextId = events[i + 1]!.id;
    for (const id of event.sourceIds) sourceById.get(id)?.citedBy.push(event.id);
  });
  linkEntities(events, entityById);

  // Events cite in timeline order, then entity descriptions in id order.
  const ownerOrder = new Map([...events.map((e, i) => [`event:${e.id}`, i] as const), ...entities.map((e, i) => [`entity:${e.id}`, events.length + i] as const)]);
  const orderOf = (c: Passage["citedBy"][number]) => ownerOrder.get(`${c.owner}:${c.id}`)!;
  for (const { source } of texts.values()) {
    source.passages.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
    for (const p of source.passages) {
      p.citedBy.sort((a, b) => orderOf(a) - orderOf(b) || a.note - b.note);
      for (const c of p.citedBy) if (c.owner === "entity" && !source.citedByEntities.includes(c.id)) source.citedByEntities.push(c.id);
    }
    if (source.citedBy.length === 0 && !eventsUnloaded) diags.warning({ file: source.file, message: "this source is cited by no event" });
  }
  for (const record of content.events) {
    const [only, ...others] = record.sources;
    if (only && others.length === 0) diags.warning({ file: record.file, line: only.line, field: "sources", message: "this event rests on a single source: add another source that reports it, if one exists" });
    if (record.body.includes(TO_WRITE)) diags.warning({ file: record.file, line: record.bodyLine, field: "body", message: `the scaffold's « ${TO_WRITE} » sentence is still there: write the summary` });
  }
  for (const entity of entities) {
    // Not when an event failed to load: it may be the one that names the entity.
    if (entity.eventIds.length === 0 && !eventsUnloaded) diags.warning({ file: entity.file, message: "no event names this entity" });
  }

  const sources = [...sourceById.values()].sort(
    (a, b) => compareEventDates({ kind: "point", point: a.published }, { kind: "point", point: b.published }) || a.title.localeCompare(b.title, content.site.language),
  );
  const entitiesByKind = new Map<EntityKind, TimelineEntity[]>();
  for (const entity of [...entities].sort((a, b) => a.name.localeCompare(b.name, content.site.language) || byId(a, b))) {
    const list = entitiesByKind.get(entity.kind) ?? [];
    list.push(entity);
    entitiesByKind.set(entity.kind, list);
  }
  const timeline: Timeline = {
    site: content.site,
    events,
    sources,
    entities,
    eventById: new Map(events.map((e) => [e.id, e])),
    sourceById,
    entityById,
    entitiesByKind,
    years: groupByMonth(events, paths),
  };
  builtWith.set(timeline, { texts, names, paths });
  return timeline;
}

/** What `previewEvent` needs from the build that made a timeline. */
const builtWith = new WeakMap<Timeline, { texts: Texts; names: EntityNames; paths: UrlPaths }>();

/** Copies of the texts an event may cite, so that checking its citations leaves the timeline's passages untouched. */
function textsFor(texts: Texts, ids: readonly string[]): Texts {
  const copies: Texts = Object.assign(new Map<string, SourceText<TimelineSource>>(), { unloaded: texts.unloaded });
  for (const id of ids) {
    const text = texts.get(id);
    if (!text) continue;
    const passages = text.source.passages.map((p) => ({ ...p, citedBy: [...p.citedBy] }));
    const byId = new Map(passages.map((p) => [p.id, p]));
    copies.set(id, {
      ...text,
      source: { ...text.source, passages },
      passageByQuote: new Map([...text.passageByQuote].map(([quote, p]) => [quote, byId.get(p.id)!])),
      passageIds: new Set(text.passageIds),
    });
  }
  return copies;
}

/**
 * An edited event rebuilt against the timeline of the last full build, for
 * `npm run dev` to show an edit at once: its fields, body, notes and claims
 * are checked and built as in a full build; its place in the timeline
 * (neighbours, related events) is the previous version's until the full
 * rebuild that follows. Undefined for an event the timeline does not have,
 * or with errors reported to `diags`. The timeline is left unchanged.
 */
export function previewEvent(timeline: Timeline, record: EventRecord, diags: Diagnostics): TimelineEvent | undefined {
  const context = builtWith.get(timeline);
  const previous = timeline.eventById.get(record.id);
  if (!context || !previous) return undefined;
  const event = buildEvent(record, textsFor(context.texts, record.sources.map((s) => s.id)), context.names, context.paths, diags);
  if (!event || diags.hasErrors) return undefined;
  const { previousId, nextId, previousSameId, nextSameId } = previous;
  return {
    ...event,
    ...(previousId ? { previousId } : {}),
    ...(nextId ? { nextId } : {}),
    ...(previousSameId ? { previousSameId } : {}),
    ...(nextSameId ? { nextSameId } : {}),
    relatedIds: previous.relatedIds,
  };
}
