/**
 * Unicode hygiene (src/content/unicode.ts), phrase by phrase: code points that
 * are not characters are errors at their line and column, bidirectional
 * controls are refused in names and flagged in titles, look-alike spellings
 * share a UTS #39 skeleton; and the HTML side (src/render/html.ts): text is
 * bidi-balanced when escaped, and isolated where no markup can isolate it.
 */
import { describe, expect, it } from "vitest";
import { Diagnostics, formatDiagnostic } from "../../src/content/diagnostics.ts";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import {
  characterProblems,
  checkUnicode,
  describeCodePoint,
  findLookAlikes,
  invisibleCodePoints,
  showInvisible,
  skeleton,
  unusualCodePoints,
  type UnicodeRules,
} from "../../src/content/unicode.ts";
import { balanceBidi, escapeHtml, isolateText } from "../../src/render/html.ts";

const FILE = "events/x.md";

/** Checks a content file written as text (line 1 is `---`) and returns its diagnostics as printed. */
function check(text: string, rules: UnicodeRules = {}): string[] {
  const diags = new Diagnostics();
  const parsed = parseContentFile(FILE, text, diags);
  if (!parsed) throw new Error(diags.items.map(formatDiagnostic).join("\n"));
  checkUnicode(parsed, FILE, diags, rules);
  return diags.items.map(formatDiagnostic);
}

/** No message may hold the character it reports: a lone surrogate cannot even be printed. */
function expectNoRawCharacters(lines: string[]): void {
  for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/);
}

describe("code points that are not characters are errors at the value's line and column", () => {
  it("reports a lone surrogate written as a YAML escape, with its field and code point", () => {
    const lines = check('---\nsources: [a]\ntitle: "A\\uD800B"\n---\nTexte.');
    expect(lines).toEqual([expect.stringMatching(/^events\/x\.md:3:8: error: title: contains U\+D800, a lone surrogate: .*remove it, or write the whole character/)]);
    expectNoRawCharacters(lines);
  });

  it("reports a lone low surrogate too, but not a well-formed pair (an emoji)", () => {
    expect(check('---\ntitle: "A\\uDC00B"\n---\n')).toEqual([expect.stringMatching(/^events\/x\.md:2:8: error: title: contains U\+DC00, a lone surrogate/)]);
    expect(check('---\ntitle: "A\\uD83D\\uDE00B 😀"\n---\n')).toEqual([]);
  });

  it("reports noncharacters: U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every plane, escaped or written as such", () => {
    const lines = check('---\na: "\\uFDD0"\nb: "\\uFDEF"\nc: "\\uFFFE"\nd: "\\U0001FFFF"\ne: "\\U0010FFFF"\nf: "x\uFFFF"\n---\n');
    expect(lines.map((l) => l.replace(/, a noncharacter.*/, ""))).toEqual([
      "events/x.md:2:4: error: a: contains U+FDD0",
      "events/x.md:3:4: error: b: contains U+FDEF",
      "events/x.md:4:4: error: c: contains U+FFFE",
      "events/x.md:5:4: error: d: contains U+1FFFF",
      "events/x.md:6:4: error: e: contains U+10FFFF",
      "events/x.md:7:4: error: f: contains U+FFFF",
    ]);
    expect(lines[0]).toMatch(/a noncharacter \(a code point Unicode never assigns to a character\): remove it$/);
    expectNoRawCharacters(lines);
  });

  it("accepts the characters next to the noncharacters", () => {
    expect(check('---\na: "\\uFDCF\\uFDF0\\uFFFC\\U0001FFFD\\U0010FFFD é ’ «»"\n---\nTexte.')).toEqual([]);
  });

  it("looks into every value, at any depth, and names its dotted field", () => {
    const text = ["---", "title: T", "names:", "  - term: t", "    claims:", "      - value: ok", '      - value: "x\\uDBFF"', "---", ""].join("\n");
    expect(check(text)).toEqual([expect.stringMatching(/^events\/x\.md:7:16: error: names\.0\.claims\.1\.value: contains U\+DBFF, a lone surrogate/)]);
  });

  it("looks at keys too, reporting the key's position", () => {
    const lines = check('---\ntitle: T\n"k\\uD800": v\n---\n');
    expect(lines).toEqual([expect.stringMatching(/^events\/x\.md:3:1: error: k\\u\{D800\}: contains U\+D800, a lone surrogate/)]);
    expectNoRawCharacters(lines);
  });

  it("groups the problems of one value into one message per kind, each code point once", () => {
    const lines = check('---\ntitle: "\\uD800\\uD800\\uFFFE\\uFDD0"\n---\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/contains U\+D800, a lone surrogate/);
    expect(lines[1]).toMatch(/contains U\+FFFE, U\+FDD0, a noncharacter/);
  });
});

describe("the body: each line with a problem, at its first problem's column", () => {
  it("reports U+FFFD, the mark of bytes that were not UTF-8, at its line and column", () => {
    const lines = check("---\ntitle: T\n---\nPremière ligne.\nDeux \uFFFD ici et \uFFFD là.\n");
    expect(lines).toEqual([expect.stringMatching(/^events\/x\.md:5:6: error: body: contains U\+FFFD REPLACEMENT CHARACTER: the file is not valid UTF-8 here/)]);
    expectNoRawCharacters(lines);
  });

  it("counts columns from the start of the line, lines from the start of the file", () => {
    expect(check("---\ntitle: T\nx: y\n---\n\n\n   \uFDD0")).toEqual([expect.stringMatching(/^events\/x\.md:7:4: error: body: contains U\+FDD0, a noncharacter/)]);
  });

  it("reports a U+FFFD in a front matter value too", () => {
    expect(check("---\ntitle: Caf\uFFFD\n---\n")).toEqual([expect.stringMatching(/^events\/x\.md:2:8: error: title: contains U\+FFFD REPLACEMENT CHARACTER/)]);
  });

  it("stops after ten lines of a file in the wrong encoding, saying how many more", () => {
    const body = Array.from({ length: 30 }, (_, i) => `ligne ${i} caf\uFFFD`).join("\n");
    const lines = check(`---\ntitle: T\n---\n${body}`);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/and 20 more lines with characters that are not text: is the file saved as UTF-8\?/);
  });

  it("accepts bidirectional controls in a body: an archived article may need them", () => {
    expect(check("---\ntitle: T\n---\nمرحبا \u200F(2025)\u200E \u202Bx\u202C")).toEqual([]);
  });
});

describe("bidirectional controls: errors in names, warnings in titles", () => {
  const NAME_RULES: UnicodeRules = { bidiErrors: ["name", "aliases"] };

  it("refuses each of them in an entity name", () => {
    for (const cp of [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const escape = `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
      const lines = check(`---\nkind: person\nname: "Lav${escape}rov"\n---\n`, NAME_RULES);
      expect(lines, escape).toEqual([expect.stringMatching(new RegExp(`^events/x\\.md:3:7: error: name: contains U\\+${cp.toString(16).toUpperCase().padStart(4, "0")} [A-Z -]+, a bidirectional control`))]);
      expectNoRawCharacters(lines);
    }
  });

  it("refuses them in an alias, at the alias", () => {
    expect(check('---\nkind: person\nname: Lavrov\naliases: [Lavrov, "\\u202Evorval"]\n---\n', NAME_RULES)).toEqual([
      expect.stringMatching(/^events\/x\.md:4:19: error: aliases\.1: contains U\+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control: it changes the order in which the text is shown; remove it \(a name must read as it is written\)$/),
    ]);
  });

  it("warns about them in a title, which the site shows isolated", () => {
    expect(check('---\ntitle: "Réunion \\u202Ecrypt\\u202C"\n---\n', { bidiWarnings: ["title"] })).toEqual([
      expect.stringMatching(/^events\/x\.md:2:8: warning: title: contains U\+202E RIGHT-TO-LEFT OVERRIDE, U\+202C POP DIRECTIONAL FORMATTING, bidirectional controls: they change .*; the site shows this text isolated, but remove them unless/),
    ]);
  });

  it("says nothing of them in fields no rule names", () => {
    expect(check('---\ntitle: T\nplace: "\\u202Ex"\n---\n', { bidiErrors: ["name"], bidiWarnings: ["title"] })).toEqual([]);
  });
});

describe("characterProblems", () => {
  it("finds each problem with its offset, bidirectional controls only when asked", () => {
    expect(characterProblems("a\uD800b\uFFFEc\u202E")).toEqual([
      { kind: "surrogate", codePoint: 0xd800, index: 1 },
      { kind: "noncharacter", codePoint: 0xfffe, index: 3 },
    ]);
    expect(characterProblems("a\u202Eb", { bidi: true })).toEqual([{ kind: "bidi", codePoint: 0x202e, index: 1 }]);
    expect(characterProblems("Texte ordinaire, accentué — « ’ » 😀")).toEqual([]);
  });
});

describe("skeletons (UTS #39): spellings that look the same have the same skeleton", () => {
  it("maps confusable letters to their prototype: Cyrillic о is Latin o", () => {
    expect(skeleton("Lavr\u043Ev")).toBe(skeleton("Lavrov"));
    expect(skeleton("\u0410\u0415\u0405")).toBe(skeleton("AES")); // Cyrillic А, Е, Ѕ
  });

  it("drops default ignorable code points: zero width space, joiners, soft hyphen, variation selectors, BOM", () => {
    for (const invisible of ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\uFE0F", "\u{E0100}"]) {
      expect(skeleton(`Lav${invisible}rov`), describeCodePoint(invisible.codePointAt(0)!)).toBe(skeleton("Lavrov"));
    }
  });

  it("is in NFD, so composed and decomposed accents have one skeleton", () => {
    expect(skeleton("Goïta")).toBe(skeleton("Goi\u0308ta"));
    expect(skeleton("Goïta")).toBe("Goïta".normalize("NFD"));
  });

  it("keeps what differs to the eye: accents, case, other letters", () => {
    expect(skeleton("Goïta")).not.toBe(skeleton("Goita"));
    expect(skeleton("lavrov")).not.toBe(skeleton("Lavrov"));
    expect(skeleton("Lavrov")).not.toBe(skeleton("Lavrof"));
  });

  it("follows the data for ASCII too: rn and m, 0 and O", () => {
    expect(skeleton("rn")).toBe(skeleton("m"));
    expect(skeleton("2O25")).toBe(skeleton("2025"));
  });
});

describe("unusual and invisible code points", () => {
  it("counts ASCII and accented Latin letters as plain, however confusable", () => {
    expect(unusualCodePoints("Côte d'Ivoire, Goïta, m, 0, I")).toEqual([]);
  });

  it("names invisible characters and confusable letters of other scripts", () => {
    expect(unusualCodePoints("Lav\u200Brov")).toEqual([0x200b]);
    expect(unusualCodePoints("Lavr\u043Ev")).toEqual([0x043e]);
    expect(unusualCodePoints("l’AES")).toEqual([0x2019]);
  });

  it("lists invisible characters apart from bidirectional controls, which are reported on their own", () => {
    expect(invisibleCodePoints("a\u200Bb\u200Bc\u202E\u00AD")).toEqual([0x200b, 0x00ad]);
  });

  it("describes code points for messages: name for invisible ones, script for letters", () => {
    expect(describeCodePoint(0x200b)).toBe("U+200B ZERO WIDTH SPACE");
    expect(describeCodePoint(0x043e)).toBe("U+043E (Cyrillic)");
    expect(describeCodePoint(0xd800)).toBe("U+D800");
    expect(describeCodePoint(0xe0100)).toBe("U+E0100 (invisible)");
    expect(describeCodePoint(0x2019)).toBe("U+2019 RIGHT SINGLE QUOTATION MARK");
  });

  it("shows invisible characters in messages as escapes", () => {
    expect(showInvisible("Lav\u200Brov\u202E")).toBe("Lav\\u{200B}rov\\u{202E}");
  });
});

describe("findLookAlikes", () => {
  const spell = (owner: string, text: string) => ({ owner, text, key: text.toLowerCase() });

  it("returns each spelling that looks like another owner's but is written otherwise, with the plain one as reference", () => {
    const found = findLookAlikes([spell("a", "Lav\u200Brov"), spell("b", "Lavrov"), spell("c", "Lavr\u043Ev"), spell("d", "Poutine")]);
    expect(found.map((f) => [f.spelling.owner, f.like.owner, f.unusual])).toEqual([
      ["a", "b", [0x200b]],
      ["c", "b", [0x043e]],
    ]);
  });

  it("ignores spellings written the same way, and an owner's own spellings", () => {
    expect(findLookAlikes([spell("a", "Conseil"), spell("b", "Conseil")])).toEqual([]);
    expect(findLookAlikes([spell("a", "Lavrov"), spell("a", "Lavr\u043Ev")])).toEqual([]);
  });

  it("is linear: 20,000 spellings in well under a second", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => spell(`o${i}`, `Réunion numéro ${i} de l’AES à Moscou`));
    const start = performance.now();
    expect(findLookAlikes(many)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("HTML: bidirectional controls cannot leave the text that holds them", () => {
  it("closes embeddings, overrides and isolates a text leaves open", () => {
    expect(balanceBidi("a\u202Eb")).toBe("a\u202Eb\u202C");
    expect(balanceBidi("a\u2067b\u202Bc")).toBe("a\u2067b\u202Bc\u202C\u2069");
  });

  it("drops closers the text did not open, and a PDF cannot close an embedding opened outside an isolate", () => {
    expect(balanceBidi("a\u202Cb\u2069c")).toBe("abc");
    expect(balanceBidi("\u202E\u2066\u202C\u2069")).toBe("\u202E\u2066\u2069\u202C");
  });

  it("lets a PDI close the embeddings opened inside its isolate", () => {
    expect(balanceBidi("\u2068\u202Ex\u2069y")).toBe("\u2068\u202Ex\u2069y");
  });

  it("leaves balanced and ordinary text unchanged", () => {
    for (const text of ["Réunion à Moscou", "\u202Ex\u202C", "\u2066x\u2069", "مرحبا \u200F"]) expect(balanceBidi(text)).toBe(text);
  });

  it("is applied by escapeHtml, which also turns lone surrogates into U+FFFD", () => {
    expect(escapeHtml("<b>\u202Ex</b>")).toBe("&lt;b&gt;\u202Ex&lt;/b&gt;\u202C");
    expect(escapeHtml("A\uD800B\uD83D\uDE00")).toBe("A\uFFFDB\uD83D\uDE00");
  });

  it("isolates plain text holding bidirectional controls between U+2068 and U+2069, for <title> and attributes", () => {
    expect(isolateText("Titre \u202Eevil")).toBe("\u2068Titre \u202Eevil\u202C\u2069");
    expect(isolateText("Titre ordinaire")).toBe("Titre ordinaire");
  });
});
