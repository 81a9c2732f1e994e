/**
 * The outputs of real builds, read back with real parsers: the real content
 * built as a pull-request preview (path prefix and another base URL), and the
 * real content plus hostile edge events. Feeds and sitemap go through
 * Chromium's XML parser (DOMParser, a conforming XML 1.0 parser: any
 * well-formedness error is fatal), calendars through ical.js, JSON-LD through
 * parse5 then JSON.parse. Every output must be linked from the pages.
 */
import fs from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { parseFragment } from "parse5";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/index.ts";
import { eventCalendarPath, isInCalendar } from "../../src/outputs/calendar.ts";
import { FEED_LIMIT } from "../../src/outputs/feeds.ts";
import { siteUpdatedDay } from "../../src/outputs/updated.ts";
import { SiteModel } from "../../src/site-model.ts";
import { describeBrowser, launchBrowser } from "../helpers/browser.ts";
import { attr, brokenLinks, buildInto, listFiles, readSite, textOf, type ParsedPage } from "../helpers/site.ts";
import { edgeContent, HOSTILE, HOSTILE_IN_XML, HOSTILE_SITE } from "../unit/outputs-fixture.ts";

const PREFIX = "/frise/pr-7/";
const BASE = "https://example.net/";
const ROOT_URL = `https://example.net${PREFIX}`;
const OUTPUTS = ["feed.xml", "feed.json", "calendrier.ics", "timeline.json", "timelinejs.json", "sitemap.xml", "robots.txt"];

interface Built {
  dir: string;
  site: SiteModel;
  pages: Map<string, ParsedPage>;
  read(file: string): string;
}

async function build(env: Record<string, string>, contentDir = path.resolve("content")): Promise<Built> {
  const dir = await buildInto({ ...env, FRISE_CONTENT: contentDir });
  const site = new SiteModel(loadTimeline(env, contentDir).timeline);
  return { dir, site, pages: readSite(dir), read: (file) => fs.readFileSync(path.join(dir, file), "utf8") };
}

let preview: Built;
let edge: Built;

beforeAll(async () => {
  preview = await build({ FRISE_PATH_PREFIX: PREFIX, FRISE_BASE_URL: BASE });
  edge = await build({}, edgeContent());
}, 240_000);

const pageFile = (sitePath: string) => `${sitePath.replace(/^\//, "")}index.html`;
const elements = (page: ParsedPage, tag: string, where: (el: ParsedPage["elements"][number]) => boolean = () => true) =>
  page.elements.filter((el) => el.tagName === tag && where(el));
const meta = (page: ParsedPage, property: string) => attr(elements(page, "meta", (m) => attr(m, "property") === property)[0]!, "content");
/** The page's JSON-LD nodes: one script under the schema.org context, a `@graph` when there are several. */
function jsonLd(page: ParsedPage): Record<string, unknown>[] {
  const scripts = elements(page, "script", (s) => attr(s, "type") === "application/ld+json");
  expect(scripts.length).toBeLessThanOrEqual(1);
  return scripts.flatMap((s) => {
    const { "@context": context, ...doc } = JSON.parse(textOf(s as never)) as { "@context": string; "@graph"?: Record<string, unknown>[] };
    expect(context).toBe("https://schema.org");
    return doc["@graph"] ?? [doc];
  });
}
const ofType = (nodes: Record<string, unknown>[], type: string) => nodes.filter((b) => b["@type"] === type);

describe("outputs of a preview build (path prefix and base URL)", () => {
  it("writes every output, and one calendar file per event with calendar days", () => {
    const files = listFiles(preview.dir);
    expect(files).toEqual(expect.arrayContaining(OUTPUTS));
    for (const event of preview.site.events) {
      const ics = eventCalendarPath(event).replace(/^\//, "");
      expect([event.id, files.includes(ics)]).toEqual([event.id, isInCalendar(event)]);
    }
    expect(preview.site.events.filter((e) => !isInCalendar(e)).length).toBeGreaterThan(0);
  });

  it("links feeds (autodiscovery) from every page, every output from the home page's footer and the home page's list from every footer", () => {
    for (const [file, page] of preview.pages) {
      const alternates = elements(page, "link", (l) => attr(l, "rel") === "alternate").map((l) => [attr(l, "type"), attr(l, "href")]);
      expect(alternates).toEqual([
        ["application/atom+xml", `${PREFIX}feed.xml`],
        ["application/feed+json", `${PREFIX}feed.json`],
      ]);
      const footerLinks = readSiteLinks(elements(page, "footer")[0]!);
      if (file === "index.html") {
        for (const output of ["feed.xml", "feed.json", "calendrier.ics", "timeline.json", "timelinejs.json"]) expect(footerLinks).toContain(`${PREFIX}${output}`);
        expect(page.ids).toContain("suivre");
      } else {
        expect(footerLinks).toContain(`${PREFIX}#suivre`);
      }
    }
    // Every link of every page resolves, fragments included (#suivre on the home page).
    expect(brokenLinks(preview.dir, PREFIX, preview.pages)).toEqual([]);
  });

  it("links each event page to its own .ics when it has calendar days", () => {
    for (const event of preview.site.events) {
      const page = preview.pages.get(pageFile(event.path))!;
      const ics = elements(page, "a", (a) => attr(a, "href")?.endsWith(".ics") ?? false).map((a) => attr(a, "href"));
      const own = `${PREFIX}${eventCalendarPath(event).replace(/^\//, "")}`;
      if (isInCalendar(event)) expect(ics).toContain(own);
      else expect(ics).not.toContain(own);
    }
  });

  it("gives every page a canonical URL and Open Graph tags under the base URL and prefix", () => {
    for (const [file, page] of preview.pages) {
      if (file === "404.html") continue;
      const canonical = attr(elements(page, "link", (l) => attr(l, "rel") === "canonical")[0]!, "href");
      expect(canonical).toBe(ROOT_URL + file.replace(/index\.html$/, ""));
      expect(meta(page, "og:url")).toBe(canonical);
      expect(meta(page, "og:title")).toBeTruthy();
      expect(meta(page, "og:locale")).toBe("fr_FR");
    }
    const event = preview.site.events[0]!;
    const page = preview.pages.get(pageFile(event.path))!;
    expect([meta(page, "og:type"), meta(page, "og:title"), meta(page, "og:site_name")]).toEqual(["article", event.title, preview.site.settings.title]);
    expect(meta(preview.pages.get("index.html")!, "og:type")).toBe("website");
  });

  it("describes events, sources, the timeline and breadcrumbs in JSON-LD, parsed back from the pages", () => {
    const { site } = preview;
    for (const event of site.events) {
      const blocks = jsonLd(preview.pages.get(pageFile(event.path))!);
      const [ld] = ofType(blocks, "Event");
      expect(ld).toMatchObject({ name: event.title, url: site.absoluteUrl(event.path), description: event.summary });
      // Event pages keep their breadcrumbs out of JSON-LD (weight budget); other pages carry them.
      expect(ofType(blocks, "BreadcrumbList")).toEqual([]);
    }
    for (const entity of site.entities) {
      const blocks = jsonLd(preview.pages.get(pageFile(entity.path))!);
      const crumbs = ofType(blocks, "BreadcrumbList")[0]!.itemListElement as { position: number; item: string; name: string }[];
      expect(crumbs[0]!.item).toBe(site.absoluteUrl("/" + entity.path.split("/")[1] + "/"));
      expect(crumbs.at(-1)).toEqual({ "@type": "ListItem", position: crumbs.length, name: entity.name, item: site.absoluteUrl(entity.path) });
    }
    const articles = new Set<unknown>();
    for (const source of site.sources) {
      const [ld] = ofType(jsonLd(preview.pages.get(pageFile(source.path))!), "NewsArticle");
      expect(ld).toMatchObject({ headline: source.title, inLanguage: source.language, archivedAt: site.absoluteUrl(source.path) });
      articles.add(ld!["@id"]);
    }
    // Each event's subjectOf points to NewsArticle nodes that the source pages describe.
    for (const event of site.events) {
      const [ld] = ofType(jsonLd(preview.pages.get(pageFile(event.path))!), "Event");
      expect((ld!.subjectOf as { "@id": string }[]).map((r) => r["@id"]).filter((id) => !articles.has(id))).toEqual([]);
    }
    const [list] = ofType(jsonLd(preview.pages.get("index.html")!), "ItemList");
    expect(list!.numberOfItems).toBe(site.events.length);
    expect((list!.itemListElement as { url: string }[]).map((i) => i.url)).toEqual(site.events.map((e) => site.absoluteUrl(e.path)));
  });

  it("writes robots.txt pointing to the sitemap under the prefix", () => {
    const robots = preview.read("robots.txt").split("\n");
    expect(robots).toContain(`Sitemap: ${ROOT_URL}sitemap.xml`);
    expect(robots).toContain(`Disallow: ${PREFIX}pagefind/`);
    expect(robots).toContain("User-agent: *");
  });

  it("writes feeds, data and calendars with absolute URLs under the prefix", () => {
    const feed = JSON.parse(preview.read("feed.json"));
    expect(feed.feed_url).toBe(`${ROOT_URL}feed.json`);
    expect(feed.items.every((i: { url: string }) => i.url.startsWith(ROOT_URL))).toBe(true);
    const data = JSON.parse(preview.read("timeline.json"));
    expect(data.site.url).toBe(ROOT_URL);
    expect(data.events.every((e: { url: string }) => e.url.startsWith(`${ROOT_URL}evenements/`))).toBe(true);
    const urls = new ICAL.Component(ICAL.parse(preview.read("calendrier.ics"))).getAllSubcomponents("vevent").map((v) => String(v.getFirstPropertyValue("url")));
    expect(urls.length).toBe(preview.site.events.filter(isInCalendar).length);
    expect(urls.every((u) => u.startsWith(`${ROOT_URL}evenements/`))).toBe(true);
  });
});

/** Every href below an element. */
function readSiteLinks(root: ParsedPage["elements"][number]): string[] {
  const out: string[] = [];
  const walk = (node: { attrs?: { name: string; value: string }[]; childNodes?: unknown[] }) => {
    for (const a of node.attrs ?? []) if (a.name === "href") out.push(a.value);
    for (const c of node.childNodes ?? []) walk(c as typeof node);
  };
  walk(root as never);
  return out;
}

describe("outputs of hostile content", () => {
  it("keeps a title made of </script>, ]]>, <!-- and U+2028 inside its JSON-LD block", () => {
    const page = edge.pages.get("evenements/2024-02-29-hostile-bissextile/index.html")!;
    // Exactly the page's own script: nothing in the title opened another one.
    const scripts = elements(page, "script");
    expect(scripts.map((s) => attr(s, "type"))).toEqual(["application/ld+json"]);
    const [event] = ofType(jsonLd(page), "Event");
    expect(event!.name).toBe(HOSTILE);
    expect(event!.description).toBe(`Résumé ${HOSTILE}`);
    expect(event).toMatchObject({ startDate: "2024-02-29", endDate: "2024-02-29" });
    const [home] = ofType(jsonLd(edge.pages.get("index.html")!), "ItemList");
    expect((home!.itemListElement as { name: string }[]).map((i) => i.name)).toContain(HOSTILE);
  });

  it("writes calendars ical.js reads: all-day, exclusive end, undated and open dates left out", () => {
    const events = new ICAL.Component(ICAL.parse(edge.read("calendrier.ics"))).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const inCalendar = edge.site.events.filter(isInCalendar);
    expect(events.map((e) => e.uid)).toEqual(inCalendar.map((e) => `${e.id}@example.net`));
    const hostile = events.find((e) => e.uid.startsWith("2024-02-29"))!;
    expect([hostile.startDate.toString(), hostile.endDate.toString(), hostile.startDate.isDate]).toEqual(["2024-02-29", "2024-03-01", true]);
    expect(hostile.summary).toBe(HOSTILE.replace("\u0001", "\uFFFD"));
    for (const event of inCalendar) {
      const own = new ICAL.Component(ICAL.parse(edge.read(eventCalendarPath(event).replace(/^\//, ""))));
      expect(own.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).uid)).toEqual([`${event.id}@example.net`]);
    }
  });

  it("keeps the undated event in timeline.json with its date unknown, out of TimelineJS", () => {
    const data = JSON.parse(edge.read("timeline.json"));
    expect(data.events.find((e: { id: string }) => e.id === "date-inconnue").date.kind).toBe("unknown");
    const tl = JSON.parse(edge.read("timelinejs.json"));
    expect(tl.events.map((e: { unique_id: string }) => e.unique_id)).not.toContain("date-inconnue");
    expect(tl.events.length).toBe(edge.site.events.length - 1);
  });
});

interface XmlNode {
  ns: string | null;
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** Runs in the page: a string, so no compiled helper leaks into the browser. */
const PARSE_XML = `(source) => {
  const doc = new DOMParser().parseFromString(source, "application/xml");
  const error = doc.getElementsByTagNameNS("*", "parsererror")[0];
  if (error) return { error: error.textContent };
  const convert = (el) => ({
    ns: el.namespaceURI,
    name: el.localName,
    attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    text: el.textContent,
    children: [...el.children].map(convert),
  });
  return { root: convert(doc.documentElement) };
}`;

describeBrowser("XML outputs in Chromium's XML parser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function parseXml(text: string): Promise<XmlNode> {
    const result = (await page.evaluate(`(${PARSE_XML})(${JSON.stringify(text)})`)) as { error?: string; root?: XmlNode };
    if (result.error !== undefined) throw new Error(`not well-formed XML: ${result.error}`);
    return result.root!;
  }

  const ATOM = "http://www.w3.org/2005/Atom";
  const child = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name && c.ns === node.ns);
  const one = (node: XmlNode, name: string) => {
    const found = child(node, name);
    expect([name, found.length]).toEqual([name, 1]);
    return found[0]!;
  };
  const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

  it("reads the parser's errors (a broken document is rejected)", async () => {
    await expect(parseXml("<feed><title>a ]]> & b</title></feed>")).rejects.toThrow(/not well-formed/);
  });

  for (const which of ["preview", "edge"] as const) {
    it(`parses the Atom feed of the ${which} build: RFC 4287's required elements, newest first, absolute links`, async () => {
      const built = which === "preview" ? preview : edge;
      const { site } = built;
      const feed = await parseXml(built.read("feed.xml"));
      expect([feed.ns, feed.name]).toEqual([ATOM, "feed"]);
      expect(one(feed, "title").text).toBe(which === "edge" ? `Frise ${HOSTILE_SITE}` : site.settings.title);
      expect(one(feed, "id").text).toBe(site.absoluteUrl("/"));
      expect(one(feed, "updated").text).toBe(`${siteUpdatedDay(site.timeline)}T00:00:00Z`);
      expect(one(one(feed, "author"), "name").text).toBeTruthy();
      const self = child(feed, "link").find((l) => l.attrs.rel === "self")!;
      expect(self.attrs.href).toBe(site.absoluteUrl("/feed.xml"));

      const entries = child(feed, "entry");
      const dated = site.events.filter((e) => e.date.value.kind !== "unknown").reverse();
      const undated = site.events.filter((e) => e.date.value.kind === "unknown");
      const expected = [...dated, ...undated].slice(0, FEED_LIMIT);
      expect(entries.map((e) => one(e, "id").text)).toEqual(expected.map((e) => site.absoluteUrl(e.path)));
      for (const [i, entry] of entries.entries()) {
        expect(one(entry, "title").text).toBe(expected[i]!.title.replace("\u0001", "\uFFFD"));
        expect(one(entry, "updated").text).toMatch(RFC3339);
        expect(child(entry, "link").find((l) => l.attrs.rel === "alternate")!.attrs.href).toBe(site.absoluteUrl(expected[i]!.path));
        const content = one(entry, "content");
        expect(content.attrs.type).toBe("html");
        const hrefs = readSiteLinks(parseFragment(content.text) as never);
        expect(hrefs.filter((h) => !h.startsWith(site.absoluteUrl("/")) && !/^https?:\/\//.test(h))).toEqual([]);
      }
      if (which === "edge") expect(entries.map((e) => one(e, "title").text)).toContain(HOSTILE_IN_XML);
    });
  }

  it("parses the sitemap: every page but the 404, by absolute URL under the prefix", async () => {
    const urlset = await parseXml(preview.read("sitemap.xml"));
    expect([urlset.ns, urlset.name]).toEqual(["http://www.sitemaps.org/schemas/sitemap/0.9", "urlset"]);
    const locs = urlset.children.map((u) => one(u, "loc").text);
    const pages = listFiles(preview.dir).filter((f) => f.endsWith(".html") && f !== "404.html");
    expect(locs).toEqual(pages.map((f) => ROOT_URL + f.replace(/index\.html$/, "")).sort());
  });
});
