/**
 * The real content built by the real CLI, read back with a real HTML parser:
 * every event and source has a page, links go both ways and all resolve, the
 * path prefix is honoured, time zones change nothing, bad content changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/index.ts";
import { attr, brokenLinks, buildInto, listFiles, readSite, runCli, tempDir, textOf, type ParsedPage } from "../helpers/site.ts";

const { timeline } = loadTimeline({}, path.resolve("content"));
let site: string;
let pages: Map<string, ParsedPage>;

beforeAll(async () => {
  site = await buildInto();
  pages = readSite(site);
});

const pageOf = (p: string) => {
  const page = pages.get(p.replace(/^\//, "") + "index.html");
  if (!page) throw new Error(`no page for ${p}`);
  return page;
};
const hrefs = (page: ParsedPage) => page.links.filter((l) => l.tag === "a").map((l) => l.value);

describe("the built site", () => {
  it("has a page for every event and every source, plus home, sources index and 404", () => {
    const files = listFiles(site);
    for (const e of timeline.events) expect(files).toContain(`evenements/${e.id}/index.html`);
    for (const s of timeline.sources) expect(files).toContain(`sources/${s.id}/index.html`);
    expect(files).toEqual(expect.arrayContaining(["index.html", "sources/index.html", "404.html", "assets/style.css"]));
    expect(timeline.events.length).toBeGreaterThanOrEqual(7);
    expect(timeline.sources.length).toBe(5);
  });

  it("lists every event on the home page, in chronological order", () => {
    const home = pageOf("/");
    // The entries' title links (the time axis above links the same events).
    const order = home.elements
      .filter((el) => el.tagName === "a" && attr(el.parentNode as typeof el, "class") === "entry-title")
      .map((el) => attr(el, "href"));
    expect(order).toEqual(timeline.events.map((e) => e.path));
  });

  it("links each event to its sources and each source back to the events citing it", () => {
    for (const event of timeline.events) {
      const links = hrefs(pageOf(event.path));
      for (const id of event.sourceIds) {
        expect(links).toContain(`/sources/${id}/`);
        expect(hrefs(pageOf(`/sources/${id}/`))).toContain(event.path);
      }
    }
  });

  it("links every note to a marked passage of its source", () => {
    let notes = 0;
    for (const event of timeline.events) {
      const page = pageOf(event.path);
      for (const note of event.notes) {
        notes++;
        const item = page.elements.find((el) => attr(el, "id") === `note-${note.number}`);
        expect(item, `${event.id} note ${note.number}`).toBeDefined();
        const source = pageOf(`/sources/${note.sourceId}/`);
        // The target is a <mark>, or an anchor at the start of one when two passages start together.
        const target = source.elements.find((el) => attr(el, "id") === note.passageId);
        expect(target, `${note.sourceId}#${note.passageId}`).toBeDefined();
        const marked = target!.tagName === "mark" || (target!.parentNode as typeof target)?.tagName === "mark";
        expect(marked, `${note.sourceId}#${note.passageId} is marked`).toBe(true);
        expect(hrefs(page)).toContain(`/sources/${note.sourceId}/#${note.passageId}`);
      }
    }
    expect(notes).toBeGreaterThan(50);
  });

  it("has no broken internal link or fragment", () => {
    expect(brokenLinks(site, "/", pages)).toEqual([]);
  });

  it("is French, dated with valid <time datetime>, and loads nothing from elsewhere", () => {
    for (const page of pages.values()) {
      const htmlEl = page.elements.find((el) => el.tagName === "html")!;
      expect(attr(htmlEl, "lang"), page.file).toBe("fr");
      // Reading needs no script: the only one is the search page's enhancement, a file of the site.
      const scripts = page.elements.filter((el) => el.tagName === "script" && attr(el, "type") !== "application/ld+json");
      if (page.file === "recherche/index.html") expect(scripts.map((s) => attr(s, "src"))).toEqual(["/assets/search.js"]);
      else expect(scripts, page.file).toEqual([]);
      for (const el of page.elements.filter((e) => e.tagName === "time")) {
        expect(attr(el, "datetime"), page.file).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
      for (const link of page.links) {
        const external = /^(https?:)?\/\//.test(link.value);
        if (external) expect(link.tag === "a" || (link.tag === "link" && link.value.startsWith("https://example.org/")), `${page.file}: ${link.value}`).toBe(true);
      }
    }
  });

  it("links every event to its entities and every entity page back to its events, in order", () => {
    expect(timeline.entities.length).toBeGreaterThanOrEqual(15);
    for (const event of timeline.events) {
      const links = hrefs(pageOf(event.path));
      expect(event.entityIds.length, event.id).toBeGreaterThan(0);
      for (const id of event.entityIds) expect(links, `${event.id} → ${id}`).toContain(timeline.entityById.get(id)!.path);
    }
    for (const entity of timeline.entities) {
      const page = pageOf(entity.path);
      const listed = hrefs(page).filter((h) => h.startsWith("/evenements/"));
      expect(listed, entity.id).toEqual(entity.eventIds.map((id) => timeline.eventById.get(id)!.path));
      expect(hrefs(pageOf(`/${entity.path.split("/")[1]}/`)), entity.id).toContain(entity.path);
    }
    const lavrov = timeline.entities.find((e) => e.aliases.includes("Sergei Lavrov"))!;
    expect(lavrov.eventIds.length).toBeGreaterThanOrEqual(2);
  });

  it("offers related events and neighbours sharing the main entity on event pages", () => {
    const moscow = timeline.events.find((e) => e.id === "2025-04-premieres-consultations-aes-russie-moscou")!;
    expect(moscow.mainEntityId).toBe("aes");
    const page = pageOf(moscow.path);
    const text = textOf(page.elements.find((el) => el.tagName === "body")!).replace(/\s+/g, " ");
    expect(text).toContain("Sur le même sujet");
    for (const id of moscow.relatedIds) expect(hrefs(page)).toContain(timeline.eventById.get(id)!.path);
    expect(moscow.relatedIds).not.toContain(moscow.id);
    // Its neighbours in time are also about the AES: no second navigation repeats them.
    expect(moscow.previousSameId).toBe(moscow.previousId);
    expect(text).not.toContain("Précédent concernant AES");

    // The embassy meeting's next event in time is about Mali; the next about the AES comes in September.
    const embassy = timeline.events.find((e) => e.id === "2025-04-04-rencontre-communaute-aes-ambassade-moscou")!;
    expect(embassy.nextSameId).not.toBe(embassy.nextId);
    const embassyPage = pageOf(embassy.path);
    const nav = embassyPage.elements.find((el) => attr(el, "class") === "neighbours neighbours--entity")!;
    expect(textOf(nav).replace(/\s+/g, " ")).toContain("Suivant concernant AES");
    expect(hrefs(embassyPage)).toContain(timeline.eventById.get(embassy.nextSameId!)!.path);
  });

  it("has year and month archives and breadcrumbs down to them", () => {
    for (const year of timeline.years) {
      const yearPage = pageOf(year.path);
      for (const month of year.months) {
        if (!month.path) continue;
        expect(hrefs(yearPage)).toContain(month.path);
        expect(hrefs(pageOf(month.path))).toEqual(expect.arrayContaining(month.events.map((id) => timeline.eventById.get(id)!.path)));
      }
    }
    const first = pageOf(timeline.events[0]!.path);
    const crumbs = first.elements.find((el) => attr(el, "class") === "breadcrumbs")!;
    const items = first.elements.filter((el) => el.tagName === "li" && (el.parentNode as typeof el | null)?.parentNode === crumbs).map((el) => textOf(el).trim());
    expect(items).toEqual(["Chronologie", "2025", "avril 2025", timeline.events[0]!.title]);
  });

  it("shows the Moscow date disagreement on the event page and on the timeline", () => {
    const moscow = timeline.events.find((e) => e.dateClaims.some((c) => c.text === "2025-04-01/2025-04-05"))!;
    expect(moscow).toBeDefined();
    const text = textOf(pageOf(moscow.path).elements.find((el) => el.tagName === "body")!).replace(/\s+/g, " ");
    expect(text).toContain("Les sources divergent");
    expect(text).toContain("3–4 avril 2025 (valeur retenue)");
    expect(text).toContain("1er–5 avril 2025");
    const home = pageOf("/");
    const entry = home.elements.find((el) => el.tagName === "li" && attr(el, "class")?.includes("entry--disputed"));
    expect(entry && textOf(entry)).toContain("Les sources divergent sur la date");
  });
});

describe("a build under a path prefix", () => {
  it("is fully browsable under /preview/pr-1/", async () => {
    const prefixed = await buildInto({ FRISE_PATH_PREFIX: "/preview/pr-1/" });
    const prefixedPages = readSite(prefixed);
    expect(brokenLinks(prefixed, "/preview/pr-1/", prefixedPages)).toEqual([]);
    for (const page of prefixedPages.values()) {
      for (const link of page.links) {
        if (link.value.startsWith("/")) expect(link.value, page.file).toMatch(/^\/preview\/pr-1\//);
      }
    }
  });
});

describe("determinism", () => {
  it("produces identical files under TZ=Pacific/Kiritimati and TZ=America/Adak", async () => {
    const [a, b] = await Promise.all([buildInto({ TZ: "Pacific/Kiritimati" }), buildInto({ TZ: "America/Adak" })]);
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(b, f)).equals(fs.readFileSync(path.join(a, f))), f).toBe(true);
  });
});

describe("bad content", () => {
  it("fails with path:line diagnostics, no stack trace, and leaves the previous site untouched", async () => {
    const content = tempDir("bad");
    fs.cpSync(path.resolve("content"), content, { recursive: true });
    const output = path.join(tempDir("out"), "_site");
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(output, "index.html"), "previous good site");
    const eventFile = path.join(content, "events", fs.readdirSync(path.join(content, "events"))[0]!);
    fs.writeFileSync(eventFile, fs.readFileSync(eventFile, "utf8").replace(/^date: .*$/m, "date: 2025-02-30"));

    const result = await runCli("build", { FRISE_CONTENT: content, FRISE_OUTPUT: output });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^[^:\s]+\/events\/[^:]+\.md:\d+:7: error: date: "2025-02-30" does not exist: February 2025 has no day 30$/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(listFiles(output)).toEqual(["index.html"]);
    expect(fs.readFileSync(path.join(output, "index.html"), "utf8")).toBe("previous good site");
  });
});
