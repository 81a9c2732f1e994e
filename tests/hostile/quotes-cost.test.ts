/**
 * Quote matching has a bounded cost: a source is indexed once, and each quote
 * then costs about its own length, not the source's. The two cases that used to
 * take minutes, built through the public loader: one 2 MB paragraph cited 5,000
 * times (75 s to check before), and 100 failing quotes against a 50 MB source
 * (95 s). Each must load with every citation verified or refused with the right
 * hint; the time limits are loose guards against a return to a search per quote
 * over the whole source, not benchmarks.
 */
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { QuoteFinder, normalizeQuote, normalizeText } from "../../src/model/quotes.ts";
import { textBlocks } from "../../src/render/markdown.ts";
import { contentFolder, findError, loadFail, loadOk, md } from "../helpers/content.ts";

/** French-like words: accents, capitals, typographic apostrophes (quoted with straight ones), digits. */
const WORDS = (
  "la le les des du de un une et à en au aux pour par sur dans avec sans sous entre vers chez " +
  "Alliance États Sahel Russie Moscou ministre ministres coopération sécurité défense économie énergie accord " +
  "délégation réunion session consultations partenariat stratégique pragmatique dynamique solidaire étape " +
  "relations président gouvernement conseil communiqué presse Affaires étrangères Burkina Faso Mali Niger Bamako " +
  "Niamey Ouagadougou Lavrov Diop l’Alliance d’Abdoulaye l’AES l’annonce qu’il s’est développement formation " +
  "armée frontière région zone intérêt commun projet nucléaire civil minier uranium lithium élève étudiants " +
  "bourses hôpital santé céréales blé engrais pétrole gaz électricité été a ont sera était déclaré annoncé signé " +
  "conclu réaffirmé souligné très plus moins aussi déjà encore toujours hier aujourd’hui 2024 2025 1er 3 4 avril " +
  "Confédération Fédération Kremlin Sergueï Vladimir Assimi Goïta Tiani Traoré peuple souveraineté paix avenir"
).split(" ");

/** A seeded generator of words, so that every run builds the same sources. */
function words(seed: number): () => string {
  let state = seed >>> 0;
  return () => WORDS[(state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) % WORDS.length]!;
}

/** Event files citing `source`, `perEvent` citations each, one citation a paragraph (line 6, 8, 10, …). */
function events(source: string, quotes: readonly string[], perEvent: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let e = 0; e * perEvent < quotes.length; e++) {
    const body = quotes
      .slice(e * perEvent, (e + 1) * perEvent)
      .map((quote) => `Fait [@${source} "${quote}"].`)
      .join("\n\n");
    files[`events/${source}-${String(e).padStart(3, "0")}.md`] = md([`title: Événement ${e}`, "date: 2025-04-03", `sources: [${source}]`], body);
  }
  return files;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

describe("one 2 MB paragraph cited 5,000 times", () => {
  const next = words(1);
  const text: string[] = [];
  for (let length = 0; length < 2_000_000; length += text[text.length - 1]!.length + 1) text.push(next());
  // 5,000 quotes of 1 to 12 words, spread over the whole paragraph up to its last word, quoted with straight apostrophes.
  const quotes = Array.from({ length: 5000 }, (_, i) => {
    const count = 1 + (i % 12);
    const at = Math.round((i / 4999) * (text.length - count));
    return text.slice(at, at + count).join(" ").replaceAll("’", "'");
  });
  const files = { "sources/big.md": md(["title: Big", "published: 2025-04-02", "language: fr"], text.join(" ")), ...events("big", quotes, 100) };

  it("loads, every citation verified and its passage marked in the source's own text", () => {
    const dir = contentFolder(files);
    const started = performance.now();
    const { timeline } = loadOk(dir);
    const took = seconds(started);

    const cited = [...timeline.eventById.values()].filter((e) => e.id.startsWith("big-"));
    expect(cited).toHaveLength(50);
    // One note per distinct quote of a page.
    const perPage = Array.from({ length: 50 }, (_, e) => new Set(quotes.slice(e * 100, (e + 1) * 100)).size);
    expect(cited.map((e) => e.notes.length)).toEqual(perPage);
    const source = timeline.sourceById.get("big")!;
    expect(source.passages).toHaveLength(new Set(quotes).size);
    const paragraph = textBlocks(source.tokens)[0]!.text;
    const normalised = normalizeText(paragraph);
    for (const [i, passage] of source.passages.entries()) {
      expect(passage.block).toBe(0);
      // The marked range is the source's text (typographic apostrophes and all) for the quote.
      expect(normalizeQuote(paragraph.slice(passage.start, passage.end))).toBe(normalizeQuote(passage.quote));
      // And it is the first occurrence (checked on a sample: a search per quote is what this test guards against).
      if (i % 50 === 0) expect(passage.start).toBe(normalised.indexOf(normalizeQuote(passage.quote)));
    }
    expect(took).toBeLessThan(20);
  });
});

describe("100 failing quotes against a 50 MB source", () => {
  const next = words(2);
  const paragraphs: string[] = [];
  for (let length = 0; length < 50_000_000; length += paragraphs[paragraphs.length - 1]!.length + 2) {
    paragraphs.push(Array.from({ length: 150 }, next).join(" "));
  }
  const HINTS = [/different capitals or accents/, /runs across two paragraphs/, /no passage of the source has these words/];
  // Spread over the source: other capitals, a quote over two paragraphs, a word the source does not have.
  const quotes = Array.from({ length: 100 }, (_, i) => {
    const p = Math.round((i / 99) * (paragraphs.length - 2));
    const w = paragraphs[p]!.replaceAll("’", "'").split(" ");
    if (i % 3 === 0) return w.slice(60, 70).join(" ").toUpperCase();
    if (i % 3 === 1) return [...w.slice(-4), ...paragraphs[p + 1]!.split(" ").slice(0, 4)].join(" ").replaceAll("’", "'");
    return [...w.slice(60, 65), "Tombouctou", ...w.slice(66, 70)].join(" ");
  });

  it("refuses each quote on its own line, with the hint that fits", () => {
    const dir = contentFolder({
      "sources/huge.md": md(["title: Huge", "published: 2025-04-02", "language: fr"], paragraphs.join("\n\n")),
      ...events("huge", quotes, 10),
    });
    const started = performance.now();
    const failure = loadFail(dir);
    const took = seconds(started);

    expect(failure.errors).toHaveLength(100);
    quotes.forEach((quote, i) => {
      const file = `events/huge-${String(Math.floor(i / 10)).padStart(3, "0")}.md`;
      const message = new RegExp(`quote not found in source "huge" .*: "${quote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}": .*${HINTS[i % 3]!.source}`);
      findError(failure, { file, line: 6 + 2 * (i % 10), field: "citation", message });
    });
    expect(took).toBeLessThan(20);
  });

  it("once indexed, answers each further quote in about its own length", () => {
    // The first 20 MB: enough for a search per quote over the source to take a minute.
    const blocks = paragraphs.slice(0, Math.floor(paragraphs.length * 0.4)).map(normalizeText);
    const finder = new QuoteFinder(blocks);
    // The first search builds the indexes (exact, then loose for a quote that fails).
    expect(finder.find(quotes[0]!)).toMatchObject({ found: false, hint: expect.stringMatching(HINTS[0]!) });
    const started = performance.now();
    // 3,000 distinct quotes: found late in the source, failing in each of the three ways, and very common words.
    for (let i = 0; i < 1000; i++) {
      const p = blocks.length - 1 - i * 7;
      const w = blocks[p]!.split(" ");
      expect(finder.find(w.slice(20, 28).join(" "))).toMatchObject({ found: true, block: p });
      expect(finder.find(w.slice(20, 28).join(" ").toUpperCase()).found).toBe(false);
      expect(finder.find(`${w.slice(30, 34).join(" ")} Tombouctou ${i}`)).toMatchObject({ found: false, hint: expect.stringMatching(HINTS[2]!) });
    }
    for (let i = 0; i < 5000; i++) expect(finder.find("de la").found).toBe(true);
    expect(seconds(started)).toBeLessThan(10);
  });
});
