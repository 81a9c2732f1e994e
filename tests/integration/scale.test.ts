/**
 * The home page stays bounded at 10,000 events, and nothing becomes
 * unreachable for it: the home page links every year archive, each year every
 * month archive, each month all its events. Rendered with the real templates
 * from the real model of a synthetic corpus (src/corpus), without Eleventy, so
 * the test measures the pages and not the build.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/corpus/generate.ts";
import { loadTimeline } from "../../src/index.ts";
import { SiteModel } from "../../src/site-model.ts";
import { render as renderHome } from "../../layouts/index.11ty.ts";
import { render as renderYear } from "../../layouts/year.11ty.ts";
import { render as renderMonth } from "../../layouts/month.11ty.ts";
import { render as renderEntity } from "../../layouts/entity.11ty.ts";
import { parsePage, tempDir } from "../helpers/site.ts";

const EVENTS = 10_000;
let site: SiteModel;

beforeAll(() => {
  const dir = tempDir("scale");
  for (const [file, text] of generateCorpus({ events: EVENTS, seed: 3 })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  site = new SiteModel(loadTimeline({}, dir).timeline);
  fs.rmSync(dir, { recursive: true, force: true });
}, 300_000);

const links = (html: string) =>
  parsePage("page.html", html)
    .links.filter((l) => l.tag === "a")
    .map((l) => l.value);

describe(`a story of ${EVENTS.toLocaleString("en")} events`, () => {
  it("keeps the home page under 100 KB, with the latest events and a way into every archive", () => {
    expect(site.events.length).toBe(EVENTS);
    const home = renderHome({ frise: site });
    expect(Buffer.byteLength(home)).toBeLessThan(100 * 1024);
    const homeLinks = links(home);
    for (const year of site.timeline.years) expect(homeLinks).toContain(year.path);
    expect(homeLinks).toContain(site.events.at(-1)!.path);
    expect(homeLinks.filter((l) => l.startsWith("/evenements/")).length).toBeLessThan(200);
  });

  it("reaches every event through the year and month archives", () => {
    const reached = new Set<string>();
    const months = site.months;
    for (const year of site.timeline.years) {
      const yearLinks = links(renderYear({ frise: site, year }));
      for (const month of year.months) {
        if (month.path) {
          expect(yearLinks).toContain(month.path);
          const pageNumber = months.findIndex((m) => m.month === month);
          const html = renderMonth({ frise: site, archive: { year, month }, pagination: { pageNumber } });
          expect(Buffer.byteLength(html), month.path).toBeLessThan(500 * 1024);
          for (const l of links(html)) reached.add(l);
        } else {
          for (const l of yearLinks) reached.add(l);
        }
      }
    }
    const missing = site.events.filter((e) => !reached.has(e.path)).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it("splits long entity lists into pages of bounded size that together list every event once", () => {
    const busiest = [...site.entities].sort((a, b) => b.eventIds.length - a.eventIds.length)[0]!;
    expect(busiest.eventIds.length).toBeGreaterThan(400);
    const pages = site.entityPages.filter((p) => p.entity === busiest);
    expect(pages.length).toBeGreaterThan(1);
    const listed: string[] = [];
    for (const entityPage of pages) {
      const html = renderEntity({ frise: site, entityPage });
      expect(Buffer.byteLength(html), entityPage.path).toBeLessThan(100 * 1024);
      const hrefs = links(html);
      for (const other of pages) if (other !== entityPage) expect(hrefs).toContain(other.path);
      listed.push(...hrefs.filter((h) => h.startsWith("/evenements/")));
    }
    expect(listed).toEqual(busiest.eventIds.map((id) => site.event(id).path));
  });
});
