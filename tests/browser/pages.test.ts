/**
 * Every page of the real site (French) and of the English fixture, in real
 * Chromium over HTTP: loads with no console message of level warning or error,
 * no script error, no failed request, no request to another host, no CSP
 * violation; shows the same main content with JavaScript off; and axe-core finds
 * no WCAG 2.2 A/AA violation (`valid-lang` included: a French quote on an English
 * page says so), in light and dark schemes. The page list is every HTML file of
 * the build, whatever it holds.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { urlPaths } from "../../src/i18n/paths.ts";
import { builtSiteInBrowser, describeBrowser, newContext, PageWatch } from "../helpers/browser.ts";
import { SITES } from "../helpers/site.ts";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A word each site's search must find. */
const SEARCHED: Record<string, string> = { fr: "Moscou", en: "accord" };

for (const site of SITES) describeBrowser(`every page of the ${site.name} in Chromium`, () => {
  const built = builtSiteInBrowser("/", site.content);

  /** Visits every page in a fresh context and collects `check`'s complaints per page. */
  async function eachPage(
    options: Parameters<typeof newContext>[1],
    check: (watch: PageWatch, file: string) => Promise<string[]>,
  ): Promise<Record<string, string[]>> {
    const context = await newContext(built.browser, options);
    const watch = await PageWatch.open(context, built.server.origin);
    const failures: Record<string, string[]> = {};
    try {
      for (const file of built.pages) {
        const problems = await check(watch, file);
        if (problems.length) failures[file] = problems;
      }
    } finally {
      await context.close();
    }
    return failures;
  }

  async function axe(page: Page): Promise<string[]> {
    // Legacy mode runs axe in the page itself; the default opens an extra page per run to merge
    // frame results, twice as slow here, and the site has no frames.
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
    return results.violations.map(
      (v) =>
        `axe ${v.id} (${v.impact}): ${v.help} — ` +
        v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
          .join(" | "),
    );
  }

  it("finds the pages to check", () => {
    expect(built.pages).toContain("index.html");
    expect(built.pages).toContain("404.html");
    expect(built.pages.length).toBeGreaterThan(10);
  });

  it("loads every page cleanly, with no axe violation, in the light scheme", { timeout: 600_000 }, async () => {
    const failures = await eachPage({ colorScheme: "light" }, async (watch, file) => {
      const visit = await watch.visit(built.server.urlOfFile(file));
      return [...visit.problems, ...(await axe(watch.page))];
    });
    expect(failures).toEqual({});
  });

  it("loads every page cleanly, with no axe violation, in the dark scheme", { timeout: 600_000 }, async () => {
    const failures = await eachPage({ colorScheme: "dark" }, async (watch, file) => {
      const visit = await watch.visit(built.server.urlOfFile(file));
      const dark = await watch.page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
      return [...visit.problems, ...(dark ? [] : ["not in the dark scheme"]), ...(await axe(watch.page))];
    });
    expect(failures).toEqual({});
  });

  it("shows the same main content with JavaScript off", { timeout: 600_000 }, async () => {
    const withJs = new Map<string, string>();
    const on = await eachPage({}, async (watch, file) => {
      const visit = await watch.visit(built.server.urlOfFile(file));
      withJs.set(file, await watch.page.locator("main").innerText());
      return visit.problems;
    });
    const off = await eachPage({ javaScriptEnabled: false }, async (watch, file) => {
      const visit = await watch.visit(built.server.urlOfFile(file));
      const text = await watch.page.locator("main").innerText();
      const problems = [...visit.problems];
      if (text.trim().length < 20) problems.push(`main is (nearly) empty without JavaScript: ${JSON.stringify(text)}`);
      if (text !== withJs.get(file)) problems.push("main text differs between JavaScript on and off");
      return problems;
    });
    expect({ ...on, ...off }).toEqual({});
  });

  it("runs a search on the search page within the CSP, with results", async () => {
    const search = `${urlPaths(site.language).search.slice(1)}index.html`;
    expect(built.pages).toContain(search);
    const context = await newContext(built.browser);
    try {
      const watch = await PageWatch.open(context, built.server.origin);
      const visit = await watch.visit(`${built.server.urlOfFile(search)}?q=${encodeURIComponent(SEARCHED[site.language]!)}`);
      await watch.page.waitForSelector("main ol li a[href]");
      const after = await watch.collected();
      expect([...visit.problems, ...after.problems]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("answers an unknown address with the site's 404 page and status 404, cleanly", async () => {
    const context = await newContext(built.browser);
    try {
      const watch = await PageWatch.open(context, built.server.origin);
      const visit = await watch.visit(built.server.url("/pas-de-page-ici/"), 404);
      expect(visit.problems).toEqual([]);
      const notFound = await watch.page.locator("h1").innerText();
      await watch.visit(built.server.url("/404.html"));
      expect(await watch.page.locator("h1").innerText()).toBe(notFound);
    } finally {
      await context.close();
    }
  });

  it("is really checking: a broken page is caught", async () => {
    // The watch and axe must see problems when there are some, or the checks above prove nothing.
    const context = await newContext(built.browser);
    try {
      const watch = await PageWatch.open(context, built.server.origin);
      await watch.visit(built.server.url("/"));
      const problems = await watch.page.evaluate(async () => {
        const img = document.createElement("img"); // no alt: an axe violation
        img.src = "https://elsewhere.example/pixel.png"; // off-site and forbidden by the CSP
        document.body.append(img);
        await new Promise((r) => setTimeout(r, 300));
        return (window as unknown as { __friseCsp: string[] }).__friseCsp.length;
      });
      expect(problems).toBeGreaterThan(0);
      expect((await axe(watch.page)).join("\n")).toMatch(/image-alt/);
    } finally {
      await context.close();
    }
  });
});
