/**
 * Quote matching: a citation's quote must be in the source, word for word. Only
 * what a reader cannot see or a keyboard cannot type is forgiven (runs of
 * whitespace, non-breaking spaces, typographic apostrophes and quotation marks);
 * anything else — an accent, a capital, a word, a comma — must fail.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { findQuote, normalizeQuote, normalizeText, originalRange } from "../../src/model/quotes.ts";
import { parseMarkdown, textBlocks } from "../../src/render/markdown.ts";
import { EVENT_FILE, contentFolder, failWith, findError, loadOk, md } from "../helpers/content.ts";

/** How the model checks a citation: the source's blocks normalised, then the normalised quote. */
function search(source: string, quote: string) {
  const blocks = textBlocks(parseMarkdown(source, {})).map((b) => normalizeText(b.text));
  return findQuote(blocks, normalizeQuote(quote));
}
const found = (source: string, quote: string) => search(source, quote).found;

const SOURCE = [
  "L’Alliance des États du Sahel (AES) renforce sa coopération avec la Russie :\u00A0les ministres",
  "se rendront à Moscou les 3 et 4 avril 2025, a déclaré « le porte-parole ».",
  "",
  "Le 1er avril, Abdoulaye Diop a conduit la délégation.",
].join("\n");

describe("normalizeQuote", () => {
  it("collapses runs of whitespace, line breaks included, and trims", () => {
    expect(normalizeQuote("  les  ministres\n\tse\r\nrendront  ")).toBe("les ministres se rendront");
  });

  it("turns non-breaking, narrow and thin spaces into plain spaces", () => {
    expect(normalizeQuote("Russie\u00A0: les\u202Fministres\u2009et\u3000eux")).toBe("Russie : les ministres et eux");
  });

  it("turns typographic apostrophes into ' and typographic quotation marks into \"", () => {
    expect(normalizeQuote("l’AES l‘AES l‛AES lʼAES l′AES")).toBe("l'AES l'AES l'AES l'AES l'AES");
    expect(normalizeQuote("«x» “x” „x‟ x″")).toBe('"x" "x" "x" x"');
  });

  it("leaves letters, accents, case, digits, punctuation and dashes alone", () => {
    const text = "Les États-Unis – et l'AES, 1er : «oui» ? Ça, ÇA ; é vs e\u0301 — fin…";
    expect(normalizeQuote(text)).toBe(text.replace(/[«»]/g, '"'));
  });

  test.prop([fc.string({ unit: "binary" })])("is idempotent", (text) => {
    expect(normalizeQuote(normalizeQuote(text))).toBe(normalizeQuote(text));
  });

  test.prop([fc.string({ unit: "binary" })])("leaves no leading, trailing or repeated whitespace", (text) => {
    const out = normalizeQuote(text);
    expect(out).toBe(out.trim());
    expect(out).not.toMatch(/\s\s|[^\S ]/);
  });
});

describe("originalRange", () => {
  it("maps a normalised range back to the original", () => {
    const original = "L’AES  \n renforce";
    expect(normalizeText(original)).toBe("L'AES renforce");
    expect(originalRange(original, 0, 5)).toEqual({ start: 0, end: 5 });
    expect(originalRange(original, 4, 7)).toEqual({ start: 4, end: 10 });
    expect(originalRange(original, 6, 14)).toEqual({ start: 9, end: 17 });
  });

  it("refuses a range outside the text", () => {
    expect(() => originalRange("abc", 2, 4)).toThrow(RangeError);
  });

  test.prop([fc.string({ unit: "binary" }), fc.nat(), fc.nat()])("gives back an original slice that normalises to the range", (original, a, b) => {
    const text = normalizeText(original);
    fc.pre(text.length > 0);
    const [i, j] = [a % text.length, b % text.length].sort((x, y) => x - y) as [number, number];
    const range = originalRange(original, i, j + 1);
    expect(range.start).toBeGreaterThanOrEqual(0);
    expect(range.end).toBeLessThanOrEqual(original.length);
    expect(normalizeText(original.slice(range.start, range.end))).toBe(text.slice(i, j + 1));
  });
});

describe("findQuote", () => {
  const blocks = ["les ministres se rendront a moscou", "les ministres se rendront à Moscou", "à Moscou"];

  it("returns the first block containing the quote, with its range", () => {
    expect(findQuote(blocks, "rendront à Moscou")).toEqual({ found: true, block: 1, start: 17, end: 34 });
    expect(findQuote(blocks, "à Moscou")).toEqual({ found: true, block: 1, start: 26, end: 34 });
  });

  it("explains a quote running across two blocks", () => {
    expect(findQuote(["fin du premier", "début du second"], "premier début")).toMatchObject({ found: false, hint: expect.stringMatching(/across two paragraphs/) });
  });

  it("explains a near miss in accents or capitals, without accepting it", () => {
    expect(findQuote(["Les États du Sahel"], "les etats du sahel")).toMatchObject({ found: false, hint: expect.stringMatching(/capitals or accents/) });
  });

  it("says when no passage has the words, and refuses an empty quote", () => {
    expect(findQuote(["Les États du Sahel"], "Les États du Golfe")).toMatchObject({ found: false, hint: expect.stringMatching(/no passage/) });
    expect(findQuote(["Les États du Sahel"], "")).toMatchObject({ found: false, hint: expect.stringMatching(/empty/) });
  });
});

describe("what matches", () => {
  it.each([
    ["a straight apostrophe for a typographic one", "L'Alliance des États du Sahel"],
    ["a typographic apostrophe where the source has one too", "L’Alliance des États"],
    ["straight quotation marks for « »", 'a déclaré " le porte-parole "'],
    ["a plain space for a non-breaking one", "la Russie : les ministres"],
    ["a space for the source's line break", "les ministres se rendront à Moscou"],
    ["a line break and extra spaces in the quote", "les ministres\n   se rendront"],
    ["spaces around the quote", "  Abdoulaye Diop  "],
    ["a quote that is the whole paragraph", "Le 1er avril, Abdoulaye Diop a conduit la délégation."],
  ])("accepts %s", (_, quote) => {
    expect(search(SOURCE, quote)).toMatchObject({ found: true });
  });

  it.each([
    ["a missing accent", "L’Alliance des Etats du Sahel"],
    ["an added accent", "Abdoulayé Diop"],
    ["another capital", "l’Alliance des États du Sahel"],
    ["a changed word", "se rendront à Moscou les 3 et 5 avril 2025"],
    ["a changed number", "les 3 et 4 avril 2024"],
    ["a dropped comma", "Le 1er avril Abdoulaye Diop"],
    ["an added comma", "Abdoulaye Diop, a conduit"],
    ["a space for a hyphen", "porte parole"],
    ["a swapped word order", "Diop Abdoulaye"],
    ["a space inside a word", "Mos cou"],
    ["a missing space between words", "seRendront"],
    ["a quote across two paragraphs", "2025, a déclaré « le porte-parole ». Le 1er avril"],
    ["a quote with an ellipsis for skipped words", "L’Alliance […] renforce sa coopération"],
    ["a paraphrase", "L’AES renforce sa coopération avec Moscou"],
  ])("refuses %s", (_, quote) => {
    expect(found(SOURCE, quote)).toBe(false);
  });

  /** Source texts made of letters, accents, apostrophes, quotation marks, spaces and line breaks. */
  const sourceText = fc
    .array(fc.constantFrom("a", "b", "é", "E", "É", "’", "'", "«", "»", '"', ",", ".", " ", " ", "\u00A0", "\u202F", "\n", "\t"), { minLength: 1, maxLength: 60 })
    .map((chars) => chars.join(""));

  test.prop([sourceText, fc.nat(), fc.nat()])("finds every passage of a block, and maps it back to the original", (original, a, b) => {
    const text = normalizeText(original);
    const [i, j] = [a % (original.length + 1), b % (original.length + 1)].sort((x, y) => x - y) as [number, number];
    const quote = normalizeQuote(original.slice(i, j));
    fc.pre(quote !== "");
    const result = findQuote([text], quote);
    expect(result).toMatchObject({ found: true, block: 0 });
    if (!result.found) return;
    const range = originalRange(original, result.start, result.end);
    const back = original.slice(range.start, range.end);
    expect(normalizeQuote(back)).toBe(quote);
  });
});

describe("quotes through the loader", () => {
  const files = {
    [EVENT_FILE]: null,
    "sources/source-a.md": md(["title: Article A", "published: 2025-04-02", "language: fr"], SOURCE),
    "events/x.md": md(
      ["title: X", "date: 2025-04-03", "sources: [source-a, source-b]"],
      [
        `Un [@source-a "L'Alliance des États du Sahel"] et [@source-a "les ministres`,
        `se rendront à Moscou"] puis [@source-b "du 1er au 5 avril 2025"].`,
      ].join("\n"),
    ),
  };

  it("accepts a straight apostrophe and a quote broken over lines, and marks the original text", () => {
    const { timeline } = loadOk(contentFolder(files));
    const event = timeline.eventById.get("x")!;
    expect(event.notes.map((n) => n.quote)).toEqual(["L'Alliance des États du Sahel", "les ministres\nse rendront à Moscou", "du 1er au 5 avril 2025"]);
    const source = timeline.sourceById.get("source-a")!;
    const blocks = textBlocks(source.tokens);
    // The marked range is the source's own text, typographic apostrophe and line break included.
    expect(source.passages.map((p) => blocks[p.block]!.text.slice(p.start, p.end))).toEqual(["L’Alliance des États du Sahel", "les ministres\nse rendront à Moscou"]);
  });

  it("reports each near miss on its own line, with the source's file and a hint", () => {
    const body = [
      'Accent [@source-a "L’Alliance des Etats du Sahel"].',
      "",
      'Virgule [@source-a "Le 1er avril Abdoulaye Diop"].',
      "",
      'Mot [@source-a "se rendront à Moscou les 3 et 5 avril"].',
      "",
      'Deux paragraphes [@source-a "le porte-parole ». Le 1er avril"].',
    ].join("\n");
    const failure = failWith({ ...files, "events/x.md": md(["title: X", "date: 2025-04-03", "sources: [source-a]"], body) });
    const at = (line: number, hint: RegExp) => findError(failure, { file: "events/x.md", line, field: "citation", message: hint });
    at(6, /quote not found in source "source-a" \(.*sources\/source-a\.md\): "L’Alliance des Etats du Sahel": .*capitals or accents/);
    at(8, /quote not found.*"Le 1er avril Abdoulaye Diop": .*copy the passage exactly/);
    at(10, /quote not found.*"se rendront à Moscou les 3 et 5 avril"/);
    at(12, /quote not found.*across two paragraphs/);
    expect(failure.errors).toHaveLength(4);
  });
});
