/**
 * `npm run dev`'s quick preview of edited events: the page it writes is the
 * page a full build writes for the same content (when the edit leaves the
 * event's place in the timeline alone), it is written only for edited events
 * that pass their checks, and it leaves the last good timeline as it was.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writePreviews } from "../../src/cli/dev-preview.ts";
import { loadTimeline } from "../../src/index.ts";
import { SiteModel } from "../../src/site-model.ts";
import { buildInto, ROOT, tempDir } from "../helpers/site.ts";

const EVENT = "2025-04-01-annonce-premieres-consultations-aes-russie";
const QUOTE_EVENT = "2025-04-premieres-consultations-aes-russie-moscou";

describe("npm run dev's preview of an edited event", () => {
  let content: string;
  let site: SiteModel;
  let before: string;
  const file = (id: string) => path.join(content, "events", `${id}.md`);
  const edit = (id: string, change: (text: string) => string) => fs.writeFileSync(file(id), change(fs.readFileSync(file(id), "utf8")));

  beforeAll(() => {
    content = path.join(tempDir("preview"), "content");
    fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
    site = new SiteModel(loadTimeline({}, content).timeline);
    before = JSON.stringify(site.sources.map((s) => s.passages));
  });

  it("writes the page a full build writes, when the edit keeps the event's place", async () => {
    // New words, and a new citation of a passage no event cited before.
    edit(QUOTE_EVENT, (text) => `${text.trimEnd()}\n\nUne phrase ajoutée pendant l’édition [@bamada-2025-04 "l’affirmation de sa souveraineté"].\n`);
    const out = tempDir("preview-out");
    expect(writePreviews(site, content, out, [file(QUOTE_EVENT)])).toEqual([`/evenements/${QUOTE_EVENT}/`]);
    const preview = fs.readFileSync(path.join(out, "evenements", QUOTE_EVENT, "index.html"), "utf8");
    expect(preview).toContain("Une phrase ajoutée pendant l’édition");

    const full = await buildInto({ FRISE_CONTENT: content });
    expect(preview).toBe(fs.readFileSync(path.join(full, "evenements", QUOTE_EVENT, "index.html"), "utf8"));
    expect(fs.readdirSync(out)).toEqual(["evenements"]);
  }, 120_000);

  it("leaves the last good timeline untouched", () => {
    expect(JSON.stringify(site.sources.map((s) => s.passages))).toBe(before);
    expect(site.event(QUOTE_EVENT).notes.length).toBe(loadTimeline({}, path.join(ROOT, "content")).timeline.eventById.get(QUOTE_EVENT)!.notes.length);
  });

  it("writes nothing for an edit that fails its checks, a new event, or an edit beside other files", () => {
    const out = tempDir("preview-none");
    edit(EVENT, (text) => text.replace(/^date: .*$/m, "date: 2025-02-30"));
    expect(writePreviews(site, content, out, [file(EVENT)])).toEqual([]);
    edit(EVENT, (text) => `${text.replace(/^date: .*$/m, "date: 2025-04-01").trimEnd()}\n\nCitation inventée [@nouveau-chapitre-2025-04 "des mots absents de la source"].\n`);
    expect(writePreviews(site, content, out, [file(EVENT)])).toEqual([]);

    fs.copyFileSync(file(QUOTE_EVENT), file("2025-12-31-nouvel-evenement"));
    expect(writePreviews(site, content, out, [file("2025-12-31-nouvel-evenement")])).toEqual([]);
    expect(writePreviews(site, content, out, [file(QUOTE_EVENT), path.join(content, "sources", "bamada-2025-04.md")])).toEqual([]);
    expect(writePreviews(site, content, out, [])).toEqual([]);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
