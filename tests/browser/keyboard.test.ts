/**
 * Keyboard use of the real site (French) and of the English fixture in Chromium:
 * the first Tab lands on a skip link to the main content, which takes focus when
 * activated; from the home page, Tab reaches every event link, each time with a
 * visible focus indicator.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { catalogueFor } from "../../src/i18n/index.ts";
import { urlPaths } from "../../src/i18n/paths.ts";
import { describeBrowser, launchBrowser, newContext, PageWatch } from "../helpers/browser.ts";
import { serve, type Served } from "../helpers/serve.ts";
import { buildInto, listFiles, SITES } from "../helpers/site.ts";

interface Focused {
  /** A short description: tag, class and href. */
  label: string;
  href: string | null;
  svg: boolean;
  focusVisible: boolean;
  inMain: boolean;
  /** Why the focus is visible (outline, box-shadow, changed stroke), or "" when it is not. */
  indicator: string;
}

/** Computed style of the focused element and its descendants, as the reader would see it. */
function describeFocus(unfocused: Record<string, string>): Focused {
  const el = document.activeElement as (HTMLElement | SVGElement) | null;
  if (!el || el === document.body) return { label: "body", href: null, svg: false, focusVisible: false, inMain: false, indicator: "" };
  const cs = getComputedStyle(el);
  const transparent = (c: string) => c === "transparent" || /rgba\(.*,\s*0\)$/.test(c);
  const bg = getComputedStyle(document.body).backgroundColor;
  const reasons: string[] = [];
  if (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2 && !transparent(cs.outlineColor) && cs.outlineColor !== bg) {
    reasons.push(`outline ${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}`);
  }
  if (cs.boxShadow !== "none") reasons.push(`box-shadow ${cs.boxShadow}`);
  const href = el.getAttribute("href");
  // SVG links cannot show an outline around a shape nicely: a changed stroke counts as an indicator.
  const strokes = [...el.querySelectorAll("*")].map((d) => `${getComputedStyle(d).stroke} ${getComputedStyle(d).strokeWidth}`).join("|");
  if (href !== null && unfocused[href] !== undefined && unfocused[href] !== strokes) reasons.push("stroke changes on focus");
  return {
    label: `${el.tagName.toLowerCase()}${el.getAttribute("class") ? "." + el.getAttribute("class")!.split(/\s+/).join(".") : ""}${href ? `[href="${href}"]` : ""}`,
    href,
    svg: el instanceof SVGElement,
    focusVisible: el.matches(":focus-visible"),
    inMain: el.closest("main") !== null,
    indicator: reasons.join(", "),
  };
}

/** Strokes of every link's descendants with nothing focused, keyed by href. */
function unfocusedStrokes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of document.querySelectorAll("a[href]")) {
    out[a.getAttribute("href")!] = [...a.querySelectorAll("*")].map((d) => `${getComputedStyle(d).stroke} ${getComputedStyle(d).strokeWidth}`).join("|");
  }
  return out;
}

for (const tested of SITES) describeBrowser(`keyboard on the ${tested.name}`, () => {
  /** The main content's id, target of the skip link: `contenu`, `content`. */
  const main = catalogueFor(tested.language).ids.content;
  /** Event pages' addresses: `/evenements/<id>/`, `/events/<id>/`. */
  const eventsSegment = urlPaths(tested.language).segments.events;
  let site: string;
  let server: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    site = await buildInto({ FRISE_CONTENT: tested.content });
    server = await serve(site);
    browser = await launchBrowser();
    context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    page = (await PageWatch.open(context, server.origin)).page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lands on a skip link to the main content with the first Tab, on every page", { timeout: 300_000 }, async () => {
    const failures: Record<string, string> = {};
    for (const file of listFiles(site).filter((f) => f.endsWith(".html"))) {
      await page.goto(server.urlOfFile(file));
      await page.keyboard.press("Tab");
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement;
        const r = el.getBoundingClientRect();
        return { href: el.getAttribute("href"), text: el.textContent?.trim() ?? "", onScreen: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 0 };
      });
      if (first.href !== `#${main}` || !first.text || !first.onScreen) failures[file] = JSON.stringify(first);
    }
    expect(failures).toEqual({});
  });

  it("moves focus to the main content when the skip link is activated", async () => {
    await page.goto(server.url("/"));
    expect(await page.evaluate((id) => document.getElementById(id)?.tagName, main)).toBe("MAIN");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(main);
    expect(new URL(page.url()).hash).toBe(`#${main}`);
    // The next Tab continues from the main content, not from the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });

  it("reaches every event link of the home page with Tab, each with a visible focus indicator", async () => {
    await page.goto(server.url("/"));
    // Every element, not every address: the time axis and the list both link to each event.
    const eventLinks = await page.evaluate(
      (segment) => [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!).filter((h) => new RegExp(`/${segment}/[^/]+/$`).test(h)),
      eventsSegment,
    );
    expect(eventLinks.length).toBeGreaterThan(0);
    const unfocused = await page.evaluate(unfocusedStrokes);

    const visited: Focused[] = [];
    for (let i = 0; i < 1000; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(describeFocus, unfocused);
      if (focused.label === "body" || (visited.length > 0 && focused.label === visited[0]!.label)) break;
      visited.push(focused);
    }
    const count = (hrefs: (string | null)[]) => hrefs.reduce((m, h) => m.set(h, (m.get(h) ?? 0) + 1), new Map<string | null, number>());
    const reached = count(visited.map((f) => f.href));
    const missed = [...count(eventLinks)].filter(([h, n]) => (reached.get(h) ?? 0) < n).map(([h, n]) => `${h}: ${reached.get(h) ?? 0} of ${n}`);
    expect(visited[0]?.href).toBe(`#${main}`);
    expect(missed).toEqual([]);
    const invisible = visited.filter((f) => !f.focusVisible || !f.indicator).map((f) => f.label);
    expect(invisible).toEqual([]);
  });
});
