/**
 * Full-text search: Pagefind indexes the model's text (offline, with the
 * stemming of the site's language: "consultation" finds "consultations") and
 * writes its index and client under `/pagefind/`. Filters are named in the
 * site's language (`Type`, `Thème` / `Topic`…).
 *
 * A source in another language than the site's is indexed in its own language
 * (a French article on an English site, with French stemming). Pagefind keeps
 * one index per language and a page searches the index of its `<html lang>`:
 * each other language gets its own bundle, `/pagefind-fr/`, which the search
 * page merges into the search (layouts/assets/search.js). A site whose sources
 * are all in its language writes `/pagefind/` only.
 *
 * Records come from the model, not from the written HTML: reading back 13,000
 * pages took Pagefind about 30 s and 1.5 GB at 10,000 events. Records also let
 * the index start while Eleventy is still writing pages, Pagefind working in
 * its own process on another core.
 *
 * Pagefind runs in a child process (search-process.mjs) that this module
 * watches: any error, panic or early exit of the indexer rejects with one
 * line, and its raw output never reaches the terminal unless FRISE_DEBUG is set.
 * There is one such process per bundle, working side by side.
 */
import { fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { interfaceLanguage } from "../i18n/index.ts";
import type { TimelineEntity, TimelineEvent, TimelineSource } from "../model/timeline.ts";
import { plainText } from "../render/markdown.ts";
import type { SiteModel } from "../site-model.ts";

export const SEARCH_FOLDER = "pagefind";

/** The bundle of the records in `language` other than the site's: `pagefind-fr`. */
export const otherSearchFolder = (language: string) => `${SEARCH_FOLDER}-${language}`;

/** One searchable page: what Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
  /** Site path, without the path prefix (the search page gives Pagefind its base URL). */
  url: string;
  content: string;
  /** Pagefind's stemmer and index: an ISO 639-1 code (the site's, or a source's own). */
  language: string;
  /** `title` for the result's link, `date` for events; `lang` for a source in another language than the site's. */
  meta: Record<string, string>;
  /** `Type` (Événement, Source or the kind of entity), and for events the entities they name, by kind; named in the site's language. */
  filters: Record<string, string[]>;
}

function lines(...parts: (string | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== "").join("\n");
}

function eventRecord(site: SiteModel, event: TimelineEvent, language: string): SearchRecord {
  const { t } = site;
  const filters: Record<string, string[]> = { [t.search.type]: [t.nouns.event] };
  const named = [...(event.placeId ? [event.placeId] : []), ...event.participantIds, ...event.aboutIds, ...event.topicIds];
  for (const id of new Set(named)) {
    const entity = site.entity(id);
    (filters[t.kinds[entity.kind].singular] ??= []).push(entity.name);
  }
  const date = site.formatDate(event.date.value).text;
  return { url: event.path, content: lines(event.title, plainText(event.tokens)), language, meta: { title: event.title, date }, filters };
}

/** A source in its own language: its text is the article's, its title too unless the editors wrote it. */
function sourceRecord(site: SiteModel, source: TimelineSource): SearchRecord {
  const lang = site.langOf(source.language);
  return {
    url: source.path,
    content: lines(source.title, source.outlet, source.author, plainText(source.tokens)),
    language: interfaceLanguage(source.language),
    meta: { title: source.title, ...(lang && !source.titleSupplied ? { lang } : {}) },
    filters: { [site.t.search.type]: [site.t.nouns.source] },
  };
}

function entityRecord(site: SiteModel, entity: TimelineEntity, language: string): SearchRecord {
  return {
    url: entity.path,
    content: lines(entity.name, ...entity.aliases, plainText(entity.tokens)),
    language,
    meta: { title: entity.name },
    filters: { [site.t.search.type]: [site.t.kinds[entity.kind].singular] },
  };
}

/** Every page worth finding: events, sources, entities (their first page). */
export function* searchRecords(site: SiteModel): Generator<SearchRecord> {
  // Pagefind picks its stemmer from an ISO 639-1 code: "fr" from "fr" or "fr-FR".
  const language = interfaceLanguage(site.language);
  for (const event of site.events) yield eventRecord(site, event, language);
  for (const source of site.sources) yield sourceRecord(site, source);
  for (const entity of site.entities) yield entityRecord(site, entity, language);
}

const INDEXER = fileURLToPath(new URL("./search-process.mjs", import.meta.url));
/** Records per IPC message: large enough to be cheap, small enough to start indexing early. */
const BATCH = 500;
/** The tail of the indexer's standard error kept to explain a failure. */
const STDERR_KEPT = 64 * 1024;

/** The line that says why the indexer failed: Rust's panic message, or its last words. */
function reasonFrom(stderr: string): string | undefined {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const panic = lines.findIndex((l) => /panicked at/.test(l));
  if (panic !== -1) return `it crashed: ${lines[panic + 1] ?? lines[panic]}`;
  return lines.at(-1);
}

/** One Pagefind process, writing one bundle: records go in, then `finish` writes the bundle. */
interface Indexer {
  add(record: SearchRecord): void;
  finish(): void;
  kill(): void;
  /** Settles when the process has ended: with the number of records written, or with why it failed. */
  done: Promise<{ records: number }>;
}

function startIndexer(outputPath: string): Indexer {
  const child = fork(INDEXER, [], { stdio: ["ignore", "pipe", "pipe", "ipc"], serialization: "advanced", execArgv: [] });
  const done = new Promise<{ records: number }>((resolve, reject) => {
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-STDERR_KEPT);
    };
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    let result: { records: number } | undefined;
    let reported: string | undefined;
    child.on("message", (message: { type: string; records?: number; message?: string }) => {
      if (message.type === "done") result = { records: message.records ?? 0 };
      else if (message.type === "error") reported = message.message;
    });
    child.on("error", (error) => reject(new Error(`search index (Pagefind) could not start: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (process.env.FRISE_DEBUG && output) process.stderr.write(output);
      if (code === 0 && result) return resolve(result);
      const why = reported ?? reasonFrom(output) ?? (signal ? `it was stopped by ${signal}` : `it exited with code ${code} before writing the index`);
      reject(new Error(`search index (Pagefind) failed: ${why}`));
    });
  });
  let batch: SearchRecord[] = [];
  const sendBatch = () => {
    if (batch.length) child.send({ type: "records", records: batch });
    batch = [];
  };
  return {
    add(record) {
      batch.push(record);
      if (batch.length === BATCH) sendBatch();
    },
    finish() {
      sendBatch();
      child.send({ type: "write", outputPath });
    },
    kill: () => child.kill(),
    done,
  };
}

/**
 * Indexes the model's records and writes the index under `siteDir`: the site's
 * language in `pagefind/`, each other language of the sources in its own
 * `pagefind-<language>/`. Pagefind starts at once, in its own processes: a
 * caller that does not await at once (the build) lets it work while Eleventy
 * writes the pages. Rejects, with one line saying why, when an indexer fails
 * in any way.
 */
export function writeSearchIndex(site: SiteModel, siteDir: string): Promise<{ records: number }> {
  const own = interfaceLanguage(site.language);
  const indexers = new Map<string, Indexer>();
  const indexerFor = (language: string) => {
    let indexer = indexers.get(language);
    if (!indexer) {
      const folder = language === own ? SEARCH_FOLDER : otherSearchFolder(language);
      indexers.set(language, (indexer = startIndexer(path.join(siteDir, folder))));
    }
    return indexer;
  };
  indexerFor(own);
  try {
    for (const record of searchRecords(site)) indexerFor(record.language).add(record);
    for (const indexer of indexers.values()) indexer.finish();
  } catch (error) {
    for (const indexer of indexers.values()) {
      indexer.kill();
      indexer.done.catch(() => {});
    }
    return Promise.reject(error);
  }
  const all = [...indexers.values()].map((indexer) => indexer.done);
  // Every process is waited for, so that none is still writing when the caller moves on.
  return Promise.allSettled(all).then((results) => {
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    return { records: results.reduce((n, r) => n + (r as PromiseFulfilledResult<{ records: number }>).value.records, 0) };
  });
}
