/**
 * The site's URL paths, in its interface language: `/evenements/<id>/` in
 * French, `/events/<id>/` in English. Ids are the content's own and never
 * change with the language; only the segments around them do.
 */
import type { EntityKind } from "../content/schema.ts";
import { catalogueFor, interfaceLanguage } from "./index.ts";
import type { PathSegments } from "./catalogue.ts";

export class UrlPaths {
  constructor(readonly segments: PathSegments) {}

  event(id: string): string {
    return `/${this.segments.events}/${id}/`;
  }

  source(id: string): string {
    return `/${this.segments.sources}/${id}/`;
  }

  entity(kind: EntityKind, id: string): string {
    return `/${this.segments.kinds[kind]}/${id}/`;
  }

  /** The index page of a kind of entity. */
  kindIndex(kind: EntityKind): string {
    return `/${this.segments.kinds[kind]}/`;
  }

  /** A year's archive, or the archive of events with no known date. */
  year(year: number | undefined): string {
    return year === undefined ? `/${this.segments.undated}/` : `/${year}/`;
  }

  month(year: number, month: number): string {
    return `/${year}/${String(month).padStart(2, "0")}/`;
  }

  get sources(): string {
    return `/${this.segments.sources}/`;
  }

  get search(): string {
    return `/${this.segments.search}/`;
  }

  /** The whole site's calendar file. */
  get calendar(): string {
    return `/${this.segments.calendar}`;
  }
}

const byLanguage = new Map<string, UrlPaths>();

/** The URL paths of a site language (`fr`, `en-GB`); throws for a language without a catalogue. */
export function urlPaths(tag: string): UrlPaths {
  const language = interfaceLanguage(tag);
  let paths = byLanguage.get(language);
  if (!paths) byLanguage.set(language, (paths = new UrlPaths(catalogueFor(tag).paths)));
  return paths;
}
