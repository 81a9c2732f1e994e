/**
 * Hostile content (tests/fixtures/hostile/): markup, event handlers,
 * `javascript:` and `data:` links, quotes that try to leave attributes,
 * `</script>` and `-->` in every field a contributor can type. It is valid
 * content, so it builds; every page must then show it as text and run none of
 * it — checked in the HTML as written (parse5) and in Chromium, searches included.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueFor } from "../../src/i18n/index.ts";
import { urlPaths } from "../../src/i18n/paths.ts";
import { loadTimeline } from "../../src/index.ts";
import type { Timeline } from "../../src/model/timeline.ts";
import { describeBrowser, launchBrowser, newContext, PageWatch } from "../helpers/browser.ts";
import { serve, type Served } from "../helpers/serve.ts";
import { attr, buildInto, listFiles, parsePage, readSite, ROOT, runCli, tempDir, textOf, type ParsedPage } from "../helpers/site.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/hostile");
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);
/** Attributes that hold a URL a browser may follow or load. */
const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "poster", "data"];
const FORBIDDEN_ELEMENTS = ["iframe", "object", "embed", "style", "base", "frame", "frameset", "applet"];

let site: string;
let timeline: Timeline;

beforeAll(async () => {
  timeline = loadTimeline({}, FIXTURE).timeline;
  site = await buildInto({ FRISE_CONTENT: FIXTURE });
});

/** What every page must be free of, judged from its markup. */
function injections(page: ParsedPage): string[] {
  const found: string[] = [];
  for (const el of page.elements) {
    const where = `<${el.tagName}>`;
    for (const a of el.attrs) {
      if (/^on/i.test(a.name)) found.push(`${where} has an event handler attribute ${a.name}="${a.value}"`);
      if (URL_ATTRS.includes(a.name)) {
        // Browsers ignore whitespace and control characters in a scheme: compare as they would.
        const compact = a.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
        if (scheme && !SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`)) found.push(`${where} ${a.name}="${a.value}"`);
      }
    }
    if (FORBIDDEN_ELEMENTS.includes(el.tagName)) found.push(`${where} element`);
    if (el.tagName === "script") {
      const type = attr(el, "type");
      const src = attr(el, "src");
      if (type === "application/ld+json") {
        const json = textOf(el);
        if (/<\/script/i.test(json)) found.push("JSON-LD contains </script");
        try {
          JSON.parse(json);
        } catch {
          found.push("JSON-LD is not valid JSON");
        }
      } else if (!src || !/^\/[^/]/.test(src) || textOf(el).trim() !== "") {
        found.push(`<script> that is not the site's own: type=${type} src=${src} text=${JSON.stringify(textOf(el).slice(0, 80))}`);
      }
    }
  }
  return found;
}

describe("hostile content, as written", () => {
  it("builds, and every content file has its page", () => {
    const files = listFiles(site);
    for (const e of timeline.events) expect(files).toContain(`${e.path.slice(1)}index.html`);
    for (const s of timeline.sources) expect(files).toContain(`${s.path.slice(1)}index.html`);
    for (const n of timeline.entities) expect(files).toContain(`${n.path.slice(1)}index.html`);
    expect(timeline.entities.map((n) => n.kind).sort()).toEqual(["country", "organisation", "person", "place", "place", "topic"]);
  });

  it("has no injected element, handler, script or dangerous link on any page", () => {
    const found: Record<string, string[]> = {};
    for (const page of readSite(site).values()) {
      const list = injections(page);
      if (list.length) found[page.file] = list;
    }
    expect(found).toEqual({});
  });

  it("is really checking: the markup check catches injections", () => {
    const bad = parsePage("x.html", '<p><img src=x onerror=alert(1)><a href=" jav&#x09;ascript:alert(1)">x</a><script>alert(1)</script><iframe></iframe></p>');
    expect(injections(bad)).toHaveLength(4);
  });

  it("refuses a javascript: or data: source url, naming the file and field, without a stack trace", async () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", " JaVaScRiPt:alert(1)"]) {
      const copy = path.join(tempDir("hostile-url"), "content");
      fs.cpSync(FIXTURE, copy, { recursive: true });
      const file = path.join(copy, "sources/source-hostile.md");
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^url: .*$/m, `url: ${JSON.stringify(url)}`));
      const result = await runCli("build", { FRISE_CONTENT: copy, FRISE_OUTPUT: path.join(copy, "..", "_site") });
      expect(result.code, url).not.toBe(0);
      expect(result.stderr).toMatch(/source-hostile\.md:\d+.*url/);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(fs.existsSync(path.join(copy, "..", "_site"))).toBe(false);
    }
  });
});

describeBrowser("hostile content in Chromium", () => {
  let server: Served;
  let browser: Browser;
  let context: BrowserContext;
  let watch: PageWatch;

  beforeAll(async () => {
    server = await serve(site);
    browser = await launchBrowser();
    context = await newContext(browser);
    watch = await PageWatch.open(context, server.origin);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Injections as the browser sees the live document (after any script ran). */
  const liveInjections = (on: PageWatch = watch) =>
    on.page.evaluate(
      ({ safe, forbidden }) => {
        const found: string[] = [];
        for (const el of document.querySelectorAll("*")) {
          for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(`${el.tagName} ${a}`);
          if (forbidden.includes(el.tagName.toLowerCase())) found.push(`${el.tagName} element`);
        }
        for (const a of document.querySelectorAll("a[href], area[href]")) {
          const protocol = new URL((a as HTMLAnchorElement).href, location.href).protocol;
          if (!safe.includes(protocol)) found.push(`link to ${protocol} ${(a as HTMLAnchorElement).getAttribute("href")}`);
        }
        for (const s of document.querySelectorAll("script")) {
          const own = s.type === "application/ld+json" || (s.src !== "" && new URL(s.src).origin === location.origin && s.text.trim() === "");
          if (!own) found.push(`script ${s.outerHTML.slice(0, 80)}`);
        }
        return found;
      },
      { safe: [...SAFE_SCHEMES], forbidden: FORBIDDEN_ELEMENTS },
    );

  it("runs nothing on any page: no dialog, no console message, no injected element", { timeout: 300_000 }, async () => {
    const failures: Record<string, string[]> = {};
    for (const file of listFiles(site).filter((f) => f.endsWith(".html"))) {
      const visit = await watch.visit(server.urlOfFile(file));
      const problems = [...visit.problems, ...visit.messages.filter((m) => !visit.problems.includes(m)), ...(await liveInjections())];
      if (problems.length) failures[file] = problems;
    }
    expect(failures).toEqual({});
  });

  it("is really checking: an injected handler, a dialog and a javascript: link are caught", async () => {
    // On a page of its own, so that the injected image's request cannot leak into other tests.
    const own = await PageWatch.open(context, server.origin);
    try {
      await own.visit(server.url("/"));
      await own.page.evaluate(() => {
        document.body.insertAdjacentHTML("beforeend", '<img src="x" onerror="alert(1)"><a href="javascript:alert(2)">x</a>');
        alert("direct"); // evaluate is not subject to the CSP: the dialog must be seen
      });
      const after = await own.collected();
      expect(after.dialogs).toEqual(["alert: direct"]);
      expect(after.problems.join("\n")).toMatch(/CSP violation|Refused/); // the inline handler was blocked, and reported
      expect(await liveInjections(own)).toEqual(["IMG onerror", "link to javascript: javascript:alert(2)"]);
    } finally {
      await own.page.close();
    }
  });

  it("shows the hostile text as text: titles, names, bodies", async () => {
    const text = async (url: string) => {
      const visit = await watch.visit(url);
      expect(visit.problems).toEqual([]);
      return { h1: await watch.page.locator("h1").innerText(), main: await watch.page.locator("main").innerText(), title: await watch.page.title() };
    };
    for (const event of timeline.events) {
      const page = await text(server.url(event.path));
      expect(page.h1).toBe(event.title);
      expect(page.title).toContain(event.title);
      for (const id of event.participantIds) expect(page.main).toContain(timeline.entityById.get(id)!.name);
    }
    const first = await text(server.url(timeline.events[0]!.path));
    expect(first.main).toContain("<script>alert('événement')</script>");
    expect(first.main).toContain("<img src=x onerror=alert('événement')>");
    expect(first.main).toContain("[cliquez ici](javascript:alert('événement'))");
    for (const source of timeline.sources) {
      const page = await text(server.url(source.path));
      expect(page.h1).toBe(source.title);
      if (source.outlet) expect(page.main).toContain(source.outlet);
    }
    for (const entity of timeline.entities) expect((await text(server.url(entity.path))).h1).toContain(entity.name);
    const home = await text(server.url("/"));
    expect(await watch.page.locator(".site-title").innerText()).toBe(timeline.site.title);
    for (const event of timeline.events) expect(home.main).toContain(event.title);
  });

  it("runs searches for the hostile words without running them", async () => {
    const searchPage = server.url(urlPaths(timeline.site.language).search);
    const searching = catalogueFor(timeline.site.language).search.searching;
    for (const query of ["alert", "script", "onerror", "<script>", "javascript:alert(1)", "\"'><svg onload=alert(1)>"]) {
      const visit = await watch.visit(`${searchPage}?q=${encodeURIComponent(query)}`);
      await watch.page.waitForFunction((busy) => {
        const status = document.querySelector("[data-search-status]")?.textContent ?? "";
        return status !== "" && status !== busy;
      }, searching);
      // The search runs after load: read what happened since, not only what the visit saw.
      const after = await watch.collected();
      expect(visit.problems, query).toEqual([]);
      expect([...after.problems, ...after.messages, ...(await liveInjections())], query).toEqual([]);
    }
    await watch.visit(`${searchPage}?q=alert`);
    await watch.page.waitForSelector(".search-results li");
    expect(await watch.page.locator(".search-results li").count()).toBeGreaterThan(0);
  });
});
