/**
 * Full-text search: Pagefind indexes the model's text (offline, French
 * stemming) and writes its index and client under `/pagefind/`.
 *
 * Records come from the model, not from the written HTML: reading back 13,000
 * pages took Pagefind about 30 s and 1.5 GB at 10,000 events. Records also let
 * the index start while Eleventy is still writing pages, Pagefind working in
 * its own process on another core.
 */
import path from "node:path";
import * as pagefind from "pagefind";
import { KINDS } from "../model/entities.ts";
import type { TimelineEntity, TimelineEvent, TimelineSource } from "../model/timeline.ts";
import { formatEventDate } from "../render/format-date.ts";
import { plainText } from "../render/markdown.ts";
import type { SiteModel } from "../site-model.ts";

export const SEARCH_FOLDER = "pagefind";

/** One searchable page: what Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  /** Site path, without the path prefix (the search page gives Pagefind its base URL). */
  url: string;
  content: string;
  language: string;
  /** `title` for the result's link, `date` for events. */
  meta: Record<string, string>;
  /** `Type` (Événement, Source or the kind of entity), and for events the entities they name, by kind. */
  filters: Record<string, string[]>;
}

function lines(...parts: (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== "").join("\n");
}

function eventRecord(site: SiteModel, event: TimelineEvent, language: string): SearchRecord {
  const filters: Record<string, string[]> = { Type: ["Événement"] };
  const named = [...(event.placeId ? [event.placeId] : []), ...event.participantIds, ...event.aboutIds, ...event.topicIds];
  for (const id of new Set(named)) {
    const entity = site.entity(id);
    (filters[KINDS[entity.kind].singular] ??= []).push(entity.name);
  }
  const date = formatEventDate(event.date.value).text;
  return { url: event.path, content: lines(event.title, plainText(event.tokens)), language, meta: { title: event.title, date }, filters };
}

function sourceRecord(source: TimelineSource, language: string): SearchRecord {
  return {
    url: source.path,
    content: lines(source.title, source.outlet, source.author, plainText(source.tokens)),
    language,
    meta: { title: source.title },
    filters: { Type: ["Source"] },
  };
}

function entityRecord(entity: TimelineEntity, language: string): SearchRecord {
  return {
    url: entity.path,
    content: lines(entity.name, ...entity.aliases, plainText(entity.tokens)),
    language,
    meta: { title: entity.name },
    filters: { Type: [KINDS[entity.kind].singular] },
  };
}

/** Every page worth finding: events, sources, entities (their first page). */
export function* searchRecords(site: SiteModel): Generator<SearchRecord> {
  // Pagefind picks its stemmer from an ISO 639-1 code: "fr" from "fr" or "fr-FR".
  const language = site.settings.language.split("-")[0]!.toLowerCase();
  for (const event of site.events) yield eventRecord(site, event, language);
  for (const source of site.sources) yield sourceRecord(source, language);
  for (const entity of site.entities) yield entityRecord(entity, language);
}

/**
 * Indexes the model's records and writes the index under `siteDir`. Pagefind
 * starts at once, in its own process: a caller that does not await at once
 * (the build) lets it work while Eleventy writes the pages.
 */
export async function writeSearchIndex(site: SiteModel, siteDir: string): Promise<{ records: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`search index: ${errors.join("; ")}`);
    const added = await Promise.all([...searchRecords(site)].map((record) => index.addCustomRecord(record)));
    const failed = added.flatMap((r) => r.errors);
    if (failed.length) throw new Error(`search index: ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, SEARCH_FOLDER) });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join("; ")}`);
    return { records: added.length };
  } finally {
    await pagefind.close();
  }
}
