/**
 * The synthetic corpus generator (`npm run corpus`): the same seed writes the
 * same bytes; what it writes is valid frise content that the real loader reads
 * with ranges, uncertain and open dates, disagreements and every kind of entity;
 * and the site built from a larger one stays light (page weight targets of BENCHMARKS.md).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/corpus/generate.ts";
import { loadTimeline, type Timeline } from "../../src/index.ts";
import { buildInto, listFiles, runCli, tempDir } from "../helpers/site.ts";

const EVENTS = 200;

function fingerprint(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash("sha256").update(fs.readFileSync(path.join(dir, f))).digest("hex")]));
}

async function corpus(events: number, seed: number): Promise<string> {
  const out = path.join(tempDir("corpus"), "content");
  const result = await runCli("corpus", {}, ["--events", String(events), "--seed", String(seed), "--out", out]);
  if (result.code !== 0) throw new Error(`corpus failed (${result.code}):\n${result.stderr}`);
  return out;
}

/** HTML bytes plus the bytes of every stylesheet the page links to. */
function weight(site: string, page: string): number {
  const html = fs.readFileSync(path.join(site, page), "utf8");
  const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
  expect(sheets.length, `${page} links one stylesheet`).toBe(1);
  return Buffer.byteLength(html) + sheets.reduce((n, href) => n + fs.statSync(path.join(site, href)).size, 0);
}

let dir: string;
let timeline: Timeline;

beforeAll(async () => {
  dir = await corpus(EVENTS, 7);
  timeline = loadTimeline({}, dir).timeline;
});

describe("npm run corpus", () => {
  it("writes the same bytes for the same seed, and other bytes for another seed", async () => {
    const again = fingerprint(await corpus(EVENTS, 7));
    const first = fingerprint(dir);
    expect(again.size).toBe(first.size);
    expect([...first].filter(([f, h]) => again.get(f) !== h)).toEqual([]);
    const other = fingerprint(await corpus(EVENTS, 8));
    expect([...first].filter(([f, h]) => other.get(f) !== h).length).toBeGreaterThan(EVENTS / 2);
  });

  it("has the layout of content/: site.yml, N events, N/5 sources, entities", () => {
    const files = listFiles(dir);
    expect(files).toContain("site.yml");
    expect(files.filter((f) => /^events\/[a-z0-9-]+\.md$/.test(f))).toHaveLength(EVENTS);
    expect(files.filter((f) => /^sources\/[a-z0-9-]+\.md$/.test(f))).toHaveLength(EVENTS / 5);
    expect(files.filter((f) => f.startsWith("entities/")).length).toBeGreaterThanOrEqual(50);
    expect(files.every((f) => f === "site.yml" || /^(events|sources|entities)\/[a-z0-9-]+\.md$/.test(f))).toBe(true);
  });

  it("passes npm run check with no error", async () => {
    const result = await runCli("check", { FRISE_CONTENT: dir });
    expect(result.stderr).not.toMatch(/: error: /);
    expect(result.code).toBe(0);
  });

  it("has the shapes of real timelines: ranges, approximate, uncertain and open dates, undated events", () => {
    const kinds = new Set(timeline.events.map((e) => e.date.value.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["after", "before", "point", "range"]));
    const points = timeline.events.flatMap((e) => (e.date.value.kind === "point" ? [e.date.value.point] : []));
    expect(points.some((p) => p.approximate)).toBe(true);
    expect(points.some((p) => p.uncertain)).toBe(true);
    expect(new Set(points.map((p) => p.precision))).toEqual(new Set(["day", "month", "year"]));
    expect(new Set(timeline.events.map((e) => e.id.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    // Undated events are rare (about 1 in 200): look for them in a larger corpus, as written.
    const larger = [...generateCorpus({ events: 2000, seed: 7 }).entries()].filter(([f]) => f.startsWith("events/"));
    expect(larger.filter(([, text]) => /^date: unknown$/m.test(text)).length).toBeGreaterThan(0);
  });

  it("has disagreements between sources: dates, places and names, with verified quotes", () => {
    const disputedDates = timeline.events.filter((e) => e.date.disputed);
    expect(disputedDates.length).toBeGreaterThan(0);
    expect(disputedDates.every((e) => e.dateClaims.length >= 2 && e.dateClaims.every((c) => c.notes.length > 0))).toBe(true);
    expect(timeline.events.some((e) => e.date.basis === "editor")).toBe(true);
    expect(timeline.events.some((e) => e.date.basis === "majority" || e.place?.basis === "majority" )).toBe(true);
    const namings = timeline.events.flatMap((e) => e.names);
    expect(namings.length).toBeGreaterThan(0);
    expect(namings.every((n) => n.claims.length >= 2)).toBe(true);
    // Every event cites its sources in its body: notes exist and point to marked passages.
    expect(timeline.events.every((e) => e.notes.length > 0)).toBe(true);
    expect(timeline.sources.every((s) => s.passages.length > 0 && s.citedBy.length > 0)).toBe(true);
  });

  it("names entities of every kind, and every entity is named by some event", () => {
    expect([...timeline.entitiesByKind.keys()].sort()).toEqual(["country", "organisation", "person", "place", "topic"]);
    expect(timeline.entities.every((e) => e.eventIds.length > 0)).toBe(true);
    expect(timeline.entities.some((e) => e.notes.length > 0)).toBe(true);
    const sourcesPerEvent = timeline.events.map((e) => e.sourceIds.length);
    expect(Math.min(...sourcesPerEvent)).toBe(1);
    expect(Math.max(...sourcesPerEvent)).toBe(3);
  });

  it("refuses to write into a folder that is not empty, and names what to do", async () => {
    const result = await runCli("corpus", {}, ["--events", "10", "--out", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not empty.*--force/);
    const missing = await runCli("corpus", {}, ["--out", path.join(tempDir("corpus"), "x")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--events is required/);
  });
});

// Heavier pages (three sources, disputes, full "related" lists) get common only with more events: weigh 1,000.
describe("the site built from a generated corpus of 1,000 events", () => {
  let site: string;
  let large: Timeline;

  beforeAll(async () => {
    const content = await corpus(1000, 7);
    large = loadTimeline({}, content).timeline;
    site = await buildInto({ FRISE_CONTENT: content });
  });

  it("has a page for every event", () => {
    const files = new Set(listFiles(site));
    for (const e of large.events) expect(files.has(`evenements/${e.id}/index.html`)).toBe(true);
  });

  it("keeps every event page under 20 KB of HTML and CSS together", () => {
    const heavy = large.events
      .map((e) => ({ id: e.id, bytes: weight(site, `evenements/${e.id}/index.html`) }))
      .filter((p) => p.bytes >= 20 * 1024)
      .sort((a, b) => b.bytes - a.bytes);
    expect(heavy.slice(0, 5).map((p) => `${p.id}: ${(p.bytes / 1024).toFixed(1)} KB`), `${heavy.length} event pages of ${large.events.length} weigh 20 KB or more`).toEqual([]);
  });

  it("keeps the home page under 100 KB of HTML and CSS together", () => {
    expect(weight(site, "index.html")).toBeLessThan(100 * 1024);
  });
});
