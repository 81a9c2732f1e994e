/**
 * Quote matching: a citation's quote must be in the source, word for word. Only
 * what a reader cannot see or a keyboard cannot type is forgiven (runs of
 * whitespace, non-breaking spaces, typographic apostrophes and quotation marks);
 * anything else — an accent, a capital, a word, a comma — must fail.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { QuoteFinder, RangeMapper, findQuote, looseForm, normalizeQuote, normalizeText, originalRange, type QuoteSearch } from "../../src/model/quotes.ts";
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

  test.prop([fc.oneof(fc.string({ unit: "binary" }), fc.array(fc.constantFrom(" ", "  ", "\n", "\t", "\u00A0", "\u2009", "a", "’", "«", "\r\n"), { maxLength: 30 }).map((p) => p.join("")))])(
    "normalises as the three plain replacements do (apostrophes, quotation marks, every run of whitespace)",
    (text) => {
      const reference = text.replace(/[\u2018\u2019\u201B\u02BC\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"').replace(/\s+/g, " ");
      expect(normalizeText(text)).toBe(reference);
    },
  );

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

/**
 * The plain search that the index replaces, kept here as the reference: every
 * block in turn, then the joined blocks, then every block without accents or
 * capitals. The index must give exactly its answers, for any input.
 */
function referenceLoose(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
function referenceFind(blocks: readonly string[], quote: string): QuoteSearch {
  if (quote === "") return { found: false, hint: "the quote is empty" };
  for (let b = 0; b < blocks.length; b++) {
    const start = blocks[b]!.indexOf(quote);
    if (start !== -1) return { found: true, block: b, start, end: start + quote.length };
  }
  if (blocks.join(" ").includes(quote)) {
    return { found: false, hint: "it runs across two paragraphs of the source: quote within one paragraph, or cite twice" };
  }
  const target = referenceLoose(quote);
  if (blocks.some((block) => referenceLoose(block).includes(target))) {
    return { found: false, hint: "the source has it with different capitals or accents: copy the source's exact spelling" };
  }
  return { found: false, hint: "no passage of the source has these words: copy the passage exactly" };
}
function referenceRange(original: string, start: number, end: number): { start: number; end: number } {
  let from = -1;
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const space = /\s/.test(original[i]!);
    if (space && inSpace) continue;
    inSpace = space;
    if (n === start) from = i;
    if (n === end - 1) return { start: from, end: i + 1 };
    n++;
  }
  throw new RangeError(`range ${start}-${end} is outside the normalised text (${n} characters)`);
}

/**
 * Pieces that make matches, near misses and hard cases likely: few letters,
 * capitals and accents (precomposed and combining), the separator (a space),
 * punctuation, Greek sigmas (lower-cased by context), a dotted capital I, a
 * Latin capital whose small letter lies beyond U+024F, a Hangul syllable
 * (longer once decomposed), an emoji (a surrogate pair), lone surrogates, a
 * line break.
 */
const PIECES = ["a", "b", "a", "b", "c", "A", "B", "é", "É", "e\u0301", "\u0301", " ", " ", "'", ".", "-", "σ", "Σ", "ς", "İ", "ß", "Ɓ", "ɓ", "한", "🙂", "\uD83D", "\uDE42", "\n", "–"];
const piece = fc.constantFrom(...PIECES);
const textOf = (maxLength: number) => fc.array(piece, { maxLength }).map((p) => p.join(""));

/** Quotes for `blocks`: a slice of a block, a slice of the joined blocks, either changed in case or accents, or random pieces. */
function quoteFor(blocks: readonly string[]) {
  const joined = blocks.join(" ");
  const slice = (text: string) => fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([a, n]) => (text.length === 0 ? "" : text.slice(a % text.length, (a % text.length) + n)));
  const sliced = blocks.length > 0 ? fc.constantFrom(...blocks).chain(slice) : fc.constant("");
  return fc.oneof(
    sliced,
    slice(joined),
    sliced.map((q) => q.toUpperCase()),
    sliced.map(referenceLoose),
    slice(joined).map((q) => q.toLowerCase()),
    textOf(6),
  );
}

describe("the indexed search gives the plain search's answers", () => {
  const blocksArb = fc.array(textOf(30), { maxLength: 6 });

  test.prop([blocksArb.chain((blocks) => fc.tuple(fc.constant(blocks), fc.array(quoteFor(blocks), { minLength: 1, maxLength: 12 })))], { numRuns: 400 })(
    "for random blocks and quotes, with one finder for all the quotes of a source",
    ([blocks, quotes]) => {
      const finder = new QuoteFinder(blocks);
      for (const quote of [...quotes, ...quotes]) expect(finder.find(quote)).toEqual(referenceFind(blocks, quote));
      for (const quote of quotes) expect(findQuote(blocks, quote)).toEqual(referenceFind(blocks, quote));
    },
  );

  /** Words, so that a source is long (several chunks of the index) and its windows of three characters are many. */
  const WORDS = ["de", "la", "le", "les", "des", "et", "à", "Moscou", "Sahel", "États", "ministres", "l'AES", "coopération", "Russie", "1er", "avril", "2025", ",", "."];
  /** Blocks of 0 to 400 words drawn by a seeded generator, over 70,000 characters in all. */
  const longBlocks = fc.integer().map((seed) => {
    let state = seed >>> 0;
    const next = (n: number) => ((state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) % n);
    const blocks: string[] = [];
    for (let length = 0; length < 70_000; ) {
      const block = Array.from({ length: next(401) }, () => WORDS[next(WORDS.length)]!).join(" ");
      blocks.push(block);
      length += block.length + 1;
    }
    return blocks;
  });

  test.prop([longBlocks, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 60 }), fc.nat({ max: 5 })), { minLength: 40, maxLength: 40 })], { numRuns: 8 })(
    "for long sources of common words, across chunk boundaries and at the very end",
    (blocks, picks) => {
      const joined = blocks.join(" ");
      const finder = new QuoteFinder(blocks);
      for (const [a, n, kind] of picks) {
        // Slices around chunk boundaries (every 65,535 positions), anywhere, and at the end.
        const at = kind === 0 ? Math.max(0, 65_535 - (a % 80)) : kind === 1 ? Math.max(0, joined.length - n - (a % 5)) : a % joined.length;
        let quote = joined.slice(at, at + n);
        if (kind === 3) quote = quote.toUpperCase();
        if (kind === 4) quote = `${quote}x`;
        if (kind === 5) quote = referenceLoose(quote);
        expect(finder.find(quote)).toEqual(referenceFind(blocks, quote));
      }
      for (const quote of ["de la", "de", "d", "e", " ", "la les", "zz", "Moscou Moscou Moscou Moscou", "ÉTATS", "etats", "1er avril 2025 ."]) {
        expect(finder.find(quote)).toEqual(referenceFind(blocks, quote));
      }
    },
  );

  const twoLetters = (maxLength: number) => fc.array(fc.constantFrom("a", "b", " "), { maxLength }).map((c) => c.join(""));
  test.prop([fc.array(twoLetters(3000), { minLength: 1, maxLength: 4 }), fc.array(twoLetters(40), { minLength: 1, maxLength: 30 })], { numRuns: 60 })(
    "for sources of two letters, where every window is common",
    (blocks, quotes) => {
      const finder = new QuoteFinder(blocks);
      for (const quote of quotes) expect(finder.find(quote)).toEqual(referenceFind(blocks, quote));
    },
  );

  it("handles the edge cases", () => {
    const cases: [string[], string[]][] = [
      [[], ["a", "ab", "abc", " ", "\u0301"]],
      [[""], ["a", " ", "\u0301"]],
      [["", ""], [" ", "  ", "a"]],
      [["a", "b"], ["a", "b", " ", "a b", "a ", " b", "ab", "A", "\u0301", "á"]],
      [["ab", "", "cd"], ["b  c", "b ", " c", "  ", "b  c ", "AB"]],
      [["🙂 x", "\uDE42y"], ["🙂", "\uD83D", "\uDE42", "\uDE42 x", "x \uDE42", "x \uDE42y", "\uDE42y"]],
      [["ΟΔΟΣ", "ὈΔΌΣ"], ["οδος", "οδοσ", "οδο", "ς", "σ"]],
      [["İstanbul", "e\u0301te\u0301"], ["istanbul", "i̇stanbul", "été", "ete", "ÉTÉ"]],
      [["de la de la de la", "de la"], ["de la", "la de", "de la de la de la de", "a d", "la"]],
    ];
    for (const [blocks, quotes] of cases) {
      const finder = new QuoteFinder(blocks);
      for (const quote of quotes) expect(finder.find(quote), JSON.stringify([blocks, quote])).toEqual(referenceFind(blocks, quote));
    }
  });

  it("remembers each quote's answer and hands out copies", () => {
    const finder = new QuoteFinder(["les ministres se rendront à Moscou"]);
    const first = finder.find("à Moscou");
    expect(first).toEqual({ found: true, block: 0, start: 26, end: 34 });
    (first as { start: number }).start = 0;
    expect(finder.find("à Moscou")).toEqual({ found: true, block: 0, start: 26, end: 34 });
  });
});

describe("looseForm", () => {
  const unit = fc.oneof(
    fc.integer({ min: 0, max: 0x24f }),
    fc.integer({ min: 0x300, max: 0x36f }),
    fc.integer({ min: 0x2000, max: 0x206f }),
    fc.integer({ min: 0x20a0, max: 0x20cf }),
    fc.integer({ min: 0, max: 0xffff }),
  );
  test.prop([fc.array(unit, { maxLength: 40 }).map((units) => String.fromCharCode(...units))], { numRuns: 2000 })("is `loose`, accents stripped and lower case, for any text", (text) => {
    expect(looseForm(text)).toBe(referenceLoose(text));
  });

  it("is `loose` for every code unit alone, and for a long text", () => {
    for (let c = 0; c < 0x10000; c++) expect(looseForm(String.fromCharCode(c))).toBe(referenceLoose(String.fromCharCode(c)));
    const long = "Les États-Unis – Œuvre, ÇA € … e\u0301 ".repeat(40_000);
    expect(looseForm(long)).toBe(referenceLoose(long));
  });
});

describe("RangeMapper", () => {
  const original = fc.array(fc.constantFrom("a", "é", "’", " ", " ", "\u00A0", "\n", "\t", "\r\n", "«"), { minLength: 1000, maxLength: 6000 }).map((c) => c.join(""));
  test.prop([original, fc.array(fc.tuple(fc.integer({ min: -2, max: 7000 }), fc.integer({ min: -2, max: 300 })), { minLength: 1, maxLength: 30 })], { numRuns: 60 })(
    "maps every range as `originalRange` does, errors included",
    (text, ranges) => {
      const mapper = new RangeMapper(text);
      for (const [start, length] of ranges) {
        const outcome = (map: () => unknown) => {
          try {
            return map();
          } catch (error) {
            return String(error);
          }
        };
        const expected = outcome(() => referenceRange(text, start, start + length));
        expect(outcome(() => mapper.range(start, start + length))).toEqual(expected);
        expect(outcome(() => originalRange(text, start, start + length))).toEqual(expected);
      }
    },
  );
});
