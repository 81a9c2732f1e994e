/**
 * Quote matching: a citation's quote must be in the source, word for word. Only
 * what a reader cannot see or a keyboard cannot type is forgiven (runs of
 * whitespace, non-breaking spaces, typographic apostrophes and quotation marks);
 * anything else — an accent, a capital, a word, a comma — must fail.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { findQuote, normalizeQuote, normalizeWithOffsets } from "../../src/model/quotes.ts";
import { parseMarkdown, textBlocks } from "../../src/render/markdown.ts";
import { EVENT_FILE, contentFolder, failWith, findError, loadOk, md } from "../helpers/content.ts";

/** How the model checks a citation: the source's blocks normalised, then the normalised quote. */
function search(source: string, quote: string) {
  const blocks = textBlocks(parseMarkdown(source, {})).map((b) => normalizeWithOffsets(b.text).text);
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

describe("normalizeWithOffsets", () => {
  it("maps each normalised character back to the original", () => {
    const original = "L’AES  \n renforce";
    const { text, offsets } = normalizeWithOffsets(original);
    expect(text).toBe("L'AES renforce");
    expect(offsets).toEqual([0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  test.prop([fc.string({ unit: "binary" })])("agrees with normalizeQuote and keeps offsets increasing and in range", (original) => {
    const { text, offsets } = normalizeWithOffsets(original);
    expect(text.trim()).toBe(normalizeQuote(original));
    expect(offsets).toHaveLength(text.length + 1);
    expect(offsets.at(-1)).toBe(original.length);
    for (let i = 0; i < text.length; i++) {
      expect(offsets[i]!).toBeLessThan(offsets[i + 1]!);
      expect(normalizeQuote(original[offsets[i]!]!) || " ").toBe(text[i]);
    }
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
    const mapped = normalizeWithOffsets(original);
    const [i, j] = [a % (original.length + 1), b % (original.length + 1)].sort((x, y) => x - y) as [number, number];
    const quote = normalizeQuote(original.slice(i, j));
    fc.pre(quote !== "");
    const result = findQuote([mapped.text], quote);
    expect(result).toMatchObject({ found: true, block: 0 });
    if (!result.found) return;
    const back = original.slice(mapped.offsets[result.start]!, mapped.offsets[result.end - 1]! + 1);
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
