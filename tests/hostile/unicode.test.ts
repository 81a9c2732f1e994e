/**
 * Hostile Unicode, end to end through the loader (and the page templates):
 * a lone surrogate or bytes that are not UTF-8 are errors at `path:line:column`
 * (instead of a Pagefind failure that names no file), look-alike names and
 * titles are warnings naming both files, a right-to-left override is refused
 * in a name and, in a title, shown isolated from the text around it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/index.ts";
import { SiteModel } from "../../src/site-model.ts";
import { render as renderEvent } from "../../layouts/event.11ty.ts";
import { render as renderYear } from "../../layouts/year.11ty.ts";
import { render as renderEntity } from "../../layouts/entity.11ty.ts";
import { EVENT_FILE, contentFolder, defaultFiles, failWith, findError, loadFail, loadOk, md } from "../helpers/content.ts";
import { attr, parsePage, textOf } from "../helpers/site.ts";

/** The default event's front matter and body, with other fields. */
function event(fields: string[]): string {
  return md(
    [...fields, "date: 2025-04-03", "sources: [source-a, source-b]"],
    'Les ministres vont à Moscou [@source-a "se rendront à Moscou les 3 et 4 avril 2025"] ; les consultations durent cinq jours [@source-b "du 1er au 5 avril 2025"].',
  );
}

/** Every printed diagnostic must be readable: no lone surrogate, no bidirectional control. */
function expectPrintable(lines: string[]): void {
  for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/);
}

describe("characters that are not text", () => {
  it("refuses a lone surrogate in a title (YAML escape) at its line and column, where check used to pass", () => {
    const failure = failWith({ [EVENT_FILE]: event(['title: "A\\uD800B"']) });
    const error = findError(failure, { file: EVENT_FILE, line: 2, field: "title", message: /^contains U\+D800, a lone surrogate/ });
    expect(error.column).toBe(8);
    expectPrintable(failure.lines);
  });

  it("refuses noncharacters in any field and in the body", () => {
    const text = event(["title: Consultations", 'summary: "R\\uFFFEsumé"']).replace("cinq jours", "cinq \uFDD0jours");
    const failure = failWith({ [EVENT_FILE]: text });
    findError(failure, { file: EVENT_FILE, line: 3, field: "summary", message: /^contains U\+FFFE, a noncharacter/ });
    const body = findError(failure, { file: EVENT_FILE, line: 7, field: "body", message: /^contains U\+FDD0, a noncharacter/ });
    expect(body.column).toBe(text.split("\n")[6]!.indexOf("\uFDD0") + 1);
    expectPrintable(failure.lines);
  });

  it("refuses bytes that are not UTF-8 at their line and column", () => {
    const dir = contentFolder();
    const file = path.join(dir, "sources/source-b.md");
    const text = defaultFiles()["sources/source-b.md"]!;
    const at = text.indexOf("Moscou");
    // "Mosc\xF4u": a Latin-1 byte (ô), as a file saved in ISO-8859-1 holds it, where UTF-8 expects more.
    fs.writeFileSync(file, Buffer.concat([Buffer.from(text.slice(0, at + 4)), Buffer.from([0xf4]), Buffer.from(text.slice(at + 4))]));
    const failure = loadFail(dir);
    const error = findError(failure, { file: "sources/source-b.md", line: 6, field: "body", message: /U\+FFFD REPLACEMENT CHARACTER: the file is not valid UTF-8 here/ });
    expect(error.column).toBe(text.split("\n")[5]!.indexOf("Moscou") + 5);
  });
});

describe("look-alike names and titles", () => {
  const person = (name: string) => md(["kind: person", `name: "${name}"`]);

  it("warns about Lav\\u200Brov and Lavr\\u043Ev, each naming its own file and Lavrov's", () => {
    const { diagnostics } = loadOk(
      contentFolder({
        "entities/lavrov.md": person("Lavrov"),
        "entities/lav-rov.md": person("Lav\\u200Brov"),
        "entities/lavr0v.md": person("Lavr\\u043Ev"),
      }),
    );
    const lines = diagnostics.map(formatDiagnostic).filter((l) => l.includes("looks the same"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /entities\/lav-rov\.md:3:7: warning: name: "Lav\\u\{200B\}rov" looks the same as "Lavrov" \(\S*entities\/lavrov\.md\) but is written with other characters \(U\+200B ZERO WIDTH SPACE\)/,
    );
    expect(lines[1]).toMatch(/entities\/lavr0v\.md:3:7: warning: name: "Lavr\u043Ev" looks the same as "Lavrov" \(\S*entities\/lavrov\.md\) but is written with other characters \(U\+043E \(Cyrillic\)\)/);
  });

  it("warns about two events whose titles look the same, naming both files", () => {
    const { diagnostics } = loadOk(
      contentFolder({
        "events/a.md": event(["title: Sommet de l'AES"]),
        "events/b.md": event(["title: \"Sommet de l'\\u0410ES\""]),
        "events/c.md": event(["title: Sommet de l'AES"]),
      }),
    );
    const lines = diagnostics.map(formatDiagnostic).filter((l) => l.includes("looks the same"));
    expect(lines).toEqual([expect.stringMatching(/events\/b\.md:2:8: warning: title: "Sommet de l'АES" looks the same as "Sommet de l'AES" \(\S*events\/a\.md\) but is written with other characters \(U\+0410 \(Cyrillic\)\)/)]);
  });
});

describe("bidirectional controls", () => {
  it("refuses U+202E in an entity name and in an alias, at their line and column", () => {
    const failure = failWith({ "entities/abdoulaye-diop.md": md(["kind: person", 'name: "Abdoulaye \\u202EpoiD"', 'aliases: ["Diop", "\\u202Bx"]']) });
    const name = findError(failure, { file: "entities/abdoulaye-diop.md", line: 3, field: "name", message: /^contains U\+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control/ });
    expect(name.column).toBe(7);
    findError(failure, { file: "entities/abdoulaye-diop.md", line: 4, field: "aliases.1", message: /^contains U\+202B RIGHT-TO-LEFT EMBEDDING/ });
    expectPrintable(failure.lines);
  });

  describe("U+202E in an event title: a warning, and the title shown isolated on every page", () => {
    const TITLE = "Sommet \u202Eterces";
    const { timeline, diagnostics } = loadOk(
      contentFolder({ "events/2025-04-05-sommet.md": event(['title: "Sommet \\u202Eterces"', "about: [AES]", "participants: [Abdoulaye Diop]"]) }),
    );
    const site = new SiteModel(timeline);

    it("warns, at the title", () => {
      expect(diagnostics.map(formatDiagnostic)).toContainEqual(
        expect.stringMatching(/events\/2025-04-05-sommet\.md:2:8: warning: title: contains U\+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control: it changes .*; the site shows this text isolated/),
      );
    });

    /** Every text holding the override: its element, and whether that element isolates it. */
    function holders(html: string) {
      const page = parsePage("page.html", html);
      return page.elements
        .filter((el) => el.childNodes.some((c) => c.nodeName === "#text" && textOf(c).includes("\u202E")))
        .map((el) => ({ tag: el.tagName, dir: attr(el, "dir"), text: textOf(el) }));
    }

    it("on its own page: the heading and the breadcrumb have dir=auto, <title> puts it between U+2068 and U+2069", () => {
      const html = renderEvent({ frise: site, event: timeline.eventById.get("2025-04-05-sommet")! });
      const found = holders(html);
      expect(found.filter((h) => h.tag === "h1")).toEqual([{ tag: "h1", dir: "auto", text: `${TITLE}\u202C` }]);
      expect(found.filter((h) => h.tag === "a")).toEqual([{ tag: "a", dir: "auto", text: `${TITLE}\u202C` }]);
      expect(found.filter((h) => h.tag === "title")).toEqual([{ tag: "title", dir: undefined, text: `\u2068${TITLE}\u202C\u2069 · Frise de test` }]);
      // Nothing else holds it, but for JSON-LD (data, not text on screen).
      expect(found.filter((h) => !["h1", "a", "title", "script"].includes(h.tag))).toEqual([]);
    });

    it("in lists and neighbour links of other pages: the link that holds it has dir=auto, and the override ends with it", () => {
      const pages = [
        renderEvent({ frise: site, event: timeline.eventById.get("2025-04-03-consultations")! }),
        renderYear({ frise: site, year: timeline.years[0]! }),
        renderEntity({ frise: site, entityPage: site.entityPages.find((p) => p.entity.id === "aes")! }),
      ];
      for (const html of pages) {
        const found = holders(html).filter((h) => h.tag !== "script");
        expect(found.length).toBeGreaterThan(0);
        for (const h of found) expect(h).toEqual({ tag: "a", dir: "auto", text: `${TITLE}\u202C` });
      }
    });
  });
});
