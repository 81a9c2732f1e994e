/**
 * Search in a real browser: an inflected form finds the word ("consultation"
 * → "consultations" with French stemming on the French site, "signing" →
 * "signed" with English stemming on the English one), filters narrow the
 * results, a result leads to its page, and all of it under a path prefix with
 * no console error, failed request or CSP violation. The index is built from the
 * model: source texts, entity names and aliases are searchable, and filters
 * match the model. On the English site, a French source is indexed in French,
 * in its own bundle, and found all the same.
 */
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { catalogueFor } from "../../src/i18n/index.ts";
import { urlPaths } from "../../src/i18n/paths.ts";
import { loadTimeline } from "../../src/index.ts";
import { plainText } from "../../src/render/markdown.ts";
import { builtSiteInBrowser, describeBrowser, newContext, PageWatch } from "../helpers/browser.ts";
import { ENGLISH_FIXTURE } from "../helpers/site.ts";

const PREFIX = "/preview/pr-7/";

/** A search run through the search page's form, as a reader would. */
function searcher(built: ReturnType<typeof builtSiteInBrowser>, language: string, context: () => BrowserContext) {
  const t = catalogueFor(language);
  return async function search(query: string, type = "", topic = ""): Promise<{ watch: PageWatch; titles: string[]; status: string }> {
    const watch = await PageWatch.open(context(), built.server.origin);
    const visit = await watch.visit(built.server.url(urlPaths(language).search));
    expect(visit.problems).toEqual([]);
    const { page } = watch;
    await page.fill("#q", query);
    if (type) await page.selectOption("#type", type);
    if (topic) await page.selectOption(`#${t.ids.topicField}`, topic);
    await page.click("button[type=submit]");
    await page.waitForFunction(
      (busy) => {
        const status = document.querySelector("[data-search-status]")?.textContent ?? "";
        return status !== "" && status !== busy;
      },
      t.search.searching,
      { timeout: 15_000 },
    );
    const titles = await page.locator(".search-results h3").allTextContents();
    const status = (await page.textContent("[data-search-status]")) ?? "";
    const after = await watch.collected();
    expect(after.problems).toEqual([]);
    return { watch, titles, status };
  };
}

describeBrowser("search on the French site", () => {
  const built = builtSiteInBrowser(PREFIX);
  let context: BrowserContext;
  const search = searcher(built, "fr", () => context);

  // After the built site's own set-up; closing its browser closes this context.
  beforeAll(async () => {
    context = await newContext(built.browser);
  });

  it("finds 'consultations' when asked for 'consultation', and a result opens its page", async () => {
    const { watch, titles, status } = await search("consultation");
    const { page } = watch;
    expect(status).toMatch(/^\d+ résultats? pour « consultation »/);
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
    expect(none.status).toBe("Aucun résultat pour « zzzxqw ».");
    await none.watch.page.close();
  });

  it("searches the sources' archived text and the entities' names and aliases", async () => {
    // "Wagner" is only in the archived article, not in any event.
    const wagner = await search("Wagner");
    expect(wagner.titles).toEqual(["Première session des consultations AES-Russie annoncée à cette date"]);
    // A French source on a French site: no lang of its own.
    expect(await wagner.watch.page.locator(".search-results h3 a").first().getAttribute("lang")).toBeNull();
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

describeBrowser("search on the English site", () => {
  const built = builtSiteInBrowser(PREFIX, ENGLISH_FIXTURE);
  let context: BrowserContext;
  const search = searcher(built, "en", () => context);

  beforeAll(async () => {
    context = await newContext(built.browser);
  });

  it("finds 'signed' when asked for 'signing' (English stemming), and a result opens its page", async () => {
    const { watch, titles, status } = await search("signing", "Event");
    const { page } = watch;
    expect(status).toMatch(/^\d+ results? for “signing”\.$/);
    expect(titles).toContain("The water accord is signed");
    await Promise.all([page.waitForURL(/\/events\//), page.locator(".search-results a", { hasText: "The water accord is signed" }).click()]);
    expect(new URL(page.url()).pathname).toBe(`${PREFIX}events/2025-04-03-water-accord-signed/`);
    await page.close();
  });

  it("finds a French source from the English site by its French words, marked as French", async () => {
    // "canalisation" is only in the French article; "élus" too.
    for (const word of ["canalisation", "élus"]) {
      const french = await search(word);
      expect(french.titles, word).toEqual(["Villeneuve-sur-Lac et Lakeport signeront un accord sur l’eau"]);
      const link = french.watch.page.locator(".search-results h3 a").first();
      expect(await link.getAttribute("lang")).toBe("fr");
      expect(await link.getAttribute("href")).toBe(`${PREFIX}sources/le-courrier-du-lac-2025-04-02/`);
      expect(await french.watch.page.locator(".search-results .entry-meta").first().textContent()).toBe("Source");
      await french.watch.page.close();
    }
  });

  it("filters by type and topic with the English names, and says when nothing matches", async () => {
    const person = await search("Dufour", "Person");
    expect(person.titles).toEqual(["Jean Dufour"]);
    await person.watch.page.close();

    // The events filed under the topic whose own text names Villeneuve.
    const { timeline } = loadTimeline({}, ENGLISH_FIXTURE);
    const expected = timeline.events
      .filter((e) => e.topicIds.includes("town-twinning") && `${e.title} ${plainText(e.tokens)}`.includes("Villeneuve"))
      .map((e) => e.title);
    expect(expected.length).toBeGreaterThan(0);
    const all = await search("Villeneuve", "Event");
    const twinning = await search("Villeneuve", "Event", "Town twinning");
    expect(twinning.titles.sort()).toEqual([...expected].sort());
    expect(all.titles.length).toBeGreaterThan(twinning.titles.length);
    await all.watch.page.close();
    await twinning.watch.page.close();

    const none = await search("zzzxqw");
    expect(none.titles).toEqual([]);
    expect(none.status).toBe("No result for “zzzxqw”.");
    await none.watch.page.close();
  });
});
