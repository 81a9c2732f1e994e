/**
 * No template holds a literal interface string: every word the site writes
 * around the content comes from a catalogue (src/i18n/). The templates and the
 * modules that write text for readers are parsed with TypeScript's own parser;
 * every string literal and every piece of a template literal is read as a
 * reader would see it (markup removed, attributes a reader hears kept), and a
 * word of human language in it is reported with its file and line.
 *
 * What counts as a word: in the text of a template literal (`html\`<p>…</p>\``,
 * `\`${a} concernant ${b}\``), any run of letters standing alone between spaces
 * or punctuation; in a plain string literal, where the code keeps its
 * identifiers ("prev", "article", "topic"), a run of letters with an accent, a
 * capitalised word ("Chronologie"), or two lowercase words in a row ("voir les sources").
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/site.ts";

/** Everything that writes text for readers: the templates, the search client, and the outputs' text. */
const SCANNED = [
  "layouts",
  "src/render/format-date.ts",
  "src/render/time-axis.ts",
  "src/outputs/calendar.ts",
  "src/outputs/event-html.ts",
  "src/outputs/feeds.ts",
  "src/outputs/jsonld.ts",
  "src/outputs/links.ts",
  "src/outputs/search-index.ts",
  "src/outputs/sitemap.ts",
  "src/outputs/timelinejs.ts",
];

/**
 * Literals that are words of a vocabulary, not of a language: schema.org types,
 * iCalendar and feed formats, the generator's name. Each is a whole literal
 * (trimmed), matched exactly.
 */
const VOCABULARY = new Set([
  "frise",
  "Person",
  "Organization",
  "Country",
  "Place",
  "DefinedTerm",
  "Event",
  "NewsArticle",
  "ItemList",
  "ListItem",
  "BreadcrumbList",
  "CALSCALE:GREGORIAN",
  "TRANSP:TRANSPARENT",
  "User-agent: *",
  "Disallow:",
  "Sitemap:",
]);

/**
 * The build's own messages, in English like every diagnostic (README: "the messages are in
 * English, like those of the tools"): not the site's interface.
 */
const BUILD_MESSAGES: { file: string; text: RegExp }[] = [{ file: "src/outputs/search-index.ts", text: /^it (crashed|was stopped by|exited with code)\b/ }];

/** Attributes read aloud or shown to readers: their values are interface text whatever their form. */
const SPOKEN_ATTRIBUTES = /\b(aria-label|aria-description|title|alt|placeholder|label)="([^"]*)"/g;

function files(): string[] {
  return SCANNED.flatMap((entry) => {
    const full = path.join(ROOT, entry);
    if (fs.statSync(full).isFile()) return [full];
    return (fs.readdirSync(full, { recursive: true }) as string[]).map((f) => path.join(full, f)).filter((f) => /\.(ts|js|mjs)$/.test(f));
  });
}

/** The human words of a template literal's text: any run of letters between spaces or punctuation. */
export function textWords(text: string): string[] {
  return text
    .split(/[\s\u00a0]+/)
    .map((token) => token.replace(/^[(«“"—–-]+|[)»”".,;:!?…—–]+$/g, ""))
    .filter((token) => /^\p{L}[\p{L}’']+$/u.test(token))
    // Keywords of a format (iCalendar's SUMMARY, UID), never prose.
    .filter((token) => !/^[A-Z]+$/.test(token));
}

/** The human words of a plain string literal, if any. */
export function humanWords(text: string): string[] {
  const words = text.match(/\p{L}[\p{L}’'.-]*/gu) ?? [];
  const found = words.filter((w) => /[^\x00-\x7F]/.test(w) || /^\p{Lu}\p{Ll}/u.test(w));
  const lower = words.filter((w) => /^\p{Ll}{2,}$/u.test(w));
  // Two lowercase words separated by a space: a phrase ("les sources"), not an identifier.
  if (lower.length >= 2 && /\p{Ll}{2,}[ \u00a0]+\p{Ll}{2,}/u.test(text)) found.push(...lower);
  return found;
}

/** What a reader would see of a piece of markup: text outside tags, and spoken attributes' values. */
function readable(markup: string): string[] {
  const spoken = [...markup.matchAll(SPOKEN_ATTRIBUTES)].map((m) => m[2]!);
  const text = markup
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/g, " ")
    // An unclosed tag or attribute at a piece's edge: `<a href="` ends a piece, `">` starts the next.
    .replace(/<[a-z][^\u0000]*$/i, " ")
    .replace(/^[^<\u0000]*?"?>/, " ");
  return [text, ...spoken];
}

interface Finding {
  file: string;
  line: number;
  text: string;
  words: string[];
}

/** Is this literal code rather than text: a module path, a property name, an error for developers, a regular expression's source? */
function isCode(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent.parent ?? parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && /Error$/.test(n.expression.text)) return true;
    if (ts.isCallExpression(n) && /^(console\.\w+|describe|it|expect)$/.test(n.expression.getText())) return true;
  }
  return false;
}

function scan(file: string): Finding[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, texts: string[], strict: boolean) => {
    for (const text of texts) {
      if (VOCABULARY.has(text.trim())) continue;
      const words = strict ? textWords(text) : humanWords(text);
      if (words.length === 0) continue;
      const relative = path.relative(ROOT, file);
      if (BUILD_MESSAGES.some((m) => m.file === relative && m.text.test(text.trim()))) continue;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      findings.push({ file: path.relative(ROOT, file), line: line + 1, text: text.trim().slice(0, 80), words });
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || (ts.isNoSubstitutionTemplateLiteral(node) && !ts.isTaggedTemplateExpression(node.parent))) {
      // A URL is an address, whatever words it holds.
      if (!isCode(node) && !/^https?:\/\//.test(node.text)) report(node, readable(node.text), false);
    } else if (ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isCode(node)) report(node, readable(node.text), true);
    } else if (ts.isTemplateExpression(node)) {
      // The pieces joined with a stand-in for each value, so that a tag split across pieces is still a tag.
      if (!isCode(node)) report(node, readable([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join("\u0000")).map((t) => t.replace(/\u0000/g, " ")), true);
      node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe("templates hold no interface text", () => {
  it("finds no word of a human language in a literal of a template or an output", () => {
    const scanned = files();
    expect(scanned.length).toBeGreaterThan(20);
    const findings = scanned.flatMap(scan).map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)} (${f.words.join(", ")})`);
    expect(findings).toEqual([]);
  });

  it("is really checking: it finds the literals the templates used to hold", () => {
    const dir = fs.mkdtempSync(path.join(ROOT, "node_modules", ".i18n-scan-"));
    try {
      const file = path.join(dir, "page.ts");
      fs.writeFileSync(
        file,
        [
          "const a = html`<nav aria-label=\"Fil d’Ariane\"><a href=\"#contenu\">${x}</a></nav>`;",
          "const b = { label: \"Chronologie\", path: \"/\" };",
          "const c = html`<p>${n} événement${n > 1 ? \"s\" : \"\"}</p>`;",
          "const d = `${label} concernant ${name}`;",
          "const e = html`<a href=\"${href}\">consulter les sources</a>`;",
          "const ok = [\"prev\", \"next\", \"application/atom+xml\", \"article\", html`<li class=\"${rel}\">${x}</li>`, `${path}index.html`, `#note-${n}`, html`<p>${a} · ${b} (${c})</p>`];",
          "throw new Error(`no event \"${id}\" in the model`);",
        ].join("\n"),
      );
      expect(scan(file).map((f) => f.line)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("tells words from identifiers", () => {
    expect(humanWords("Chronologie")).toEqual(["Chronologie"]);
    expect(humanWords("événement")).toEqual(["événement"]);
    expect(humanWords("voir les sources")).toEqual(["voir", "les", "sources"]);
    expect(humanWords("prev")).toEqual([]);
    expect(humanWords(" mark--uncertain ")).toEqual([]);
    expect(humanWords("application/json")).toEqual([]);
    expect(textWords(" concernant ")).toEqual(["concernant"]);
    expect(textWords("« ")).toEqual([]);
    expect(textWords("index.html #note- /events/ SUMMARY: ")).toEqual([]);
  });
});
