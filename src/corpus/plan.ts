/**
 * The facts of a synthetic corpus, decided before any text is written: when
 * each event happened and in which date shape, who took part, where, which
 * sources report it, and where those sources disagree (date, place, names).
 */
import { type CorpusEntity, type EntitySet } from "./entities.ts";
import { compareDays, dateForm, disputedForms, pickShape, spreadDays, addDays, type DateForm, type Day } from "./dates.ts";
import { Random, Skewed } from "./random.ts";
import { EVENT_KINDS, STATEMENTS, OUTLETS, type EventKind } from "./words.ts";

/** A field some sources disagree on: the value each reporting source gives (by position in `sources`). */
export interface Dispute<T> {
  values: T[];
  /** `bySource[k]` is the index in `values` given by the k-th source of the event. */
  bySource: number[];
  /** Index of the editor's choice, when the editors made one. */
  preferred?: number;
}

export interface EventPlan {
  index: number;
  kind: EventKind;
  day: Day;
  /** The undisputed date, or the date shown when disputed. */
  date: DateForm;
  dateDispute?: Dispute<DateForm>;
  a: CorpusEntity;
  b?: CorpusEntity;
  participants: CorpusEntity[];
  about: CorpusEntity[];
  topics: CorpusEntity[];
  place?: CorpusEntity;
  placeDispute?: Dispute<CorpusEntity>;
  /** An organisation the sources name differently. */
  naming?: { org: CorpusEntity; dispute: Dispute<string> };
  speaker: CorpusEntity;
  statement: string;
  /** Indexes of the reporting sources; the first is the main one. */
  sources: number[];
}

export interface SourcePlan {
  index: number;
  outlet: string;
  /** Events reported, in time order. */
  events: number[];
  published: Day;
}

export interface CorpusPlan {
  events: EventPlan[];
  sources: SourcePlan[];
}

/** Years covered: more for larger timelines (8 at 1,000 events, 25 at 10,000). */
export function yearsFor(events: number): number {
  return Math.max(3, Math.min(40, Math.round(Math.sqrt(events) / 4)));
}

export const LAST_YEAR = 2025;

const NEEDS_B: ReadonlySet<EventKind> = new Set(["meeting", "agreement", "summit"]);

/** Shown value of a dispute: the editor's choice, else the value given by the most sources. */
export function shownIndex<T>(d: Dispute<T>): number {
  if (d.preferred !== undefined) return d.preferred;
  const counts = d.values.map((_, i) => d.bySource.filter((v) => v === i).length);
  return counts.indexOf(Math.max(...counts));
}

/** Spreads `values` over `sourceCount` sources (at least two distinct), with a choice when the count ties. */
function dispute<T>(random: Random, values: T[], sourceCount: number): Dispute<T> {
  const bySource = [0, 1];
  for (let k = 2; k < sourceCount; k++) bySource.push(random.int(0, Math.min(values.length, k + 1) - 1));
  const used = [...new Set(bySource)].sort((x, y) => x - y);
  const kept = used.map((i) => values[i]!);
  const remapped = bySource.map((v) => used.indexOf(v));
  const counts = kept.map((_, i) => remapped.filter((v) => v === i).length);
  const best = Math.max(...counts);
  const tie = counts.filter((c) => c === best).length > 1;
  const d: Dispute<T> = { values: kept, bySource: remapped };
  if (tie || random.chance(0.3)) d.preferred = random.int(0, kept.length - 1);
  return d;
}

function sourceCount(random: Random): number {
  const r = random.next();
  return r < 0.12 ? 1 : r < 0.62 ? 2 : 3;
}

export function planCorpus(random: Random, entities: EntitySet, eventCount: number): CorpusPlan {
  const { person, organisation, country, place, topic } = entities.byKind;
  const pickers = {
    person: new Skewed(person.length),
    organisation: new Skewed(organisation.length),
    country: new Skewed(country.length, 1.1),
    place: new Skewed(place.length),
    topic: new Skewed(topic.length, 0.7),
  };
  const draw = (kind: keyof typeof pickers, list: CorpusEntity[]) => list[pickers[kind].index(random)]!;
  const actor = () => (random.chance(0.7) ? draw("person", person) : draw("organisation", organisation));
  const distinct = (make: () => CorpusEntity, count: number): CorpusEntity[] => {
    const out: CorpusEntity[] = [];
    for (let guard = 0; out.length < count && guard < 50; guard++) {
      const e = make();
      if (!out.includes(e)) out.push(e);
    }
    return out;
  };

  const days = spreadDays(random, eventCount, yearsFor(eventCount), LAST_YEAR);
  const sourceTotal = Math.max(1, Math.round(eventCount / 5));
  const sources: SourcePlan[] = Array.from({ length: sourceTotal }, (_, index) => ({ index, outlet: "", events: [], published: days[0]! }));
  const outlets = new Skewed(OUTLETS.length, 0.8);
  for (const s of sources) s.outlet = OUTLETS[outlets.index(random)]!;

  const events: EventPlan[] = days.map((day, index) => {
    const kind = random.pick(EVENT_KINDS);
    const [a, b] = distinct(actor, 2) as [CorpusEntity, CorpusEntity];
    const withB = NEEDS_B.has(kind) || random.chance(0.3);
    const participants = withB ? [a, b] : [a];
    if (random.chance(0.2)) participants.push(...distinct(() => draw("person", person), 1).filter((p) => !participants.includes(p)));
    const about = distinct(() => draw("country", country), random.int(1, 2));
    if (random.chance(0.25)) about.push(...distinct(() => draw("organisation", organisation), 1).filter((o) => !participants.includes(o)));
    const topics = distinct(() => draw("topic", topic), random.int(1, 3));
    const speaker = participants.find((p) => p.kind === "person") ?? draw("person", person);
    if (!participants.includes(speaker)) participants.push(speaker);

    const primary = Math.floor((index * sourceTotal) / eventCount);
    // Follow-up reporting comes later; only the last sources look back.
    const later = [primary + 1, primary + 2, primary - 1, primary - 2].filter((s) => s >= 0 && s < sourceTotal);
    const eventSources = [primary, ...later.slice(0, sourceCount(random) - 1)];

    const shape = pickShape(random);
    let date = dateForm(shape, day, random);
    let dateDispute: Dispute<DateForm> | undefined;
    if (eventSources.length > 1 && random.chance(0.06)) {
      dateDispute = dispute(random, disputedForms(day, random), eventSources.length);
      date = dateDispute.values[shownIndex(dateDispute)]!;
    }
    const eventPlace = random.chance(0.85) ? draw("place", place) : undefined;
    let placeDispute: Dispute<CorpusEntity> | undefined;
    if (eventPlace && eventSources.length > 1 && random.chance(0.03)) {
      const other = distinct(() => draw("place", place), 2).find((p) => p !== eventPlace);
      if (other) placeDispute = dispute(random, [eventPlace, other], eventSources.length);
    }
    let naming: EventPlan["naming"];
    const org = [...participants, ...about].find((e) => e.kind === "organisation");
    if (org?.variants && eventSources.length > 1 && random.chance(0.08)) {
      naming = { org, dispute: dispute(random, [org.name, ...org.variants], eventSources.length) };
    }
    return {
      index,
      kind,
      day,
      date,
      ...(dateDispute ? { dateDispute } : {}),
      a,
      ...(withB ? { b } : {}),
      participants,
      about,
      topics,
      ...(eventPlace ? { place: placeDispute ? placeDispute.values[shownIndex(placeDispute)]! : eventPlace } : {}),
      ...(placeDispute ? { placeDispute } : {}),
      ...(naming ? { naming } : {}),
      speaker,
      statement: random.pick(STATEMENTS),
      sources: eventSources,
    };
  });

  coverEveryEntity(entities, events);
  for (const event of events) {
    for (const s of event.sources) sources[s]!.events.push(event.index);
  }
  for (const source of sources) {
    const latest = source.events.map((i) => latestDay(events[i]!)).sort(compareDays).at(-1)!;
    source.published = addDays(latest, random.int(0, 2));
  }
  return { events, sources };
}

function latestDay(event: EventPlan): Day {
  const forms = event.dateDispute ? event.dateDispute.values : [event.date];
  return forms.map((f) => f.latest).sort(compareDays).at(-1)!;
}

/** Every entity is named by at least one event (frise warns about the others). */
function coverEveryEntity(entities: EntitySet, events: EventPlan[]): void {
  const used = new Set<CorpusEntity>();
  for (const e of events) {
    for (const x of [...e.participants, ...e.about, ...e.topics, e.speaker]) used.add(x);
    if (e.place) used.add(e.place);
    for (const p of e.placeDispute?.values ?? []) used.add(p);
  }
  const unused = entities.all.filter((e) => !used.has(e));
  unused.forEach((entity, k) => {
    const event = events[(k * 7919 + 13) % events.length]!;
    if (entity.kind === "topic") event.topics.push(entity);
    else event.about.push(entity);
  });
}
