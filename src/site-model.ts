/**
 * What templates receive: the timeline plus the few helpers every page needs
 * (links under the path prefix, absolute URLs, lookups by id) and the
 * interface in the site's language: its catalogue (`t`), its URL paths and its
 * dates. A class, not a plain object, so Eleventy passes it by reference
 * instead of merging it into every page's data.
 */
import { ENTITY_KINDS, type EntityKind } from "./content/schema.ts";
import { catalogueFor, interfaceLanguage, type Catalogue } from "./i18n/index.ts";
import { urlPaths, type UrlPaths } from "./i18n/paths.ts";
import type { EventDate } from "./model/dates.ts";
import { ENTITY_PAGE_SIZE, entityPageCount, entityPagePath } from "./model/entities.ts";
import type { MonthGroup, Timeline, TimelineEntity, TimelineEvent, TimelineSource, YearGroup } from "./model/timeline.ts";
import { formatEventDate, formatMonthHeading, type DateLabel } from "./render/format-date.ts";

/** One page of an entity's event list. */
export interface EntityPage {
  entity: TimelineEntity;
  /** 1-based. */
  page: number;
  pages: number;
  path: string;
  eventIds: string[];
}

export class SiteModel {
  private readonly archives = new Map<string, { year: YearGroup; month?: MonthGroup }>();
  /** The interface's words in the site's language (src/i18n/). */
  readonly t: Catalogue;
  /** The site's URL paths, in its language. */
  readonly paths: UrlPaths;

  constructor(readonly timeline: Timeline) {
    this.t = catalogueFor(timeline.site.language);
    this.paths = urlPaths(timeline.site.language);
    for (const year of timeline.years) {
      for (const month of year.months) for (const id of month.events) this.archives.set(id, { year, ...(month.path ? { month } : {}) });
    }
  }

  /** The year (and month) archive an event is listed in. */
  archiveOf(eventId: string): { year: YearGroup; month?: MonthGroup } {
    const archive = this.archives.get(eventId);
    if (!archive) throw new Error(`no event "${eventId}" in the archives`);
    return archive;
  }

  /** The year/month groups restricted to the latest `count` events. */
  latestGroups(count: number): YearGroup[] {
    const keep = new Set(this.timeline.events.slice(-count).map((e) => e.id));
    return this.timeline.years
      .map((year) => ({ ...year, months: year.months.map((m) => ({ ...m, events: m.events.filter((id) => keep.has(id)) })).filter((m) => m.events.length) }))
      .filter((year) => year.months.length);
  }

  private entityPageList?: EntityPage[];

  /** Every page of every entity (long lists are split), for pagination. */
  get entityPages(): EntityPage[] {
    this.entityPageList ??= this.timeline.entities.flatMap((entity) => {
      const pages = entityPageCount(entity.eventIds.length);
      return Array.from({ length: pages }, (_, i) => ({
        entity,
        page: i + 1,
        pages,
        path: entityPagePath(entity.path, i + 1),
        eventIds: entity.eventIds.slice(i * ENTITY_PAGE_SIZE, (i + 1) * ENTITY_PAGE_SIZE),
      }));
    });
    return this.entityPageList;
  }

  private monthList?: { year: YearGroup; month: MonthGroup }[];

  /** Month archives, flattened, for pagination (built once: each month page reads its neighbours here). */
  get months(): { year: YearGroup; month: MonthGroup }[] {
    this.monthList ??= this.timeline.years.flatMap((year) => year.months.filter((m) => m.path).map((month) => ({ year, month })));
    return this.monthList;
  }

  get settings() {
    return this.timeline.site;
  }

  /** The site's language tag, as site.yml gives it (`fr`, `en-GB`): `<html lang>`, feeds, calendars. */
  get language(): string {
    return this.timeline.site.language;
  }

  /** A date as the site writes it. */
  formatDate(date: EventDate): DateLabel {
    return formatEventDate(date, this.language);
  }

  /** "avril 2025": a month's name and year. */
  monthHeading(year: number, month: number): string {
    return formatMonthHeading(year, month, this.language);
  }

  /**
   * The `lang` of text in another language than the site's (a source's title,
   * text and quotes), or undefined when it is in the site's language: a French
   * quote on an English page is marked, a French quote on a French page is not.
   * Regions do not count: an `en` source on an `en-GB` site is in its language.
   */
  langOf(language: string): string | undefined {
    return interfaceLanguage(language) === interfaceLanguage(this.language) ? undefined : language;
  }

  /** The source languages other than the site's, as primary subtags, sorted: each has its own search index. */
  get otherSourceLanguages(): string[] {
    const own = interfaceLanguage(this.language);
    return [...new Set(this.timeline.sources.map((s) => interfaceLanguage(s.language)))].filter((l) => l !== own).sort();
  }

  get events(): TimelineEvent[] {
    return this.timeline.events;
  }

  get sources(): TimelineSource[] {
    return this.timeline.sources;
  }

  get entities(): TimelineEntity[] {
    return this.timeline.entities;
  }

  /** The kinds that have at least one entity, in display order. */
  get kinds(): EntityKind[] {
    return ENTITY_KINDS.filter((kind) => this.timeline.entitiesByKind.has(kind));
  }

  entitiesOf(kind: EntityKind): TimelineEntity[] {
    return this.timeline.entitiesByKind.get(kind) ?? [];
  }

  /** A site path (`/evenements/x/`, `/events/x/`) as a link under the path prefix. */
  href(path: string): string {
    return this.settings.pathPrefix + path.replace(/^\//, "");
  }

  /**
   * A site path as an absolute URL. A path prefix other than `/` is the site's path on the
   * base URL's host (a preview under `/frise/pr-7/`); with `/`, the base URL is the site's root.
   */
  absoluteUrl(path: string): string {
    const { baseUrl, pathPrefix } = this.settings;
    const root = pathPrefix === "/" ? baseUrl : new URL(pathPrefix, baseUrl).href;
    return new URL(path.replace(/^\//, ""), root).href;
  }

  event(id: string): TimelineEvent {
    const event = this.timeline.eventById.get(id);
    if (!event) throw new Error(`no event "${id}" in the model`);
    return event;
  }

  entity(id: string): TimelineEntity {
    const entity = this.timeline.entityById.get(id);
    if (!entity) throw new Error(`no entity "${id}" in the model`);
    return entity;
  }

  source(id: string): TimelineSource {
    const source = this.timeline.sourceById.get(id);
    if (!source) throw new Error(`no source "${id}" in the model`);
    return source;
  }
}

let cached: { key: string; model: SiteModel } | undefined;

/**
 * The model for a build, loaded once per content folder and environment. The CLI
 * loads it first (to report content errors before Eleventy starts) and Eleventy's
 * config then receives the same instance; `forgetSiteModel` makes the next build reload.
 */
export function siteModelFor(key: string, load: () => Timeline): SiteModel {
  if (cached?.key !== key) cached = { key, model: new SiteModel(load()) };
  return cached.model;
}

export function forgetSiteModel(): void {
  cached = undefined;
}
