/**
 * Full-text search: Pagefind indexes the model's text (offline, French
 * stemming) and writes its index and client under `/pagefind/`.
 *
 * Records come from the model, not from the written HTML: reading back 13,000
 * pages took Pagefind about 30 s and 1.5 GB at 10,000 events. Records also let
 * the index start while Eleventy is still writing pages, Pagefind working in
 * its own process on another core.
 *
 * Pagefind runs in a child process (search-process.mjs) that this module
 * watches: any error, panic or early exit of the indexer rejects with one
 * line, and its raw output never reaches the terminal unless FRISE_DEBUG is set.
 */
import { fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
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

/**
 * Indexes the model's records and writes the index under `siteDir`. Pagefind
 * starts at once, in its own process: a caller that does not await at once
 * (the build) lets it work while Eleventy writes the pages. Rejects, with one
 * line saying why, when the indexer fails in any way.
 */
export function writeSearchIndex(site: SiteModel, siteDir: string): Promise<{ records: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(INDEXER, [], { stdio: ["ignore", "pipe", "pipe", "ipc"], serialization: "advanced", execArgv: [] });
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
    let batch: SearchRecord[] = [];
    const sendBatch = () => {
      if (batch.length) child.send({ type: "records", records: batch });
      batch = [];
    };
    try {
      for (const record of searchRecords(site)) {
        batch.push(record);
        if (batch.length === BATCH) sendBatch();
      }
      sendBatch();
      child.send({ type: "write", outputPath: path.join(siteDir, SEARCH_FOLDER) });
    } catch (error) {
      child.kill();
      reject(error);
    }
  });
}
