/**
 * Search records come from the model: one per event, source and entity, with
 * site paths (the search page gives Pagefind the path prefix), the language's
 * ISO 639-1 code, and filters that say what the model says, named in the site's
 * language. A source in another language than the site's is indexed in its own.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/index.ts";
import { searchRecords } from "../../src/outputs/search-index.ts";
import { SiteModel } from "../../src/site-model.ts";
import { ENGLISH_FIXTURE } from "../helpers/site.ts";

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

describe("search records of the English site", () => {
  const english = new SiteModel(loadTimeline({}, ENGLISH_FIXTURE).timeline);
  const all = [...searchRecords(english)];
  const byUrl = (url: string) => all.find((r) => r.url === url)!;

  it("are in English, filters and dates included", () => {
    const signed = byUrl("/events/2025-04-03-water-accord-signed/");
    expect(signed.language).toBe("en");
    expect(signed.meta.date).toBe("3–4 April 2025");
    expect(signed.filters).toEqual({
      Type: ["Event"],
      Place: ["Lakeport", "Villeneuve-sur-Lac"],
      Person: ["Maria Keane", "Jean Dufour"],
      Organisation: ["Lakeport Water Board"],
      Topic: ["Water supply", "Town twinning"],
    });
    expect(byUrl("/people/jean-dufour/")).toMatchObject({ language: "en", filters: { Type: ["Person"] } });
  });

  it("index a French source in French, marked for the result list; English sources in the site's language", () => {
    expect(byUrl("/sources/le-courrier-du-lac-2025-04-02/")).toMatchObject({ language: "fr", meta: { lang: "fr" }, filters: { Type: ["Source"] } });
    expect(byUrl("/sources/lakeport-herald-2025-03-28/").language).toBe("en");
    expect(byUrl("/sources/lakeport-herald-2025-03-28/").meta.lang).toBeUndefined();
    // en-GB on an en site: the same index, nothing to mark; its title is the editors' anyway.
    expect(byUrl("/sources/water-board-notice-2025/")).toMatchObject({ language: "en", meta: { title: "Notice on the survey of the pipeline route" } });
    expect(byUrl("/sources/water-board-notice-2025/").meta.lang).toBeUndefined();
    expect(english.otherSourceLanguages).toEqual(["fr"]);
    expect(site.otherSourceLanguages).toEqual([]);
  });
});
