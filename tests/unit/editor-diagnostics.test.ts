/**
 * What a new editor hit, each reproduced as they saw it: one broken file gives
 * its own error and no cascade, one YAML mistake one error, typos get a
 * suggestion, an uncited source is not counted, pasted text without blank
 * lines is spotted, and claims carry the editors' note for readers.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/content/diagnostics.ts";
import { firstSingleBreak } from "../../src/content/paragraphs.ts";
import { closest } from "../../src/model/suggest.ts";
import { renderNotedBody, renderSourceBody } from "../../src/render/bodies.ts";
import { parsePage, textOf } from "../helpers/site.ts";
import { SiteModel } from "../../src/site-model.ts";
import { render as renderEvent } from "../../layouts/event.11ty.ts";
import { contentFolder, EVENT_FILE, failWith, findError, loadOk, md } from "../helpers/content.ts";

const EVENT_FIELDS = [
  "title: Consultations à Moscou",
  "date: 2025-04-03/2025-04-04",
  "place: Moscou",
  "participants: [Abdoulaye Diop]",
  "topics: [diplomatie]",
  "about: [AES]",
  "sources: [source-a, source-b]",
];
const EVENT_BODY =
  'Les ministres vont à Moscou [@source-a "se rendront à Moscou les 3 et 4 avril 2025"] ; les consultations durent cinq jours [@source-b "du 1er au 5 avril 2025"].';

describe("a tab used as indentation", () => {
  it("gives one error for its line, saying what to do first", () => {
    const failure = failWith({ [EVENT_FILE]: md([...EVENT_FIELDS.slice(0, 4), "topics:", "\t- diplomatie", ...EVENT_FIELDS.slice(5)], EVENT_BODY) });
    const onFile = failure.lines.filter((l) => l.includes("consultations.md"));
    expect(onFile).toEqual([expect.stringMatching(/:7:1: error: invalid YAML: this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces$/)]);
  });

  it("a tab in a block list with other consequences on the same line is still one error", () => {
    const failure = failWith({ [EVENT_FILE]: md([...EVENT_FIELDS.slice(0, 6), "sources:", "  - source-a", "\t- source-b"], EVENT_BODY) });
    expect(failure.lines.filter((l) => l.includes("consultations.md"))).toHaveLength(1);
  });
});

describe("suggestions by edit distance", () => {
  it("closest() offers a typo's intended word, not a different word", () => {
    expect(closest("source-c", ["source-a", "bamada-2025-04"])).toBe("source-a");
    expect(closest("bamada-2025-4", ["bamada-2025-04", "source-a"])).toBe("bamada-2025-04");
    expect(closest("Lavorv", ["Lavrov", "Diop"])).toBe("Lavrov");
    expect(closest("Moscou", ["Niamey", "Bamako"])).toBeUndefined();
    expect(closest("AES", ["AEB"])).toBeUndefined(); // three letters: too short to guess
  });

  it("an unknown source id in sources: with a one-letter typo gets a suggestion", () => {
    const failure = failWith({ [EVENT_FILE]: md([...EVENT_FIELDS.slice(0, 6), "sources: [source-a, sourse-b]"], EVENT_BODY) });
    findError(failure, { file: EVENT_FILE, field: "sources", message: /unknown source "sourse-b": .*; did you mean "source-b"\?$/ });
  });

  it("an unknown entity name with a one-letter typo gets a suggestion", () => {
    const failure = failWith({ [EVENT_FILE]: md([...EVENT_FIELDS.slice(0, 3), "participants: [Abdoulaye Diob]", ...EVENT_FIELDS.slice(4)], EVENT_BODY) });
    findError(failure, { file: EVENT_FILE, field: "participants", message: /unknown entity "Abdoulaye Diob".*did you mean "Abdoulaye Diop"\?/ });
  });
});

describe("a source listed in sources: but never cited", () => {
  it("is a warning at its line, and the event counts only the sources it cites", () => {
    const dir = contentFolder({
      [EVENT_FILE]: md([...EVENT_FIELDS.slice(0, 6), "sources: [source-a, source-b]"], 'Les ministres vont à Moscou [@source-a "se rendront à Moscou les 3 et 4 avril 2025"].'),
    });
    const { timeline, diagnostics } = loadOk(dir);
    expect(diagnostics.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(/consultations\.md:8:\d+: warning: sources: "source-b" is listed but never cited: cite its words in the text or a claim/),
    );
    expect(timeline.events[0]!.sourceIds).toEqual(["source-a"]);
    expect(timeline.sources.find((s) => s.id === "source-b")!.citedBy).toEqual([]);
  });
});

describe("a source text pasted with single line breaks", () => {
  it("is spotted at the first line break that joins two sentences", () => {
    expect(firstSingleBreak("Première phrase.\nDeuxième phrase.\n\nAutre paragraphe.")).toBe(0);
    expect(firstSingleBreak("« Citation. »\nLa suite.")).toBe(0);
  });

  it.each([
    ["paragraphs separated by blank lines", "Une phrase.\n\nUne autre."],
    ["a sentence wrapped in the middle", "Une phrase qui continue\nsur la ligne suivante."],
    ["a list", "Points :\n- Un.\n- Deux."],
    ["a deliberate line break", "Une ligne.  \nLa suivante."],
    ["a heading", "# Titre.\nTexte."],
  ])("is not flagged for %s", (_, text) => {
    expect(firstSingleBreak(text)).toBeUndefined();
  });

  it("warns once on the source, at that line, pointing to CONTRIBUTING", () => {
    const dir = contentFolder({ "sources/source-b.md": md(["title: Article B", "published: 2025-04", "language: fr"], "Intro sans fin.\n" + "Les consultations se sont tenues du 1er au 5 avril 2025 à Moscou.\nFin.") });
    const warnings = loadOk(dir).diagnostics.filter((d) => d.file.endsWith("source-b.md") && d.field === "body");
    expect(warnings.map(formatDiagnostic)).toEqual([expect.stringMatching(/source-b\.md:6:1: warning: body: a sentence ends this line .* Leave a blank line between the article's paragraphs \(see CONTRIBUTING/)]);
  });
});

describe("a note on a disagreement", () => {
  it("is parsed and cited like a body, after the body's own notes", () => {
    const fields = [
      "title: Consultations à Moscou",
      "date:",
      "  claims:",
      "    - value: 2025-04-03/2025-04-04",
      "      cite: [{ source: source-a, quote: se rendront à Moscou les 3 et 4 avril 2025 }]",
      "    - value: 2025-04-01/2025-04-05",
      "      cite: [{ source: source-b, quote: du 1er au 5 avril 2025 }]",
      "  preferred: 2025-04-03/2025-04-04",
      '  note: "Deux articles annoncent le voyage [@source-a \\"les 3 et 4 avril 2025\\"]; un seul le date autrement."',
      "sources: [source-a, source-b]",
    ];
    const { timeline } = loadOk(contentFolder({ [EVENT_FILE]: md(fields, 'Les ministres vont à Moscou [@source-a "se rendront à Moscou"].') }));
    const event = timeline.events[0]!;
    expect(event.dateNote).toBeDefined();
    const html = renderNotedBody({ ...event.dateNote!, notes: event.notes });
    expect(html).toContain("Deux articles annoncent le voyage");
    expect(html).toMatch(/href="#note-\d+"/);
    expect(event.notes.at(-1)!.quote).toBe("les 3 et 4 avril 2025");

    // Shown to readers under "Les sources divergent", its call linked to its note.
    const site = new SiteModel(timeline);
    const page = renderEvent({ frise: site, event: site.event(event.id) });
    const aside = /<aside class="disagreement"[\s\S]*?<\/aside>/.exec(page)![0];
    expect(aside).toMatch(/<div class="editor-note"><strong>Note de la rédaction : <\/strong><p>Deux articles annoncent le voyage <sup><a id="ref-\d+-\d+" href="#note-\d+"/);
  });

  it("a misquote in a note is an error like one in a body", () => {
    const fields = [
      "title: X",
      "date:",
      "  claims:",
      "    - value: 2025-04-03",
      "      cite: [{ source: source-a, quote: se rendront à Moscou }]",
      '  note: "Voir [@source-a \\"des mots absents\\"]."',
      "sources: [source-a]",
    ];
    const failure = failWith({ [EVENT_FILE]: md(fields, 'Un fait [@source-a "se rendront à Moscou"].') });
    findError(failure, { file: EVENT_FILE, field: "citation", message: /des mots absents/ });
  });
});

describe("a long quote that contains a shorter quoted passage", () => {
  it("is one marked element holding the whole passage, the shorter one inside it", () => {
    const long = "se rendront à Moscou les 3 et 4 avril 2025";
    const short = "à Moscou";
    const body = `Les ministres vont à Moscou [@source-a "${long}"], à Moscou [@source-a "${short}"].`;
    const { timeline } = loadOk(contentFolder({ [EVENT_FILE]: md([...EVENT_FIELDS.slice(0, 6), "sources: [source-a]"], body) }));
    const source = timeline.sources.find((s) => s.id === "source-a")!;
    const page = parsePage("source", renderSourceBody(source));
    const idOf = (quote: string) => source.passages.find((p) => p.quote === quote)!.id;
    const element = (id: string) => page.elements.find((el) => el.attrs.some((a) => a.name === "id" && a.value === id))!;
    expect(textOf(element(idOf(long)) as never)).toBe(long);
    expect(textOf(element(idOf(short)) as never)).toBe(short);
    expect(element(idOf(short)).parentNode).toBe(element(idOf(long)));
  });
});

describe("one broken file", () => {
  it("gives its own error and no cascade in the files that cite it", () => {
    const failure = failWith({ "sources/source-b.md": "---\ntitle: Article B\npublished: 2025-04\nlanguage: fr\nLes consultations se sont tenues du 1er au 5 avril 2025 à Moscou.\n" });
    expect(failure.lines).toEqual([expect.stringMatching(/sources\/source-b\.md:1:1: error: front matter is not closed/)]);
  });

  it("an event that fails to load does not make its entities 'named by no event'", () => {
    const dir = contentFolder({ [EVENT_FILE]: md(["title: [pas, un, titre]", ...EVENT_FIELDS.slice(1)], EVENT_BODY) });
    let warnings: string[] = [];
    try {
      loadOk(dir);
    } catch (error) {
      warnings = String(error).split("\n").filter((l) => l.includes("warning"));
    }
    expect(warnings).toEqual([]);
  });
});

describe("a misquote", () => {
  it("shows the closest passage of the source, with the words that differ marked", () => {
    const body = 'Les ministres vont à Moscou [@source-a "se rendront à Moscou les 3 et 5 avril 2025"].';
    const failure = failWith({ [EVENT_FILE]: md([...EVENT_FIELDS.slice(0, 6), "sources: [source-a]"], body) });
    const error = findError(failure, { file: EVENT_FILE, field: "citation", message: /no passage of the source has these words/ });
    expect(error.message).toMatch(/the closest passage, line 7 of the source, reads \(quote's words → source's\): «… les 3 et \[5 → 4\] avril 2025»$/);
  });

  it("says nothing more when no passage shares most of the quote's words", () => {
    const body = 'Un fait [@source-a "des mots qui ne sont nulle part"].';
    const failure = failWith({ [EVENT_FILE]: md([...EVENT_FIELDS.slice(0, 6), "sources: [source-a]"], body) });
    const error = findError(failure, { file: EVENT_FILE, field: "citation", message: /no passage of the source has these words: copy the passage exactly$/ });
    expect(error.message).not.toContain("closest");
  });
});
