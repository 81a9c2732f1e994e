/**
 * Search in a real browser: an inflected form finds the word ("consultation"
 * → "consultations", French stemming), filters narrow the results, a result
 * leads to its page, and all of it under a path prefix with no console error,
 * failed request or CSP violation. The index is built from the model: source
 * texts, entity names and aliases are searchable, and filters match the model.
 */
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { loadTimeline } from "../../src/index.ts";
import { builtSiteInBrowser, describeBrowser, newContext, PageWatch } from "../helpers/browser.ts";

const PREFIX = "/preview/pr-7/";

describeBrowser("search", () => {
  const built = builtSiteInBrowser(PREFIX);
  let context: BrowserContext;

  // After the built site's own set-up; closing its browser closes this context.
  beforeAll(async () => {
    context = await newContext(built.browser);
  });

  async function search(query: string, type = "", theme = ""): Promise<{ watch: PageWatch; titles: string[]; status: string }> {
    const watch = await PageWatch.open(context, built.server.origin);
    const visit = await watch.visit(built.server.url("/recherche/"));
    expect(visit.problems).toEqual([]);
    const { page } = watch;
    await page.fill("#q", query);
    if (type) await page.selectOption("#type", type);
    if (theme) await page.selectOption("#theme", theme);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => /résultat/.test(document.getElementById("statut-recherche")?.textContent ?? ""), undefined, { timeout: 15_000 });
    const titles = await page.locator(".search-results h3").allTextContents();
    const status = (await page.textContent("#statut-recherche")) ?? "";
    return { watch, titles, status };
  }

  it("finds 'consultations' when asked for 'consultation', and a result opens its page", async () => {
    const { watch, titles } = await search("consultation");
    const { page } = watch;
    expect(titles).toContain("Premières consultations AES–Russie à Moscou");
    expect(await page.locator(".search-results mark").first().textContent()).toMatch(/^consultations?$/i);
    await Promise.all([page.waitForURL(/\/evenements\//), page.locator(".search-results a", { hasText: "Premières consultations AES–Russie à Moscou" }).click()]);
    expect(new URL(page.url()).pathname).toBe(`${PREFIX}evenements/2025-04-premieres-consultations-aes-russie-moscou/`);
    expect(await page.locator("h1").textContent()).toBe("Premières consultations AES–Russie à Moscou");
    await page.close();
  });

  it("filters results by type, and says when nothing matches", async () => {
    const sources = await search("consultation", "Source");
    expect(sources.titles.length).toBeGreaterThan(0);
    const hrefs = await sources.watch.page.locator(".search-results h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${PREFIX}sources/`));
    await sources.watch.page.close();

    const none = await search("zzzxqw");
    expect(none.titles).toEqual([]);
    expect(none.status).toContain("Aucun résultat");
    await none.watch.page.close();
  });

  it("searches the sources' archived text and the entities' names and aliases", async () => {
    // "Wagner" is only in the archived article, not in any event.
    const wagner = await search("Wagner");
    expect(wagner.titles).toEqual(["Première session des consultations AES-Russie annoncée à cette date"]);
    await wagner.watch.page.close();

    // An alias without the diaeresis finds the person's page.
    const alias = await search("Maiga", "Personne");
    expect(alias.titles).toContain("Abdoulaye Maïga");
    await alias.watch.page.close();
  });

  it("filters events by theme as the model files them", async () => {
    const { timeline } = loadTimeline({}, path.resolve("content"));
    const expected = timeline.events.filter((e) => e.topicIds.includes("diaspora")).map((e) => e.title);
    expect(expected.length).toBeGreaterThan(0);
    const all = await search("AES", "Événement");
    const diaspora = await search("AES", "Événement", "Diaspora");
    expect(diaspora.titles.sort()).toEqual([...expected].sort());
    expect(all.titles.length).toBeGreaterThan(diaspora.titles.length);
    await all.watch.page.close();
    await diaspora.watch.page.close();
  });
});
