/**
 * The site's data files — calendars, timeline.json, timelinejs.json — written
 * straight from the model, after Eleventy has written the pages. They are not
 * pages: no layout, no data cascade. Sent through Eleventy's page pipeline,
 * the 10,000 calendar files of a 10,000-event timeline cost about 5 s and
 * their text stayed in memory until the end of the build.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "../site-model.ts";
import { eventCalendar, eventCalendarPath, isInCalendar, siteCalendar } from "./calendar.ts";
import { TIMELINE_JSON_PATH, timelineJsonText } from "./timeline-json.ts";
import { TIMELINEJS_PATH, timelineJs } from "./timelinejs.ts";

/** How many files are written at once. */
const PARALLEL_WRITES = 64;

/** A file's text, whole or in pieces (written as they come, for files too large to hold as one string). */
type Text = string | Iterable<string>;

/** Every data file, as [site path, text], produced one at a time (a large timeline's files are not all held in memory). */
function* dataFiles(site: SiteModel): Generator<[string, Text]> {
  yield [site.paths.calendar, siteCalendar(site)];
  yield [TIMELINE_JSON_PATH, withNewline(timelineJsonText(site))];
  yield [TIMELINEJS_PATH, `${JSON.stringify(timelineJs(site))}\n`];
  for (const event of site.timeline.events) if (isInCalendar(event)) yield [eventCalendarPath(event), eventCalendar(site, event)];
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield "\n";
}

/** Pieces joined into writes of about 64 K characters. */
function* batched(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let batch = "";
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= size) {
      yield batch;
      batch = "";
    }
  }
  if (batch) yield batch;
}

/** Writes every data file under `outputDir`; returns how many. */
export async function writeDataFiles(site: SiteModel, outputDir: string): Promise<number> {
  const files = dataFiles(site);
  const folders = new Map<string, Promise<unknown>>();
  let count = 0;
  const worker = async () => {
    for (let next = files.next(); !next.done; next = files.next()) {
      const [sitePath, text] = next.value;
      const file = path.join(outputDir, ...sitePath.split("/"));
      const dir = path.dirname(file);
      if (!folders.has(dir)) folders.set(dir, fs.mkdir(dir, { recursive: true }));
      await folders.get(dir);
      await fs.writeFile(file, typeof text === "string" ? text : batched(text));
      count++;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
  return count;
}
