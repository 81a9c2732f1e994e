/**
 * Citations `[@source-id "exact words"]`: what the markdown-it plugin records
 * (source, quote, line), what it refuses, how a verified citation renders, and
 * how the model numbers notes and ties them to passages (src/model/notes.ts).
 */
import { describe, expect, it } from "vitest";
import type { CitationMeta, InvalidCitationMeta } from "../../src/render/citations.ts";
import { parseMarkdown, renderTokens, type MarkdownEnv } from "../../src/render/markdown.ts";
import { renderNotedBody } from "../../src/render/bodies.ts";
import { EVENT_FILE, contentFolder, failWith, findError, loadOk, md } from "../helpers/content.ts";

function parse(source: string): { citations: CitationMeta[]; invalid: InvalidCitationMeta[]; html: string } {
  const env: MarkdownEnv = {};
  const tokens = parseMarkdown(source, env);
  return { citations: env.citations ?? [], invalid: env.invalidCitations ?? [], html: renderTokens(tokens, env) };
}

const brief = (c: CitationMeta) => [c.source, c.quote, c.bodyLine];

describe("the citation syntax", () => {
  it("records the source id, the quote and the line, in document order", () => {
    const { citations, invalid } = parse('Un fait [@source-a "les mots exacts"] puis [@b_2 "d’autres, « cités »"].');
    expect(citations.map(brief)).toEqual([
      ["source-a", "les mots exacts", 0],
      ["b_2", "d’autres, « cités »", 0],
    ]);
    expect(invalid).toEqual([]);
  });

  it("allows line breaks and spaces inside the brackets, and brackets inside the quote", () => {
    const { citations } = parse('Texte [@source-a\n  "mots sur\ndeux lignes"\n] et [@s "un [crochet]"] fin.');
    expect(citations.map((c) => c.quote)).toEqual(["mots sur\ndeux lignes", "un [crochet]"]);
  });

  it("counts lines within paragraphs, headings, list items and block quotes", () => {
    const body = [
      "# Titre [@h \"q\"]", // 0
      "", // 1
      "Premier paragraphe,", // 2
      'sur deux lignes [@p "q"].', // 3
      "", // 4
      "- un", // 5
      '- deux [@li "q"]', // 6
      "", // 7
      "> cité", // 8
      '> encore [@bq "q"]', // 9
    ].join("\n");
    expect(parse(body).citations.map((c) => [c.source, c.bodyLine])).toEqual([
      ["h", 0],
      ["p", 3],
      ["li", 6],
      ["bq", 9],
    ]);
  });

  it("counts lines within table cells", () => {
    const body = ["Un tableau :", "", "| date | fait |", "| --- | --- |", '| 3 avril | voyage [@t "q"] |'].join("\n");
    expect(parse(body).citations.map((c) => [c.source, c.bodyLine])).toEqual([["t", 4]]);
  });

  it.each([
    ["no quote", "[@source-a]"],
    ["single quotes", "[@source-a 'mots']"],
    ["a space after @", '[@ source-a "mots"]'],
    ["no closing bracket", '[@source-a "mots"'],
    ["no closing quotation mark", '[@source-a "mots]'],
    ["an id starting with a hyphen", '[@-a "mots"]'],
    ["text after the quote", '[@source-a "mots" p. 3]'],
  ])("reports a malformed citation (%s) and keeps it visible as text", (_, citation) => {
    const { citations, invalid, html } = parse(`Avant ${citation} après.`);
    expect(citations).toEqual([]);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.text.startsWith(citation.slice(0, 3))).toBe(true);
    expect(html).toContain("Avant [@");
    expect(html).toContain("après.");
    expect(html).not.toMatch(/<(?!\/?p>)/);
  });

  it("leaves escaped brackets, code and ordinary links alone", () => {
    const { citations, invalid, html } = parse('\\[@a "x"] `[@b "y"]` [un lien](https://example.org/) [texte]');
    expect(citations).toEqual([]);
    expect(invalid).toEqual([]);
    expect(html).toContain('<a href="https://example.org/">un lien</a>');
  });
});

describe("rendering a citation", () => {
  it("prints nothing for a citation the model has not verified", () => {
    expect(parse('Un fait [@a "mots"].').html).toBe("<p>Un fait .</p>\n");
  });

  it("prints a call to its note once numbered, with an id for the back link", () => {
    const env: MarkdownEnv = {};
    const tokens = parseMarkdown('Un fait [@a "mots"].', env);
    Object.assign(env.citations![0]!, { note: 3, refId: 'ref-3-1"><script>' });
    expect(renderTokens(tokens, env)).toBe(
      '<p>Un fait <sup><a id="ref-3-1&quot;&gt;&lt;script&gt;" href="#note-3" aria-label="Note 3">[3]</a></sup>.</p>\n',
    );
  });
});

describe("notes", () => {
  const event = (body: string, sources = "[source-a, source-b]") => md(["title: X", "date: 2025-04-03", `sources: ${sources}`], body);

  it("numbers distinct (source, quote) pairs in order and gives repeated calls one note", () => {
    const body = [
      'Un [@source-a "se rendront à Moscou"] deux [@source-b "du 1er au 5 avril 2025"]',
      'trois [@source-a "se rendront   à\nMoscou"] quatre [@source-a "L\'Alliance des États du Sahel"].',
    ].join("\n");
    const { timeline } = loadOk(contentFolder({ [EVENT_FILE]: null, "events/x.md": event(body) }));
    const x = timeline.eventById.get("x")!;
    expect(x.notes.map((n) => [n.number, n.sourceId, n.refIds])).toEqual([
      [1, "source-a", ["ref-1-1", "ref-1-2"]],
      [2, "source-b", ["ref-2-1"]],
      [3, "source-a", ["ref-3-1"]],
    ]);
    const html = renderNotedBody(x);
    const calls = [...html.matchAll(/<a id="([^"]+)" href="#note-(\d+)"/g)].map((m) => [m[1], m[2]]);
    expect(calls).toEqual([
      ["ref-1-1", "1"],
      ["ref-2-1", "2"],
      ["ref-1-2", "1"],
      ["ref-3-1", "3"],
    ]);
  });

  it("ties every citation of one passage, from any page, to one stable passage id", () => {
    const quote = "se rendront à Moscou les 3 et 4 avril 2025";
    const { timeline } = loadOk(
      contentFolder({
        "events/y.md": event(`Autre [@source-a "${quote.replace(/ /g, "  ")}"].`),
        "entities/aes.md": md(["kind: organisation", "name: AES"], `Une alliance [@source-a "${quote}"].`),
      }),
    );
    const source = timeline.sourceById.get("source-a")!;
    const passage = source.passages.find((p) => p.quote === quote)!;
    expect(source.passages.filter((p) => p.start === passage.start)).toHaveLength(1);
    expect(passage.id).toMatch(/^passage-[0-9a-f]{8,}$/);
    // Timeline order (y, on 3 April, ends before the 3–4 April event), then entities.
    expect(passage.citedBy.map((c) => [c.owner, c.id])).toEqual([
      ["event", "y"],
      ["event", "2025-04-03-consultations"],
      ["entity", "aes"],
    ]);
    expect(source.citedByEntities).toEqual(["aes"]);
    for (const owner of [timeline.eventById.get("y")!, timeline.entityById.get("aes")!]) {
      expect(owner.notes[0]!.passageId).toBe(passage.id);
    }
    // The id depends on the source and the words only: another folder, another order, the same id.
    const other = loadOk(contentFolder({ "events/y.md": event(`[@source-a "${quote}"] [@source-b "du 1er au 5 avril 2025"]`) }));
    expect(other.timeline.sourceById.get("source-a")!.passages.find((p) => p.quote === quote)!.id).toBe(passage.id);
  });

  it("reports a malformed citation with its line and the expected syntax", () => {
    const failure = failWith({ "events/x.md": event('Premier [@source-a "se rendront à Moscou"].\n\nSecond [@source-b du 1er au 5 avril].') });
    findError(failure, { file: "events/x.md", line: 8, field: "citation", message: /malformed citation "\[@source-b du 1er au 5 avril\]": expected \[@source-id "exact words of the source"\]/ });
  });

  it("reports an empty quote", () => {
    const failure = failWith({ "events/x.md": event('Vide [@source-a ""] et [@source-b "du 1er au 5 avril 2025"].') });
    findError(failure, { file: "events/x.md", line: 6, field: "citation", message: /quote not found.*empty/ });
  });

  it("reports a bad citation in a table cell on the cell's line", () => {
    const body = ["Un tableau :", "", "| date | fait |", "| --- | --- |", '| 3 avril | voyage [@source-a "à Moscou"] [@source-b "absent"] |'].join("\n");
    const failure = failWith({ "events/x.md": event(body) });
    findError(failure, { file: "events/x.md", line: 10, field: "citation", message: /quote not found in source "source-b"/ });
  });
});
