/**
 * Layout in real Chromium, for the real site (French) and the English fixture:
 * screenshots of the home, an event and a source page at 375 px and 1280 px
 * (kept in test-results/screenshots/ for people and CI to look at, the English
 * ones prefixed `en-`); nothing overflows horizontally at 375 px on any page;
 * the print stylesheet and the dark scheme really apply.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { urlPaths } from "../../src/i18n/paths.ts";
import { builtSiteInBrowser, describeBrowser, newContext } from "../helpers/browser.ts";
import { ROOT, SITES } from "../helpers/site.ts";

const SHOTS = path.join(ROOT, "test-results", "screenshots");

for (const site of SITES) describeBrowser(`layout of the ${site.name}`, () => {
  const built = builtSiteInBrowser("/", site.content);
  /** Screenshots of the French site keep their names; the English ones are prefixed. */
  const shot = (name: string) => `${site.language === "fr" ? "" : `${site.language}-`}${name}`;
  const { segments } = urlPaths(site.language);

  async function withPage<T>(options: Parameters<typeof newContext>[1], use: (page: Page) => Promise<T>): Promise<T> {
    const context = await newContext(built.browser, options);
    try {
      return await use(await context.newPage());
    } finally {
      await context.close();
    }
  }

  /** The first event page and the first source page of the build (not the indexes). */
  const sample = () => {
    const event = built.pages.find((f) => new RegExp(`^${segments.events}/[^/]+/index\\.html$`).test(f));
    const source = built.pages.find((f) => new RegExp(`^${segments.sources}/[^/]+/index\\.html$`).test(f));
    if (!event || !source) throw new Error("no event or source page in the build");
    return { home: "index.html", event, source };
  };

  it("takes screenshots of the home, an event and a source page at 375 and 1280 px", async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const width of [375, 1280]) {
      for (const scheme of ["light", "dark"] as const) {
        await withPage({ viewport: { width, height: 900 }, colorScheme: scheme }, async (page) => {
          for (const [name, file] of Object.entries(sample())) {
            await page.goto(built.server.urlOfFile(file));
            const out = path.join(SHOTS, shot(`${name}-${width}${scheme === "dark" ? "-dark" : ""}.png`));
            fs.rmSync(out, { force: true });
            await page.screenshot({ path: out, fullPage: true });
            const png = fs.readFileSync(out);
            expect(png.subarray(1, 4).toString()).toBe("PNG");
            expect(png.readUInt32BE(16), `${out} width`).toBe(width); // IHDR width: the page did not widen the shot
          }
        });
      }
    }
  });

  it("does not overflow horizontally at 375 px, on any page", { timeout: 300_000 }, async () => {
    const failures = await withPage({ viewport: { width: 375, height: 800 } }, async (page) => {
      const found: Record<string, string[]> = {};
      for (const file of built.pages) {
        await page.goto(built.server.urlOfFile(file));
        const wide = await page.evaluate(() => {
          const doc = document.scrollingElement!;
          if (doc.scrollWidth <= innerWidth) return [];
          // Name the culprits: the outermost elements that stick out on the right.
          const out = [...document.querySelectorAll("body *")].filter((el) => {
            const r = el.getBoundingClientRect();
            return r.right > innerWidth + 0.5 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > innerWidth + 0.5);
          });
          return [
            `scrollWidth ${doc.scrollWidth} > innerWidth ${innerWidth}`,
            ...out.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} right=${Math.round(el.getBoundingClientRect().right)}`),
          ];
        });
        if (wide.length) found[file] = wide;
      }
      return found;
    });
    expect(failures).toEqual({});
  });

  it("applies the print stylesheet", async () => {
    const { event } = sample();
    const read = (page: Page) =>
      page.evaluate(() => {
        const display = (selector: string) => {
          const el = document.querySelector(selector);
          return el ? getComputedStyle(el).display : "missing";
        };
        return {
          print: matchMedia("print").matches,
          skip: display(".skip-link"),
          nav: display(".site-header nav"),
          background: getComputedStyle(document.body).backgroundColor,
          color: getComputedStyle(document.body).color,
        };
      });
    await withPage({ colorScheme: "dark" }, async (page) => {
      await page.goto(built.server.urlOfFile(event));
      const screen = await read(page);
      await page.emulateMedia({ media: "print" });
      const print = await read(page);
      expect(screen).toMatchObject({ print: false });
      expect(screen.skip).not.toBe("none");
      expect(screen.nav).not.toBe("none");
      // On paper: no navigation, black on white even when the reader prefers dark.
      expect(print).toEqual({ print: true, skip: "none", nav: "none", background: "rgb(255, 255, 255)", color: "rgb(0, 0, 0)" });
      const pdf = await page.pdf({ path: path.join(SHOTS, shot("event-print.pdf")) });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    });
  });

  it("switches to dark colours when the reader prefers a dark scheme", async () => {
    const colours = (scheme: "light" | "dark") =>
      withPage({ colorScheme: scheme }, async (page) => {
        await page.goto(built.server.url("/"));
        return page.evaluate(() => {
          const luminance = (c: string) => {
            const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255) as [number, number, number];
            const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
            return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
          };
          const body = getComputedStyle(document.body);
          return { background: luminance(body.backgroundColor), text: luminance(body.color), raw: body.backgroundColor };
        });
      });
    const light = await colours("light");
    const dark = await colours("dark");
    expect(dark.raw).not.toBe(light.raw);
    expect(light.background).toBeGreaterThan(light.text);
    expect(dark.background).toBeLessThan(0.05);
    expect(dark.text).toBeGreaterThan(dark.background);
  });
});
