/**
 * `npm run new`: ids from French titles, the date part of event ids, the
 * argument rules, and templates that are valid YAML whose fields are the schema's.
 */
import path from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { datePrefix, scaffoldFromArgs, slugify, UsageError } from "../../src/cli/new.ts";
import { EntityFrontMatter, EventFrontMatter, SourceFrontMatter } from "../../src/content/front-matter-schema.ts";

const CONTENT = "/srv/frise/content";
const SCHEMA = "/srv/frise/schema";
const scaffold = (...args: string[]) => scaffoldFromArgs(args, CONTENT, SCHEMA);
const frontMatter = (text: string) => {
  const yaml = text.split(/^---$/m)[1]!;
  const doc = parseDocument(yaml, { schema: "core" });
  expect(doc.errors).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
};

describe("slugify", () => {
  it.each([
    ["Réunion de l'AES à Moscou", "reunion-de-l-aes-a-moscou"],
    ["Réunion de l’AES — à Moscou !", "reunion-de-l-aes-a-moscou"],
    ["Cœur  et  ÂME", "coeur-et-ame"],
    ["  --Sergueï Lavrov--  ", "serguei-lavrov"],
    ["Conseil des ministres : rapport d’Abdoulaye Diop", "conseil-des-ministres-rapport-d-abdoulaye-diop"],
    ["Москва", ""],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("Troisième réunion du mécanisme de suivi des consultations politiques de haut niveau entre la Confédération et la Russie");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("troisieme-reunion-du-mecanisme-de-suivi-des-consultations");
  });
});

describe("datePrefix", () => {
  it.each([
    ["2025-09-24", "2025-09-24"],
    ["2025-04", "2025-04"],
    ["2025", "2025"],
    ["2025-04-03/2025-04-04", "2025-04-03"],
    ["2025-09~", "2025-09"],
    ["2025-09-24?", "2025-09-24"],
    ["../2025-09-24", "2025-09-24"],
    ["2025-09-24/..", "2025-09-24"],
    ["unknown", ""],
  ])("%s → %s", (date, prefix) => {
    expect(datePrefix(date)).toBe(prefix);
  });

  it("refuses a date that does not exist, with the validator's words", () => {
    expect(() => datePrefix("2025-02-30")).toThrow(new UsageError('--date: "2025-02-30" does not exist: February 2025 has no day 30'));
  });
});

describe("scaffolds", () => {
  it("names an event after its date and French title, next to the schema it points to", () => {
    const { scaffold: s, file } = scaffold("event", "Réunion de l'AES à Moscou", "--date", "2025-09-24");
    expect(file).toBe(path.join(CONTENT, "events/2025-09-24-reunion-de-l-aes-a-moscou.md"));
    expect(s.text).toContain("# yaml-language-server: $schema=../../schema/event.schema.json\n");
    const data = frontMatter(s.text);
    expect(data).toEqual({ title: "Réunion de l'AES à Moscou", date: "2025-09-24", sources: ["id-de-la-source"] });
    // Every field of the schema is offered, the optional ones commented out.
    for (const field of Object.keys(EventFrontMatter.shape)) expect(s.text, field).toMatch(new RegExp(`^(# )?${field}:`, "m"));
    expect(s.text).toMatch(/\[@id-de-la-source "mots exacts de la source"\]/);
  });

  it("lists and cites the sources given with --source", () => {
    const { scaffold: s } = scaffold("event", "Annonce", "--date", "2025-04", "--source", "bamada-2025-04", "--source", "malikonews-2025-09");
    expect(s.id).toBe("2025-04-annonce");
    expect(frontMatter(s.text).sources).toEqual(["bamada-2025-04", "malikonews-2025-09"]);
    expect(s.text).toContain('[@bamada-2025-04 "mots exacts de la source"]');
  });

  it("quotes titles so any title is valid YAML", () => {
    const title = 'Coopération : « AES » #1 – "Moscou" \\ fin';
    expect(frontMatter(scaffold("event", title, "--date", "2025").scaffold.text).title).toBe(title);
    expect(frontMatter(scaffold("source", title, "--published", "2025-04").scaffold.text).title).toBe(title);
  });

  it("names a source after its outlet (or title) and publication date", () => {
    const withOutlet = scaffold("source", "Coopération stratégique", "--outlet", "Bamada.net", "--published", "2025-04-10", "--url", "https://bamada.net/x", "--author", "Moussa Keita");
    expect(withOutlet.file).toBe(path.join(CONTENT, "sources/bamada-net-2025-04-10.md"));
    expect(frontMatter(withOutlet.scaffold.text)).toEqual({
      title: "Coopération stratégique",
      titleSupplied: false,
      outlet: "Bamada.net",
      author: "Moussa Keita",
      published: "2025-04-10",
      language: "fr",
      url: "https://bamada.net/x",
    });
    expect(scaffold("source", "La première session des consultations AES Russie", "--published", "2025-04").scaffold.id).toBe("la-premiere-session-des-consultations-2025-04");
    for (const field of Object.keys(SourceFrontMatter.shape)) expect(withOutlet.scaffold.text, field).toMatch(new RegExp(`^(# )?${field}:`, "m"));
  });

  it("names an entity after its name, with its kind", () => {
    const { scaffold: s, file } = scaffold("entity", "person", "Sergueï Lavrov");
    expect(file).toBe(path.join(CONTENT, "entities/serguei-lavrov.md"));
    expect(frontMatter(s.text)).toEqual({ kind: "person", name: "Sergueï Lavrov", aliases: [] });
    expect(EntityFrontMatter.safeParse(frontMatter(s.text)).success).toBe(true);
  });

  it("takes --id as given", () => {
    expect(scaffold("event", "Москва", "--date", "2025-04-01", "--id", "2025-04-01-moscou").scaffold.id).toBe("2025-04-01-moscou");
  });

  it.each([
    [[], /what to create/],
    [["article", "X"], /unknown kind "article"/],
    [["event", "X"], /--date is required/],
    [["event", "X", "Y", "--date", "2025"], /expected one title/],
    [["event", "X", "--date", "demain"], /"demain" is not a date/],
    [["event", "Москва", "--date", "2025"], /cannot make an id from the title "Москва": give one with --id/],
    [["event", "X", "--date", "2025", "--id", "Mauvais Id"], /cannot make an id from --id "Mauvais Id"/],
    [["event", "X", "--date", "2025", "--outlet", "Y"], /--outlet does not apply to an event/],
    [["source", "X"], /--published is required/],
    [["source", "X", "--published", "avril"], /--published: "avril" is not a date/],
    [["source", "X", "--published", "2025", "--language", "French"], /--language: "French" is not a language code/],
    [["source", "X", "--published", "2025", "--url", "javascript:alert(1)"], /--url: "javascript:alert\(1\)" is not a web address/],
    [["entity", "people", "X"], /"people" is not a kind of entity: expected one of person, organisation, country, place, topic/],
    [["entity", "person"], /expected a kind and a name/],
  ])("refuses %j", (args, message) => {
    expect(() => scaffold(...(args as string[]))).toThrow(message);
    try {
      scaffold(...(args as string[]));
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
    }
  });

  it("refuses an unknown option (node's parser error, reported as usage)", () => {
    expect(() => scaffold("event", "X", "--date", "2025", "--bogus")).toThrow(/Unknown option '--bogus'/);
  });
});
