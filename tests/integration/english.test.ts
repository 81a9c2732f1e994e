/**
 * The site in English: the English fixture (tests/fixtures/english/, an
 * invented story told from English and French sources, with every kind of
 * date and a disagreement) built by the real CLI and read back with parse5,
 * beside the real French content.
 *
 * - Every page is in English (`<html lang="en">`), under English URL segments,
 *   with dates in English and `<time datetime>` as in French.
 * - A French source keeps its language: its title, archived text and every
 *   quote taken from it carry `lang="fr"`; its original article `hreflang="fr"`.
 * - No string of the French catalogue appears in the English build's interface,
 *   and no string of the English catalogue in the French build's: content
 *   (titles, names, bodies, quotes) is set aside, everything else is checked —
 *   text, spoken attributes, ids, fragments and URL paths.
 * - Feeds, calendars, JSON-LD, Open Graph, TimelineJS, timeline.json and the
 *   404 page speak English; a language without a catalogue is refused.
 */
import fs from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { fr } from "../../src/i18n/fr.ts";
import type { Catalogue } from "../../src/i18n/index.ts";
import { loadTimeline } from "../../src/index.ts";
import type { Timeline } from "../../src/model/timeline.ts";
import { escapeHtml } from "../../src/render/html.ts";
import { attr, brokenLinks, buildInto, ENGLISH_FIXTURE, listFiles, readSite, ROOT, runCli, tempDir, textOf, type ParsedPage } from "../helpers/site.ts";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

interface Built {
  dir: string;
  timeline: Timeline;
  pages: Map<string, ParsedPage>;
  read(file: string): string;
}

async function build(content: string): Promise<Built> {
  const dir = await buildInto({ FRISE_CONTENT: content });
  return { dir, timeline: loadTimeline({}, content).timeline, pages: readSite(dir), read: (file) => fs.readFileSync(path.join(dir, file), "utf8") };
}

let english: Built;
let french: Built;

beforeAll(async () => {
  english = await build(ENGLISH_FIXTURE);
  french = await build(path.join(ROOT, "content"));
}, 240_000);

const page = (built: Built, sitePath: string) => {
  const found = built.pages.get(`${sitePath.replace(/^\//, "")}index.html`);
  if (!found) throw new Error(`no page for ${sitePath}`);
  return found;
};
const INLINE = new Set(["a", "time", "span", "strong", "small", "sup", "q", "bdi", "em", "mark", "code", "abbr"]);

/** A page's text as read: a space between blocks (`<dt>Date</dt><dd>…` reads "Date …"), none inside a line. */
function bodyText(p: ParsedPage): string {
  const words = (node: Node): string => {
    if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
    const inner = ("childNodes" in node ? node.childNodes : []).map((c) => words(c as Node)).join("");
    return INLINE.has(node.nodeName) ? inner : ` ${inner} `;
  };
  return words(p.elements.find((el) => el.tagName === "body")! as unknown as Node).replace(/\s+/g, " ").trim();
}
const byTag = (p: ParsedPage, tag: string, where: (el: Element) => boolean = () => true) => p.elements.filter((el) => el.tagName === tag && where(el));
const source = (id: string) => english.timeline.sourceById.get(id)!;
const event = (id: string) => english.timeline.eventById.get(id)!;

// ---------------------------------------------------------------------------
// What is interface, what is content

/** Every string the content brings: set aside before looking for interface words. */
function contentStrings(timeline: Timeline): string[] {
  const strings = new Set<string>([timeline.site.title, timeline.site.description]);
  for (const e of timeline.events) {
    strings.add(e.title).add(e.summary).add(e.id);
    if (e.place) strings.add(e.place.text);
    for (const c of e.placeClaims) strings.add(c.text);
    for (const n of e.names) {
      strings.add(n.term);
      for (const c of n.claims) strings.add(c.text);
    }
    for (const note of e.notes) strings.add(note.quote);
  }
  for (const s of timeline.sources) {
    for (const text of [s.title, s.outlet, s.author, s.url, s.id]) if (text) strings.add(text);
    for (const p of s.passages) strings.add(p.quote);
  }
  for (const n of timeline.entities) {
    for (const text of [n.name, n.id, ...n.aliases]) strings.add(text);
    for (const note of n.notes) strings.add(note.quote);
  }
  const all = [...strings].filter((s) => s.length > 1);
  return [...new Set([...all, ...all.map(escapeHtml)])].sort((a, b) => b.length - a.length);
}

function blank(text: string, content: readonly string[]): string {
  let out = text;
  for (const s of content) if (out.includes(s)) out = out.split(s).join(" ");
  return out;
}

/** Elements whose whole subtree is content (or not shown as text): titles, names, bodies, quotes. */
function isContent(el: Element): boolean {
  if (["script", "style", "q", "bdi"].includes(el.tagName)) return true;
  if (el.tagName === "title" && el.parentNode && (el.parentNode as Element).tagName === "head") return true;
  if (attr(el, "dir") === "auto") return true;
  const classes = (attr(el, "class") ?? "").split(/\s+/);
  return ["body", "archived", "entry-summary", "lede", "site-title", "place", "outlet"].some((c) => classes.includes(c));
}

/** Attributes whose values are interface: read aloud, shown, or part of the address (ids, fragments, paths). */
const INTERFACE_ATTRIBUTES = /^(aria-label|title|alt|placeholder|id|for|aria-labelledby|action|href|data-[a-z-]+)$/;

/** The words of an address: a page's path segments and its fragment (files such as feed.xml or timeline.json keep their names in every language). */
function addressWords(href: string): string {
  const url = new URL(href, "https://site.test/");
  const page = url.pathname.endsWith("/") ? url.pathname.split("/").join(" ") : "";
  return `${page} ${decodeURIComponent(url.hash.slice(1))}`;
}

/** The interface of a page, as pieces of text: content set aside. */
function interfaceOf(html: string, content: readonly string[]): string[] {
  const pieces: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === "#text") {
      pieces.push((node as DefaultTreeAdapterMap["textNode"]).value);
      return;
    }
    if ("tagName" in node) {
      const el = node as Element;
      for (const a of el.attrs) {
        // A form field's name is its URL parameter (`?theme=`); `<meta name>` is HTML's own vocabulary.
        const field = a.name === "name" && ["input", "select", "textarea"].includes(el.tagName);
        if (!INTERFACE_ATTRIBUTES.test(a.name) && !field) continue;
        if (a.name === "href" || a.name === "action") pieces.push(addressWords(a.value));
        // The search client's messages: their placeholders ({query}) are names in the code, not words.
        else pieces.push(a.value.replace(/\{[A-Za-z]+\}/g, " "));
      }
      if (isContent(el)) return;
    }
    for (const child of "childNodes" in node ? node.childNodes : []) walk(child as Node);
    if ("content" in node && node.content) walk(node.content as unknown as Node);
  };
  walk(parse(html) as unknown as Node);
  return pieces.map((p) => blank(p, content).replace(/\s+/g, " ").trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------
// The catalogues' words

/** Every leaf of a catalogue, functions called with sample numbers. */
function catalogueTexts(catalogue: Catalogue): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === "string") out.push(value);
    else if (typeof value === "function") for (const n of [1, 2, 7]) out.push(String((value as (...args: number[]) => string)(n, n)));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(visit);
  };
  visit(catalogue);
  return out;
}

/**
 * The words a catalogue writes, as fragments: templates cut at their placeholders,
 * counts at their numbers, trimmed of punctuation; only fragments with three letters or more.
 */
function fragments(catalogue: Catalogue): Set<string> {
  const out = new Set<string>();
  for (const text of catalogueTexts(catalogue)) {
    for (const piece of text.split(/\{[A-Za-z]+\}|\d+/)) {
      const trimmed = piece.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      if ((trimmed.match(/\p{L}/gu) ?? []).length >= 3) out.add(trimmed);
    }
  }
  return out;
}

/** Fragments of `catalogue` that the other language does not write too ("Sources", "Notes" are both). */
function foreignFragments(catalogue: Catalogue, own: Catalogue): string[] {
  const shared = fragments(own);
  return [...fragments(catalogue)].filter((f) => !shared.has(f));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where each fragment occurs as whole words in the pieces: "fragment" in "file: piece". */
function occurrences(fragmentsToFind: readonly string[], pieces: readonly { file: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const fragment of fragmentsToFind) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fragment)}(?![\\p{L}\\p{N}])`, "u");
    for (const { file, text } of pieces) if (re.test(text)) found.push(`${JSON.stringify(fragment)} in ${file}: ${JSON.stringify(text.slice(0, 120))}`);
  }
  return found;
}

function interfacePieces(built: Built): { file: string; text: string }[] {
  const content = contentStrings(built.timeline);
  return listFiles(built.dir)
    .filter((f) => f.endsWith(".html"))
    .flatMap((file) => interfaceOf(built.read(file), content).map((text) => ({ file, text })));
}

// ---------------------------------------------------------------------------

describe("the English site", () => {
  it("is in English on every page, under English URL segments, with no French one", () => {
    const files = listFiles(english.dir);
    for (const p of english.pages.values()) expect(attr(byTag(p, "html")[0]!, "lang"), p.file).toBe("en");
    for (const e of english.timeline.events) expect(files).toContain(`events/${e.id}/index.html`);
    for (const s of english.timeline.sources) expect(files).toContain(`sources/${s.id}/index.html`);
    for (const dir of ["people", "organisations", "countries", "places", "topics", "search", "undated", "2025/04"]) expect(files).toContain(`${dir}/index.html`);
    expect(files).toContain("calendar.ics");
    expect(english.timeline.entities.map((e) => e.path).sort()).toEqual([
      "/countries/france/",
      "/organisations/lakeport-water-board/",
      "/people/jean-dufour/",
      "/people/maria-keane/",
      "/places/lakeport/",
      "/places/villeneuve-sur-lac/",
      "/topics/town-twinning/",
      "/topics/water-supply/",
    ]);
    const top = new Set(files.map((f) => f.split("/")[0]));
    for (const french of ["evenements", "personnes", "pays", "lieux", "themes", "recherche", "date-a-preciser", "calendrier.ics"]) expect(top.has(french), french).toBe(false);
    expect(brokenLinks(english.dir, "/", english.pages)).toEqual([]);
  });

  it("writes every form of date in English, with the same <time datetime> as in French", () => {
    const home = page(english, "/");
    const text = bodyText(home);
    for (const label of [
      "before 20 March 2025",
      "28 March 2025",
      "1 April 2025",
      "30 April – 2 May 2025",
      "May 2025",
      "circa June 2025",
      "14 July 2025 (date uncertain)",
      "after 24 September 2025 (date to be confirmed)",
      "date to be confirmed",
      "During 2025",
    ]) {
      expect(text, label).toContain(label);
    }
    expect(text).toContain("3–4 April 2025");
    expect(text).not.toMatch(/\d(er|st|nd|rd|th)\b/);
    const times = byTag(home, "time").map((el) => [attr(el, "datetime"), textOf(el)]);
    expect(times).toEqual(expect.arrayContaining([["2025-04-01", "1 April 2025"], ["2025-04-03", "3"], ["2025-04-04", "4 April 2025"], ["2025-03-20", "20 March 2025"], ["2025-06", "June 2025"]]));
    // The month archives and the axis speak English too.
    expect(bodyText(page(english, "/2025/"))).toContain("April 2025 (3)");
    const axis = home.elements.find((el) => el.tagName === "figcaption")!;
    expect(textOf(axis)).toBe(
      "Time axis. Each event sits at its date; a bar covers a period, a dashed line an uncertain or open date, a diamond marks disagreeing sources. 1 undated event is not shown.",
    );
    const ticks = byTag(home, "text").map((el) => textOf(el));
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) expect(tick).toMatch(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/);
    const marks = byTag(home, "a", (a) => (attr(a, "class") ?? "").includes("mark"));
    expect(marks.map((a) => attr(a, "aria-label"))).toContain("The water accord is signed — 3–4 April 2025 (sources disagree)");
  });

  it("shows the disagreement, and the names the sources give, in English", () => {
    const text = bodyText(page(english, event("2025-04-03-water-accord-signed").path));
    for (const expected of [
      "Date 3–4 April 2025 sources disagree",
      "The sources disagree",
      "The site shows the value chosen by the editors.",
      "3–4 April 2025 (value shown) — according to Lakeport Herald",
      "3 April 2025 — according to Le Courrier du Lac",
      "Names for “the accord”",
      "The sources do not name “the accord” in the same way.",
      "“accord de l’eau” — according to Le Courrier du Lac",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(bodyText(page(english, "/"))).toContain("Sources disagree on the date");
  });

  it("marks a French source's own words as French: its title, text and every quote taken from it", () => {
    const courrier = source("le-courrier-du-lac-2025-04-02");
    const sourcePage = page(english, courrier.path);
    expect(attr(byTag(sourcePage, "h1")[0]!, "lang")).toBe("fr");
    expect(byTag(sourcePage, "div", (d) => attr(d, "class") === "archived").map((d) => attr(d, "lang"))).toEqual(["fr"]);
    const passages = byTag(sourcePage, "q");
    expect(passages.length).toBe(courrier.passages.length);
    for (const q of passages) expect(attr(q, "lang")).toBe("fr");
    expect(bodyText(sourcePage)).toContain("Language French");
    const original = byTag(sourcePage, "a", (a) => attr(a, "rel") === "external nofollow")[0]!;
    expect(attr(original, "hreflang")).toBe("fr");

    // Every quote of a French source, wherever it is shown, says so; English quotes do not.
    let french = 0;
    for (const e of english.timeline.events) {
      const notes = byTag(page(english, e.path), "q");
      expect(notes.length, e.id).toBe(e.notes.length);
      e.notes.forEach((note, i) => {
        const language = source(note.sourceId).language;
        expect(attr(notes[i]!, "lang"), `${e.id} note ${note.number}`).toBe(language.startsWith("fr") ? "fr" : undefined);
        if (language.startsWith("fr")) french++;
      });
      // The list of sources: a French title is marked too.
      for (const a of byTag(page(english, e.path), "a", (a) => attr(a, "href") === courrier.path)) {
        if (textOf(a) === courrier.title) expect(attr(a, "lang")).toBe("fr");
      }
    }
    expect(french).toBeGreaterThanOrEqual(4);
    const dufour = english.timeline.entityById.get("jean-dufour")!;
    expect(byTag(page(english, dufour.path), "q").map((q) => attr(q, "lang"))).toEqual(["fr"]);

    // An en-GB source on an en site is in the site's language: nothing to mark.
    const notice = source("water-board-notice-2025");
    expect(notice.language).toBe("en-GB");
    const noticePage = page(english, notice.path);
    expect(byTag(noticePage, "q").every((q) => attr(q, "lang") === undefined)).toBe(true);
    expect(attr(byTag(noticePage, "h1")[0]!, "lang")).toBeUndefined();
    expect(bodyText(noticePage)).toContain("The article has no title: this one was given by the editors.");
  });

  it("has English outputs: feeds, calendars, Open Graph, JSON-LD, TimelineJS, timeline.json, robots.txt", () => {
    const atom = english.read("feed.xml");
    expect(atom).toContain('xml:lang="en"');
    expect(atom).toContain("&lt;strong&gt;Date:&lt;/strong&gt;");
    expect(atom).toContain("&lt;q lang=&quot;fr&quot;&gt;");
    expect(JSON.parse(english.read("feed.json")).language).toBe("en");

    const ics = english.read("calendar.ics").replace(/\r\n /g, "");
    expect(ics).toContain("X-WR-CALNAME;LANGUAGE=en:Lakeport and Villeneuve-sur-Lac: the water accord\r\n");
    expect(ics).toContain("SUMMARY;LANGUAGE=en:The water accord is signed\r\n");
    expect(ics).toContain("DESCRIPTION;LANGUAGE=en:Date: 3–4 April 2025 (sources disagree)\\nPlace: Lakeport\\n");
    expect(ics).toContain("\\nSources:\\n");
    expect(ics).toContain("PRODID:-//frise//frise//EN\r\n");

    const home = page(english, "/");
    const og = (p: ParsedPage, property: string) => attr(byTag(p, "meta", (m) => attr(m, "property") === property)[0]!, "content");
    expect(og(home, "og:locale")).toBe("en_GB");
    expect(og(page(french, "/"), "og:locale")).toBe("fr_FR");
    const ld = (p: ParsedPage) => JSON.parse(textOf(byTag(p, "script", (s) => attr(s, "type") === "application/ld+json")[0]!)) as Record<string, unknown>;
    expect(ld(page(english, event("2025-04-03-water-accord-signed").path))).toMatchObject({ "@type": "Event", inLanguage: "en" });
    expect(ld(page(english, source("le-courrier-du-lac-2025-04-02").path))).toMatchObject({ "@graph": expect.arrayContaining([expect.objectContaining({ "@type": "NewsArticle", inLanguage: "fr" })]) });
    expect(ld(page(english, "/sources/"))["@type"]).toBe("BreadcrumbList");

    const tl = JSON.parse(english.read("timelinejs.json")) as { events: { unique_id: string; display_date: string; text: { text: string } }[] };
    const signed = tl.events.find((e) => e.unique_id === "2025-04-03-water-accord-signed")!;
    expect(signed.display_date).toBe("3–4 April 2025");
    expect(signed.text.text).toContain("3 sources; sources disagree. <a href=");
    expect(signed.text.text).toContain(">Read the event, its quotes and its sources</a>");

    const json = JSON.parse(english.read("timeline.json")) as { site: { language: string }; events: { id: string; url: string; date: { label: string } }[] };
    expect(json.site.language).toBe("en");
    expect(json.events.find((e) => e.id === "2025-09-24-second-phase-announced")!.date.label).toBe("after 24 September 2025 (date to be confirmed)");
    expect(json.events[0]!.url).toMatch(/^https:\/\/example\.org\/events\//);

    expect(english.read("robots.txt")).toBe("User-agent: *\nDisallow: /pagefind/\nDisallow: /pagefind-fr/\n\nSitemap: https://example.org/sitemap.xml\n");
    expect(french.read("robots.txt")).not.toContain("pagefind-");
    expect(english.read("sitemap.xml")).toContain("<loc>https://example.org/events/2025-04-01-delegation-arrives-in-lakeport/</loc>");
  });

  it("indexes the search in English, and the French source in French in a bundle of its own", () => {
    const entry = (folder: string) => JSON.parse(english.read(`${folder}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry("pagefind").languages)).toEqual(["en"]);
    expect(entry("pagefind").languages.en!.page_count).toBe(english.timeline.events.length + english.timeline.sources.length - 1 + english.timeline.entities.length);
    expect(entry("pagefind-fr").languages).toEqual({ fr: expect.objectContaining({ page_count: 1 }) });
    const search = page(english, "/search/");
    const form = byTag(search, "form")[0]!;
    expect(attr(form, "data-languages")).toBe("fr");
    expect(attr(form, "data-no-results")).toBe("No result for “{query}”.");
    expect(byTag(search, "select").map((s) => [attr(s, "name"), attr(s, "data-filter")])).toEqual([
      ["type", "Type"],
      ["topic", "Topic"],
    ]);
    expect(byTag(search, "option").map((o) => textOf(o))).toEqual(["All", "Event", "Source", "Person", "Organisation", "Country", "Place", "Topic", "All", "Town twinning", "Water supply"]);
    expect(fs.existsSync(path.join(french.dir, "pagefind-fr"))).toBe(false);
  });

  it("answers a missing page in English", () => {
    const notFound = english.pages.get("404.html")!;
    expect(bodyText(notFound)).toContain("Page not found This address matches no page of the timeline. It may have moved. Back to the timeline or see the sources.");
  });

  it("keeps an event page with its CSS under 20 KB", () => {
    const css = fs.statSync(path.join(english.dir, "assets/style.css")).size;
    const heaviest = Math.max(...english.timeline.events.map((e) => fs.statSync(path.join(english.dir, e.path, "index.html")).size));
    expect(heaviest + css).toBeLessThan(20 * 1024);
  });
});

describe("one language at a time", () => {
  it("knows what the other catalogue says that this one does not (the check has something to find)", () => {
    const frOnly = foreignFragments(fr, en);
    const enOnly = foreignFragments(en, fr);
    for (const word of ["Chronologie", "Les sources divergent", "avril", "vers", "evenements", "date-a-preciser", "contenu", "Aller au contenu"]) expect(frOnly).toContain(word);
    for (const word of ["Timeline", "The sources disagree", "April", "circa", "events", "undated", "content", "Skip to content"]) expect(enOnly).toContain(word);
    // Written the same in both: not evidence of either.
    for (const shared of ["Sources", "Notes", "Participants", "Archives", "Type"]) expect([...frOnly, ...enOnly]).not.toContain(shared);
  });

  it("finds no string of the French catalogue in the English build's interface", () => {
    const pieces = interfacePieces(english);
    expect(pieces.length).toBeGreaterThan(500);
    expect(occurrences(foreignFragments(fr, en), pieces)).toEqual([]);
  });

  it("finds no string of the English catalogue in the French build's interface", () => {
    const pieces = interfacePieces(french);
    expect(pieces.length).toBeGreaterThan(500);
    expect(occurrences(foreignFragments(en, fr), pieces)).toEqual([]);
  });

  it("finds no French interface string in the English feeds, calendars and data, and no English one in the French ones", () => {
    const data = (built: Built) => {
      const content = contentStrings(built.timeline);
      const calendar = built === english ? "calendar.ics" : "calendrier.ics";
      // Values only: iCalendar properties' values, JSON strings, the feed's text (its XML and the HTML inside stripped).
      const icsValues = (ics: string) =>
        ics
          .replace(/\r\n /g, "")
          .split("\r\n")
          .map((line) => line.slice(line.indexOf(":") + 1).replace(/\\n/g, "\n").replace(/\\([,;\\])/g, "$1"));
      const jsonValues = (value: unknown): string[] =>
        typeof value === "string" ? [value.replace(/<[^>]*>/g, " ")] : typeof value === "object" && value !== null ? Object.values(value).flatMap(jsonValues) : [];
      const unescapeXml = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
      const feedText = unescapeXml(built.read("feed.xml").replace(/<[^>]*>/g, " ")).replace(/<[^>]*>/g, " ");
      return [
        ...icsValues(built.read(calendar)).map((text) => ({ file: calendar, text })),
        ...jsonValues(JSON.parse(built.read("timelinejs.json"))).map((text) => ({ file: "timelinejs.json", text })),
        { file: "feed.xml", text: feedText },
      ].map(({ file, text }) => ({ file, text: blank(text, content) }));
    };
    expect(occurrences(foreignFragments(fr, en), data(english))).toEqual([]);
    expect(occurrences(foreignFragments(en, fr), data(french))).toEqual([]);
  });

  it("is really checking: a French word left on an English page is found, and content is not", () => {
    const content = contentStrings(english.timeline);
    const pieces = (html: string) => interfaceOf(html, content).map((text) => ({ file: "page.html", text }));
    const frOnly = foreignFragments(fr, en);
    const leftover = '<main><p>Sources</p><a href="/evenements/x/#divergences">les sources divergent</a><nav aria-label="Fil d’Ariane"></nav></main>';
    expect(occurrences(frOnly, pieces(leftover)).map((f) => f.split(" in ")[0])).toEqual(
      expect.arrayContaining(['"evenements"', '"divergences"', '"les sources divergent"', '"Fil d’Ariane"']),
    );
    // A French quote, a French title and an English title holding "vers" are content, not interface.
    const contentOnly = `<main><q lang="fr">L’accord de partage de l’eau sera signé le 3 avril</q><h1 dir="auto">${escapeHtml(source("le-courrier-du-lac-2025-04-02").title)}</h1></main>`;
    expect(occurrences(frOnly, pieces(contentOnly))).toEqual([]);
  });
});

describe("a language without a catalogue", () => {
  it("fails the build with one clear line, and writes nothing", async () => {
    const content = path.join(tempDir("language"), "content");
    fs.cpSync(ENGLISH_FIXTURE, content, { recursive: true });
    fs.writeFileSync(path.join(content, "site.yml"), fs.readFileSync(path.join(content, "site.yml"), "utf8").replace(/^language: en$/m, "language: de"));
    const output = path.join(content, "..", "_site");
    const result = await runCli("build", { FRISE_CONTENT: content, FRISE_OUTPUT: output });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/"de" has no interface catalogue: expected a tag of fr or en/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(output)).toBe(false);
  });
});
