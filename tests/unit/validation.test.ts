/**
 * Validation: one test per kind of bad content. Each must be refused with
 * `path:line: field: what was expected`, and one run must list every problem.
 * Files are written so that a field's line is visible: md([...]) puts the i-th
 * front matter line on line i + 2 and the body on line fields.length + 3.
 */
import { describe, expect, it } from "vitest";
import { EVENT_FILE, contentFolder, defaultFiles, failWith, findError, loadFail, md } from "../helpers/content.ts";
import { runCli } from "../helpers/site.ts";

/** A valid event's front matter lines, to which a test adds or replaces one. */
const EVENT = ["title: Un événement", "date: 2025-04-03", "sources: [source-a, source-b]"];
const BODY = 'Les ministres vont à Moscou [@source-a "se rendront à Moscou"] [@source-b "du 1er au 5 avril 2025"].';

/** A date given as claims: `value` on line 4 (+2 per earlier claim line), its quote on line 7. */
function claims(...lines: string[]): string[] {
  return ["title: Un événement", "date:", "  claims:", ...lines, "sources: [source-a, source-b]"];
}
const claimA = (value: string) => [`    - value: ${value}`, "      cite:", "        - source: source-a", '          quote: "les 3 et 4 avril 2025"'];
const claimB = (value: string) => [`    - value: ${value}`, "      cite:", "        - source: source-b", '          quote: "du 1er au 5 avril 2025"'];

describe("front matter syntax", () => {
  it("refuses invalid YAML, with the line and the parser's words", () => {
    const failure = failWith({ "events/x.md": md(["title: Un événement", "date: [2025-04-03", "sources: [source-a]"], BODY) });
    const error = findError(failure, { file: "events/x.md", message: /^invalid YAML: / });
    // The unclosed `[` opens on line 3; the parser notices it there or on the next line.
    expect([3, 4]).toContain(error.line);
  });

  it("refuses a field given twice", () => {
    const failure = failWith({ "events/x.md": md(["title: Un", "date: 2025-04-03", "title: Deux", "sources: [source-a]"], BODY) });
    findError(failure, { file: "events/x.md", line: 4, message: /invalid YAML: .*unique/i });
  });

  it("refuses a file without front matter, and one whose front matter is not closed", () => {
    const failure = failWith({ "events/sans.md": "Juste du texte.\n", "events/ouvert.md": "---\ntitle: Ouvert\ndate: 2025\n" });
    findError(failure, { file: "events/sans.md", line: 1, message: /expected front matter.*`---`/ });
    findError(failure, { file: "events/ouvert.md", line: 1, message: /not closed: expected a line `---`/ });
  });

  it("refuses front matter that is not a mapping", () => {
    const failure = failWith({ "events/x.md": md(["- title", "- date"], BODY) });
    findError(failure, { file: "events/x.md", message: /must be a mapping of `field: value` lines/ });
  });

  it.each(["js", "javascript"])("refuses ---%s front matter with an error, without running it", (language) => {
    // gray-matter would eval this; the marker proves it did not run.
    const marker = `__frise_ran_${language}`;
    const code = `(globalThis.${marker} = true, { title: "x", date: "2025", sources: ["source-a"] })`;
    const failure = failWith({ "events/x.md": `---${language}\n${code}\n---\nCorps.\n` });
    findError(failure, { file: "events/x.md", line: 1, message: new RegExp(`"${language}" is refused: only YAML front matter`) });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it("refuses the other languages gray-matter knows (json, coffee, toml)", () => {
    const failure = failWith({
      "events/a.md": '---json\n{ "title": "x" }\n---\nCorps.\n',
      "events/b.md": "---coffee\ntitle: 'x'\n---\nCorps.\n",
      "events/c.md": '---toml\ntitle = "x"\n---\nCorps.\n',
    });
    for (const name of ["a", "b", "c"]) findError(failure, { file: `events/${name}.md`, line: 1, message: /only YAML front matter/ });
  });
});

describe("required and typed fields", () => {
  it("reports a missing required field by name", () => {
    const failure = failWith({ "events/x.md": md(["date: 2025-04-03", "sources: [source-a, source-b]"], BODY) });
    findError(failure, { file: "events/x.md", line: 1, field: "title", message: /required: expected a non-empty text/ });
  });

  it("reports an empty required field on its own line", () => {
    const failure = failWith({ "events/x.md": md(["title: '  '", "date: 2025-04-03", "sources: [source-a, source-b]"], BODY) });
    findError(failure, { file: "events/x.md", line: 2, field: "title", message: /empty: expected a non-empty text/ });
  });

  it("reports a field left blank (`date:`) and an empty list of sources", () => {
    const failure = failWith({ "events/x.md": md(["title: Un événement", "date:", "sources: []"], BODY) });
    findError(failure, { file: "events/x.md", line: 3, field: "date", message: /required/ });
    findError(failure, { file: "events/x.md", line: 4, field: "sources", message: /empty: expected at least one item/ });
  });

  it("reports a value of the wrong type, saying what was found", () => {
    const failure = failWith({ "events/x.md": md(["title: [Un, Deux]", "date: 2025-04-03", "sources: source-a"], BODY) });
    findError(failure, { file: "events/x.md", line: 2, field: "title", message: /expected .*text, found a list/ });
    findError(failure, { file: "events/x.md", line: 4, field: "sources", message: /expected a list such as \[first, second\], found string "source-a"/ });
  });

  it("reports an unknown field, listing the known ones", () => {
    const failure = failWith({ "events/x.md": md([...EVENT, "tags: [x]"], BODY) });
    findError(failure, { file: "events/x.md", line: 5, field: "tags", message: /unknown field: expected one of title, date, .*sources/ });
  });

  it("reports a source listed twice", () => {
    const failure = failWith({ "events/x.md": md(["title: Un événement", "date: 2025-04-03", "sources:", "  - source-a", "  - source-b", "  - source-a"], BODY) });
    findError(failure, { file: "events/x.md", line: 7, field: "sources.2", message: /"source-a" is listed twice/ });
  });

  it("reports an empty event body", () => {
    const failure = failWith({ "events/x.md": md(EVENT, "\n  \n") });
    findError(failure, { file: "events/x.md", line: 6, field: "body", message: /empty: expected the editors' summary/ });
  });
});

describe("dates", () => {
  it("refuses an impossible date (2025-02-30)", () => {
    const failure = failWith({ "events/x.md": md(["title: Un événement", "date: 2025-02-30", "sources: [source-a, source-b]"], BODY) });
    findError(failure, { file: "events/x.md", line: 3, field: "date", message: /"2025-02-30" does not exist: February 2025 has no day 30/ });
  });

  it("refuses an impossible date inside a claim, on the claim's line", () => {
    const failure = failWith({ "events/x.md": md(claims(...claimA("2025-02-29"), ...claimB("2025-04-01/2025-04-05")), BODY) });
    findError(failure, { file: "events/x.md", line: 5, field: "date.claims.0.value", message: /"2025-02-29" does not exist/ });
  });

  it("refuses a range that ends before it starts", () => {
    const failure = failWith({ "events/x.md": md(["title: Un événement", "date: 2025-04-05/2025-04-03", "sources: [source-a, source-b]"], BODY) });
    findError(failure, { file: "events/x.md", line: 3, field: "date", message: /ends before it starts: the second date must not be earlier than the first/ });
  });

  it("refuses a text that is no date, listing the accepted forms", () => {
    const failure = failWith({ "events/x.md": md(["title: Un événement", "date: 3 avril 2025", "sources: [source-a, source-b]"], BODY) });
    findError(failure, { file: "events/x.md", line: 3, field: "date", message: /is not a date: expected a date such as 2025-04-01.*unknown/ });
  });

  it("refuses an impossible publication date of a source", () => {
    const failure = failWith({ "sources/source-c.md": md(["title: Article C", "published: 2025-13", "language: fr"], "Texte.") });
    findError(failure, { file: "sources/source-c.md", line: 3, field: "published", message: /no month 13.*expected the publication day/ });
  });
});

describe("references between files", () => {
  it("refuses an event listing an unknown source", () => {
    const failure = failWith({ "events/x.md": md(["title: Un événement", "date: 2025-04-03", "sources: [source-a, source-z]"], BODY) });
    findError(failure, { file: "events/x.md", line: 4, field: "sources", message: /unknown source "source-z": expected the id of a file in sources\// });
  });

  it("refuses a citation of an unknown source, on the line of the citation", () => {
    const body = ["Premier paragraphe.", "", 'Deuxième [@source-z "des mots"].'].join("\n");
    const failure = failWith({ "events/x.md": md(EVENT, body) });
    findError(failure, { file: "events/x.md", line: 8, field: "citation", message: /unknown source "source-z"/ });
  });

  it("refuses a citation of a source the event does not list", () => {
    const failure = failWith({ "events/x.md": md(["title: Un événement", "date: 2025-04-03", "sources: [source-a]"], BODY) });
    findError(failure, { file: "events/x.md", line: 6, field: "citation", message: /"source-b" is cited but not listed in `sources:`/ });
  });

  it("refuses two files with the same id, naming both", () => {
    const failure = failWith({ "events/2025/2025-04-03-consultations.md": defaultFiles()[EVENT_FILE]! });
    const error = findError(failure, { file: "events/2025/2025-04-03-consultations.md", message: /duplicate event id "2025-04-03-consultations"/ });
    expect(error.message).toContain(EVENT_FILE);
  });

  it("refuses a file name that is not a valid id", () => {
    const failure = failWith({ "events/Mon Événement.md": md(EVENT, BODY) });
    findError(failure, { file: "events/Mon Événement.md", message: /is not a valid id: file names must be lowercase letters, digits and single hyphens/ });
  });
});

describe("sources and entities", () => {
  it("refuses a source with an empty body, on the line where the body starts", () => {
    const failure = failWith({ "sources/source-c.md": md(["title: Article C", "published: 2025-04-03", "language: fr"], "\n   \n") });
    findError(failure, { file: "sources/source-c.md", line: 6, field: "body", message: /empty: expected the article's archived text/ });
  });

  it("refuses a bad language code and a url that is not http(s)", () => {
    const failure = failWith({ "sources/source-c.md": md(["title: Article C", "published: 2025-04", "language: Français", "url: javascript:alert(1)"], "Texte.") });
    findError(failure, { file: "sources/source-c.md", line: 4, field: "language", message: /"Français" is not a language code: expected a code such as fr/ });
    findError(failure, { file: "sources/source-c.md", line: 5, field: "url", message: /is not a web address: expected an absolute http:\/\/ or https:\/\/ URL/ });
  });

  it("refuses an entity of an unknown kind, and one without a name", () => {
    const failure = failWith({
      "entities/chose.md": md(["kind: thing", "name: Chose"]),
      "entities/sans-nom.md": md(["kind: person"]),
    });
    findError(failure, { file: "entities/chose.md", line: 2, field: "kind", message: /"thing" is not a kind of entity: expected one of person, organisation, country, place, topic/ });
    findError(failure, { file: "entities/sans-nom.md", field: "name", message: /required/ });
  });
});

describe("files the loader does not know", () => {
  it("reports each unknown file instead of ignoring it", () => {
    const failure = failWith({
      "notes.txt": "à faire",
      "README.md": md(["title: Lisez-moi"], "Texte."),
      "events/brouillon.txt": "brouillon",
      "drafts/2025-04-05-x.md": md(EVENT, BODY),
      "site.yaml": "title: faute de frappe",
    });
    for (const file of ["notes.txt", "README.md", "events/brouillon.txt", "drafts/2025-04-05-x.md", "site.yaml"]) {
      findError(failure, { file, message: /unknown file: frise reads site\.yml, sources\/<id>\.md, events\/<id>\.md and entities\/<id>\.md/ });
    }
  });

});

describe("claims", () => {
  it("refuses two claims backed by as many sources, with no preferred value", () => {
    const failure = failWith({ "events/x.md": md(claims(...claimA("2025-04-03/2025-04-04"), ...claimB("2025-04-01/2025-04-05")), BODY) });
    const error = findError(failure, { file: "events/x.md", field: "date", message: /split evenly between 2025-04-03\/2025-04-04 and 2025-04-01\/2025-04-05: add `preferred:`/ });
    // The line of `date:` or of its `claims:`: either points the editor at the field.
    expect([3, 4]).toContain(error.line);
  });

  it("refuses the same value claimed twice", () => {
    const failure = failWith({ "events/x.md": md(claims(...claimA("2025-04-03"), ...claimB("2025-04-03")), BODY) });
    const error = findError(failure, { file: "events/x.md", field: "date", message: /the same value is claimed twice/ });
    expect([3, 4]).toContain(error.line);
  });

  it("refuses a preferred value that is not one of the claims (as an error, not a crash)", () => {
    const lines = claims(...claimA("2025-04-03"), ...claimB("2025-04-01/2025-04-05"));
    lines.splice(-1, 0, "  preferred: 2025-04-04");
    const failure = failWith({ "events/x.md": md(lines, BODY) });
    findError(failure, { file: "events/x.md", line: 13, field: "date.preferred", message: /"2025-04-04" is not one of the claimed values: expected one of 2025-04-03, 2025-04-01\/2025-04-05/ });
  });

  it("refuses an empty list of claims, and a claim without citation or quote", () => {
    const failure = failWith({
      "events/a.md": md(["title: A", "date:", "  claims: []", "sources: [source-a, source-b]"], BODY),
      "events/b.md": md(claims("    - value: 2025-04-03", "    - value: 2025-04-04", "      cite:", "        - source: source-a"), BODY),
    });
    findError(failure, { file: "events/a.md", line: 4, field: "date.claims", message: /expected a list of claims, each with `value:` and `cite:`/ });
    findError(failure, { file: "events/b.md", line: 5, field: "date.claims.0.cite", message: /expected a list of citations, each with `source:`.*`quote:`/ });
    findError(failure, { file: "events/b.md", line: 8, field: "date.claims.1.cite.0.quote", message: /required/ });
  });

  it("refuses a claim whose quote is not in the cited source, on the quote's line", () => {
    const failure = failWith({ "events/x.md": md(claims(...claimA("2025-04-03").slice(0, 3), '          quote: "les 3 et 5 avril 2025"'), BODY) });
    findError(failure, { file: "events/x.md", line: 8, field: "citation", message: /quote not found in source "source-a".*"les 3 et 5 avril 2025"/ });
  });

  it("refuses a naming with a single claim", () => {
    const lines = [...EVENT, "names:", "  - term: AES", "    claims:", ...claimA("Alliance des États du Sahel").map((l) => `    ${l}`)];
    const failure = failWith({ "events/x.md": md(lines, BODY) });
    const error = findError(failure, { file: "events/x.md", field: "names.0.claims", message: /expected at least two claims/ });
    // The line of `claims:` or of its first item.
    expect([7, 8]).toContain(error.line);
  });
});

describe("site.yml", () => {
  it("refuses an unknown setting and a base URL that is not http(s)", () => {
    const failure = failWith({ "site.yml": "title: Frise\nthème: sombre\nbaseUrl: ftp://example.org/\n" });
    findError(failure, { file: "site.yml", line: 2, field: "thème", message: /unknown field: expected one of title, description, language, baseUrl, pathPrefix/ });
    findError(failure, { file: "site.yml", field: "baseUrl", message: /"ftp:\/\/example.org\/" is not an absolute http\(s\) URL/ });
  });
});

/** One folder with a problem in each of several files. */
function manyProblems(): string {
  return contentFolder({
    "events/a.md": md(["title: A", "date: 2025-02-30", "sources: [source-a, source-b]"], BODY),
    "events/b.md": md(["title: B", "date: 2025-04-03", "sources: [source-a, source-z]"], 'Texte [@source-a "se rendront à Moscou"].'),
    "events/c.md": "---js\n({})\n---\nCorps.\n",
    "sources/source-c.md": md(["title: C", "published: 2025-04", "language: fr"], ""),
    "notes.txt": "à faire",
  });
}
/** File, line (undefined: the whole file), field, stable words. */
const EXPECTED: [string, number | undefined, string, RegExp][] = [
  ["events/a.md", 3, "date", /does not exist/],
  ["events/b.md", 4, "sources", /unknown source "source-z"/],
  ["events/c.md", 1, "", /only YAML front matter/],
  ["notes.txt", undefined, "", /unknown file/],
  ["sources/source-c.md", 6, "body", /is empty/],
];

/** A printed diagnostic (`path:line[:column]: [error: ]field: message`) for one expectation. */
function printedLike(dir: string, [file, line, field, words]: (typeof EXPECTED)[number]): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const where = `^${escape(`${dir}/${file}`)}:${line === undefined ? "" : `${line}:`}`;
  return new RegExp(`${where}.*${field ? escape(`: ${field}: `) : ": "}.*${words.source}`);
}

describe("every problem at once", () => {
  it("lists every error of every file in one ContentError, sorted by file", () => {
    const dir = manyProblems();
    const { lines } = loadFail(dir);
    for (const expected of EXPECTED) {
      const like = printedLike(dir, expected);
      expect(lines.some((line) => like.test(line)), `${like}\n${lines.join("\n")}`).toBe(true);
    }
    expect(lines.length).toBe(EXPECTED.length);
    expect([...lines].sort()).toEqual(lines);
  });

  it("makes `npm run check` print them all and exit 1, without a stack trace", async () => {
    const dir = manyProblems();
    const result = await runCli("check", { FRISE_CONTENT: dir });
    expect(result.code).toBe(1);
    const printed = result.stderr.split("\n");
    for (const expected of EXPECTED) {
      const like = printedLike(dir, expected);
      expect(printed.some((line) => like.test(line)), `${like}\n${result.stderr}`).toBe(true);
    }
    expect(result.stderr).toMatch(/\b5 errors\b/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
