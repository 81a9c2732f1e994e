/**
 * Search records come from the model: one per event, source and entity, with
 * site paths (the search page gives Pagefind the path prefix), the language's
 * ISO 639-1 code, and filters that say what the model says.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/index.ts";
import { searchRecords } from "../../src/outputs/search-index.ts";
import { SiteModel } from "../../src/site-model.ts";

const { timeline } = loadTimeline({ FRISE_PATH_PREFIX: "/preview/pr-3/" }, path.resolve("content"));
const site = new SiteModel(timeline);
const records = [...searchRecords(site)];

describe("search records", () => {
  it("cover every event, source and entity once, by site path", () => {
    const urls = records.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.sort()).toEqual([...timeline.events, ...timeline.sources, ...timeline.entities].map((x) => x.path).sort());
    for (const url of urls) expect(url).not.toContain("pr-3");
  });

  it("hold an event's title, its body's text (citations left out) and its date label", () => {
    const event = timeline.events.find((e) => e.id === "2025-04-premieres-consultations-aes-russie-moscou")!;
    const record = records.find((r) => r.url === event.path)!;
    expect(record.language).toBe("fr");
    expect(record.meta.title).toBe(event.title);
    expect(record.meta.date).toMatch(/avril 2025/);
    expect(record.content.startsWith(`${event.title}\n`)).toBe(true);
    expect(record.content).not.toMatch(/\[@|\]\(/);
    expect(record.filters.Type).toEqual(["Événement"]);
    expect(record.filters["Thème"]?.sort()).toEqual(event.topicIds.map((id) => site.entity(id).name).sort());
    expect(record.filters.Personne?.sort()).toEqual(event.participantIds.map((id) => site.entity(id)).filter((e) => e.kind === "person").map((e) => e.name).sort());
  });

  it("hold a source's archived text and an entity's aliases", () => {
    const source = records.find((r) => r.url === "/sources/premiere-session-2025-04/")!;
    expect(source.filters).toEqual({ Type: ["Source"] });
    expect(source.content).toContain("Wagner");
    const person = records.find((r) => r.meta.title === "Abdoulaye Maïga")!;
    expect(person.filters).toEqual({ Type: ["Personne"] });
    expect(person.content).toContain("Abdoulaye Maiga");
  });
});
