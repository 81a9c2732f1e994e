/**
 * Front matter is read by js-yaml (fast) and, when a message needs a line or
 * js-yaml hesitates, by the `yaml` package (positions, alias limits). Both must
 * give the same data: any difference would make a file mean one thing in a
 * clean build and another once a warning asked for its lines.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { Diagnostics } from "../../src/content/diagnostics.ts";
import { parseContentFile, YAML_OPTIONS } from "../../src/content/frontmatter.ts";

/** What the `yaml` package alone makes of a front matter (the reference). */
function reference(yamlText: string): unknown {
  return parseDocument(yamlText, YAML_OPTIONS).toJS({ maxAliasCount: 50 }) ?? {};
}

function parse(yamlText: string) {
  const diags = new Diagnostics();
  const parsed = parseContentFile("x.md", `---\n${yamlText}\n---\nCorps.\n`, diags);
  return { parsed, diags: diags.sorted() };
}

const TRICKY = [
  "date: 2025-04-01\npublished: 2025-04\nyear: 2025",
  "a: ~\nb: null\nc:\nd: Null",
  "yes: yes\nno: no\non: on\nt: true\nf: False",
  "octal: 0o14\nhex: 0x1F\nexp: 1e3\ninf: .inf\nnan_: .nan\nneg: -12\nplus: +3\nlead: 012",
  "title: \"L\\u2019AES \\\"dit\\\"\"\nsingle: 'l''AES'\nplain: L’AES à Moscou, bilan",
  "folded: >\n  une ligne\n  et une autre\nliteral: |\n  une ligne\n  et une autre\nkeep: |+\n  x\n\nend: 1",
  "list: [a, 'b c', \"d\"]\nblock:\n  - un\n  - deux: 2\n    trois: [3]",
  "\"<<\": x\nkey with spaces: v\n'quoted: key': w",
  "place:\n  claims:\n    - value: Moscou\n      cite:\n        - source: s\n          quote: \"Le 3 avril, à Moscou\"\n  preferred: Moscou",
  "émoji: \"🇲🇱\"\ntab: \"a\\tb\"\nempty: ''",
  "title: Le *grand* jour\nnote: a & b",
];

describe("front matter: a scalar keeps the text that was written", () => {
  it.each([
    ["007", "007"],
    ["0x10", "0x10"],
    ["12.50", "12.50"],
    ["1e3", "1e3"],
    [".inf", ".inf"],
    ["-.NaN", "-.NaN"],
    ["123456789012345678901234567890123456789", "123456789012345678901234567890123456789"],
    ["2025", "2025"],
  ])("title: %s stays %j with both parsers", (written, kept) => {
    expect(parse(`title: ${written}`).parsed?.data.title).toBe(kept);
    // With an alias present, the positioned parser reads the file: the same text.
    expect(parse(`title: ${written}\nx: &a y\nz: *a`).parsed?.data.title).toBe(kept);
  });

  it("booleans and null are still read as such", () => {
    expect(parse("a: true\nb: null\nc:").parsed?.data).toEqual({ a: true, b: null, c: null });
  });
});

describe("front matter: the fast parser and the positioned one agree", () => {
  it.each(TRICKY)("%s", (text) => {
    const { parsed } = parse(text);
    expect(parsed?.data).toEqual(reference(text));
  });

  it("on every file of the content folder", () => {
    const dir = path.resolve("content");
    const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const raw = fs.readFileSync(path.join(dir, file), "utf8").replace(/\r\n?/g, "\n");
      const yamlText = raw.slice(4, raw.indexOf("\n---", 3));
      const diags = new Diagnostics();
      expect(parseContentFile(file, raw, diags)?.data, file).toEqual(reference(yamlText));
    }
  });

  it("still names the line of a value once a message asks for it", () => {
    const { parsed } = parse("title: Titre\nsources:\n  - a\n  - b");
    expect(parsed?.lineOf(["sources", 1])).toBe(5);
    expect(parsed?.positionOf(["sources"], true)).toEqual({ line: 3, column: 1 });
  });

  it("reports YAML errors with the positioned parser's line and message", () => {
    const { parsed, diags } = parse("title: a\ntitle: b");
    expect(parsed).toBeUndefined();
    expect(diags[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^invalid YAML: .*unique/i) });
  });

  it("expands aliases only through the parser that caps them", () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]"].join("\n");
    const { parsed, diags } = parse(laughs);
    expect(parsed).toBeUndefined();
    expect(diags).toEqual([expect.objectContaining({ file: "x.md", line: 2, message: expect.stringMatching(/^invalid YAML: .*alias/i) })]);
    const small = parse("a: &x un\nb: *x");
    expect(small.parsed?.data).toEqual({ a: "un", b: "un" });
  });
});
