/**
 * The shape of an interface catalogue: every word the site writes around the
 * content — navigation, headings, labels, dates, URL segments, fragment ids,
 * the search page's messages, feeds and calendars. One file per language
 * (`fr.ts`, `en.ts`) holds a `Catalogue`; the type system makes them have the
 * same keys, and tests/unit/i18n.test.ts checks it again at run time, with
 * the placeholders of every template.
 *
 * Three kinds of values:
 * - plain strings;
 * - templates with named placeholders, `"Événements voisins concernant {name}"`:
 *   the code fills `{name}` (see fill.ts), so a translation may move it;
 *   every placeholder of a template must be kept;
 * - functions of numbers, for what depends on a count (plurals: "1 source",
 *   "3 sources"), and the date words (`DateWords`).
 *
 * Typography: write typographic apostrophes and quotation marks (’ « » “ ”),
 * as the content does; a straight `'` costs five bytes in HTML.
 */
import type { EntityKind } from "../content/schema.ts";

/** Twelve names, January first. */
export type MonthNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/**
 * How dates are written (src/render/format-date.ts). The formatter composes
 * these pieces; it never calls luxon or Intl per label.
 */
export interface DateWords {
  /** Month names as written inside a sentence: "avril", "April". */
  months: MonthNames;
  /** Short month names for the time axis ticks: "avr.", "Apr". */
  shortMonths: MonthNames;
  /** A day of the month as written before the month's name: "1er" in French, "1" in English. */
  day: (day: number) => string;
  /** A month (its name, or a day and a month from `dayMonth`) and a year: "avril 2025", "1er avril 2025". */
  monthYear: (month: string, year: number) => string;
  /** A day (as `day` writes it) and a month's name: "1er avril", "1 April". */
  dayMonth: (day: string, month: string) => string;
  /** Before an approximate date: "vers " ("vers septembre 2025"), "circa ". */
  approximate: string;
  /** Before a day after `approximate`, `before` or `after`: "le " ("avant le 24 septembre"); "" in English. */
  article: string;
  /** After an uncertain date: " (date incertaine)". */
  uncertain: string;
  /** Before the end of an open-start date: "avant ". */
  before: string;
  /** Before the start of an open-end date: "après ". */
  after: string;
  /** After an open-end date (announced, not yet dated): " (date à préciser)". */
  openEnd: string;
  /** An unknown date, inside a sentence: "date à préciser". */
  unknown: string;
}

/** URL path segments (`/evenements/<id>/`): plain lowercase ASCII letters, digits and hyphens. */
export interface PathSegments {
  events: string;
  sources: string;
  search: string;
  /** The archive of events with no known date. */
  undated: string;
  /** One segment per kind of entity: its index page and, below it, its entities' pages. */
  kinds: Record<EntityKind, string>;
  /** File name of the whole site's calendar: `calendrier.ics`. */
  calendar: string;
}

/** Fragment identifiers (`#contenu`) and form field names: plain lowercase ASCII, hyphens. */
export interface Ids {
  /** The main content, target of the skip link. */
  content: string;
  notes: string;
  disagreements: string;
  related: string;
  summary: string;
  sources: string;
  /** An entity page's list of events. */
  events: string;
  /** An entity page's description. */
  description: string;
  citedBy: string;
  passages: string;
  archivedText: string;
  archives: string;
  /** Prefix of a year's heading id on the home page, before the year: "annee-" → "annee-2025". */
  year: string;
  /** The heading id of the events with no known date on the home page. */
  undatedYear: string;
  /** Prefix of a month's heading id on a year page, before the month's number. */
  month: string;
  /** A year page's events known only to the year. */
  yearOnly: string;
  /** The search page's "browse without searching" section. */
  browse: string;
  /** The home page's list of outputs (feeds, calendar, data), linked from every footer. */
  outputs: string;
  timeAxis: string;
  /** The search form's topic filter: its id and the URL parameter (`?theme=`). */
  topicField: string;
}

/**
 * A message in each CLDR plural category the language uses (`Intl.PluralRules`):
 * French and English need `one` and `other`, Polish `one`, `few`, `many` and `other`.
 */
export type PluralForms = { other: string } & Partial<Record<"zero" | "one" | "two" | "few" | "many", string>>;

/** Names of one kind of entity. */
export interface KindNames {
  singular: string;
  plural: string;
}

export interface Catalogue {
  /** The BCP 47 primary language subtag this catalogue is for: `fr`, `en`. */
  language: string;
  /** The region assumed when site.yml gives none, for Open Graph's `og:locale` (`fr` → `fr_FR`, `en` → `en_GB`). */
  region: string;
  /** A label followed by its value: "Date : " in French, "Date: " in English (`colon("Date")`). */
  colon: (label: string) => string;
  /** Quotation marks around a quoted name: `« {text} »`, `“{text}”`. */
  quote: string;
  paths: PathSegments;
  ids: Ids;
  dates: DateWords;
  kinds: Record<EntityKind, KindNames>;
  /** What a page is, above its title, and the search's result types. */
  nouns: { event: string; source: string };
  counts: {
    events: (n: number) => string;
    sources: (n: number) => string;
    /** On the sources index: "1 événement la cite". */
    citingEvents: (n: number) => string;
  };
  /** The page shell: skip link, header, navigation, breadcrumbs, footer. */
  shell: {
    skipLink: string;
    mainNav: string;
    breadcrumbs: string;
    timeline: string;
    sources: string;
    search: string;
    footer: string;
  };
  /** Feeds, calendar and data, as the head and the footers name them. */
  outputs: {
    /** `title` of the feeds' `<link rel="alternate">`. */
    atomTitle: string;
    jsonFeedTitle: string;
    /** The footer of every page but the home page. */
    followLink: string;
    /** The home page's list: its accessible name, then its lead-in. */
    follow: string;
    followLead: string;
    atom: string;
    jsonFeed: string;
    calendar: string;
    data: string;
    timelineJs: string;
  };
  archives: {
    heading: string;
    /** The group, archive page and heading of events with no known date. */
    undated: string;
    /** Events known only to the year: "Au cours de 2025". */
    duringYear: (year: number) => string;
    /** The `<h2>` (visually hidden) over an undated archive's list. */
    events: string;
    /** A year page's description; {label} is the year. */
    yearDescription: string;
    monthDescription: string;
    neighbourMonths: string;
  };
  home: {
    /** "12 événements, 5 sources.": {events} and {sources} are `counts`. */
    counts: string;
    latest: (n: number) => string;
  };
  entry: {
    disputedDate: string;
    disputedPlace: string;
  };
  notes: {
    heading: string;
    /** The call to a note in the text: its accessible name. */
    call: (n: number) => string;
    backToText: string;
    backToCall: (n: number) => string;
  };
  event: {
    date: string;
    place: string;
    placeUnknown: string;
    participants: string;
    about: string;
    topics: string;
    calendar: string;
    addToCalendar: string;
    disputedBadge: string;
    summary: string;
    sources: string;
    disagreements: string;
    /** "Le site affiche {basis}." */
    shows: string;
    basisEditor: string;
    basisMajority: string;
    shownValue: string;
    /** Before the sources of a claim: "— selon Média A, Média B". */
    according: string;
    namesHeading: string;
    namesText: string;
    /** Before the editors' note on a disagreement (`note:` beside `claims:`). */
    editorNote: string;
    previous: string;
    next: string;
    previousAbout: string;
    nextAbout: string;
    neighbours: string;
    neighboursAbout: string;
    related: string;
    /** The unknown source of a `sourceLine`. */
    unknownOutlet: string;
  };
  entity: {
    listPages: string;
    alsoWritten: string;
    description: string;
    events: (n: number) => string;
    /** " — 201 à 400": the events of one page of a long list. */
    range: (from: number, to: number) => string;
    noEvents: string;
    pageTitle: string;
    pageDescription: string;
    indexDescription: string;
  };
  source: {
    outlet: string;
    outletUnknown: string;
    author: string;
    published: string;
    language: string;
    originalUrl: string;
    citedBy: string;
    notCited: string;
    alsoCitedIn: string;
    passages: string;
    quotedBy: string;
    noteNumber: (n: number) => string;
    titleSupplied: string;
    archivedText: string;
    description: string;
    indexLede: string;
    indexDescription: string;
  };
  search: {
    title: string;
    description: string;
    words: string;
    /** The type filter: its label, and the Pagefind filter of every record. */
    type: string;
    all: string;
    submit: string;
    browse: string;
    browseText: string;
    browseTimeline: string;
    browseSources: string;
    /** The client's messages (layouts/assets/search.js): {query}, {count}, {shown}, {more}. */
    searching: string;
    noResults: string;
    /** "3 résultats pour « {query} »{more}.": one template per plural category of the language. */
    results: PluralForms;
    truncated: string;
    failed: string;
  };
  notFound: {
    title: string;
    text: string;
    links: string;
    home: string;
    sources: string;
    description: string;
  };
  timeAxis: {
    label: string;
    marksCaption: string;
    monthBarsCaption: string;
    yearBarsCaption: string;
    undated: (n: number) => string;
    /** A bar's name: "{label} : {count}". */
    bar: string;
  };
  /** After a date or a place on which the sources disagree, in plain text. */
  disputed: string;
  timelineJs: {
    disputed: string;
    readMore: string;
  };
}
