/**
 * The interface catalogues (src/i18n/): every language has the same keys, the
 * same kind of value under each key and the same placeholders in each template;
 * URL segments and fragment ids are plain and distinct; the language of a site
 * is its tag's primary subtag, and a language without a catalogue is refused
 * clearly. The type system already requires the same keys (`Catalogue`): this
 * checks it at run time too, against anything a cast could let through.
 */
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS } from "../../src/content/schema.ts";
import { en } from "../../src/i18n/en.ts";
import { fill, fillText, placeholders } from "../../src/i18n/fill.ts";
import { fr } from "../../src/i18n/fr.ts";
import { catalogueFor, DEFAULT_LANGUAGE, hasCatalogue, interfaceLanguage, SUPPORTED_LANGUAGES, unsupportedLanguageMessage, type Catalogue } from "../../src/i18n/index.ts";
import { urlPaths } from "../../src/i18n/paths.ts";
import { entityPath } from "../../src/model/entities.ts";

const CATALOGUES: Record<string, Catalogue> = { fr, en };

/** Every leaf of a catalogue: its dotted key, and the value. */
function leaves(value: unknown, prefix = ""): [string, unknown][] {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

const kindOf = (value: unknown) => (Array.isArray(value) ? `array of ${value.length}` : typeof value === "function" ? `function of ${value.length}` : typeof value);

/** Plural forms differ by language (Polish has four): only `other` is required in each. */
const PLURAL_FORMS = /^search\.results\.(zero|one|two|few|many)$/;

describe("the catalogues", () => {
  it("are the supported languages, each under its own primary subtag", () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual(Object.keys(CATALOGUES).sort());
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      expect(catalogue.language).toBe(language);
      expect(catalogueFor(language)).toBe(catalogue);
    }
    expect(SUPPORTED_LANGUAGES).toContain(DEFAULT_LANGUAGE);
  });

  it("have the same keys, with the same kind of value under each", () => {
    const shape = (c: Catalogue) => Object.fromEntries(leaves(c).filter(([key]) => !PLURAL_FORMS.test(key)).map(([key, value]) => [key, kindOf(value)]));
    for (const catalogue of Object.values(CATALOGUES)) expect(shape(catalogue)).toEqual(shape(fr));
    // The plural categories each language uses, and `other` always.
    expect(Object.keys(fr.search.results).sort()).toEqual(["one", "other"]);
    expect(Object.keys(en.search.results).sort()).toEqual(["one", "other"]);
  });

  it("have the same placeholders in every template", () => {
    const templates = (c: Catalogue) =>
      Object.fromEntries(leaves(c).filter(([key, value]) => typeof value === "string" && !PLURAL_FORMS.test(key)).map(([key, value]) => [key, placeholders(value as string).sort()]));
    for (const catalogue of Object.values(CATALOGUES)) expect(templates(catalogue)).toEqual(templates(fr));
    for (const catalogue of Object.values(CATALOGUES)) {
      for (const text of Object.values(catalogue.search.results)) expect(placeholders(text!).sort()).toEqual(["count", "more", "query"]);
    }
  });

  it("leave nothing empty, and translate what must differ", () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, value] of leaves(catalogue)) {
        // An empty string is a choice only where a language has nothing to write (English has no article before a day).
        if (typeof value === "string" && key !== "dates.article") expect(value.trim(), `${language}: ${key}`).not.toBe("");
      }
    }
    // A sample of what a lazy copy would leave in French.
    expect(en.shell.timeline).not.toBe(fr.shell.timeline);
    expect(en.paths.events).not.toBe(fr.paths.events);
    expect(en.dates.months).not.toEqual(fr.dates.months);
  });

  it("name twelve distinct months, long and short", () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      expect(new Set(catalogue.dates.months).size).toBe(12);
      expect(new Set(catalogue.dates.shortMonths).size).toBe(12);
    }
  });

  it("count in the language: one and many", () => {
    expect([fr.counts.events(1), fr.counts.events(2), fr.counts.sources(1), fr.counts.sources(3)]).toEqual(["1 événement", "2 événements", "1 source", "3 sources"]);
    expect([en.counts.events(1), en.counts.events(2), en.counts.sources(1), en.counts.sources(3)]).toEqual(["1 event", "2 events", "1 source", "3 sources"]);
    expect([fr.counts.citingEvents(1), fr.counts.citingEvents(2)]).toEqual(["1 événement la cite", "2 événements la citent"]);
    expect([en.counts.citingEvents(1), en.counts.citingEvents(2)]).toEqual(["cited by 1 event", "cited by 2 events"]);
    expect([fr.timeAxis.undated(1), en.timeAxis.undated(3)]).toEqual(["1 événement sans date n’y figure pas.", "3 undated events are not shown."]);
  });

  it("write typographic apostrophes, never straight ones (five bytes each in HTML)", () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, value] of leaves(catalogue)) {
        const texts = typeof value === "string" ? [value] : typeof value === "function" ? [String((value as (n: number) => string)(2))] : [];
        for (const text of texts) expect(text, `${language}: ${key}`).not.toContain("'");
      }
    }
  });
});

describe("URL segments and fragment ids", () => {
  it("are plain lowercase ASCII, distinct within a language", () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      const { kinds, calendar, ...segments } = catalogue.paths;
      const all = [...Object.values(segments), ...ENTITY_KINDS.map((k) => kinds[k])];
      for (const segment of all) expect(segment).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(new Set(all).size).toBe(all.length);
      // A segment must not look like a year archive (/2025/).
      for (const segment of all) expect(segment).not.toMatch(/^\d+$/);
      expect(calendar).toMatch(/^[a-z0-9-]+\.ics$/);
      const ids = Object.values(catalogue.ids);
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(new Set(ids).size).toBe(ids.length);
      // Ids the templates write themselves: the search form's fields and the notes' anchors.
      for (const id of ids) {
        expect(["q", "type"]).not.toContain(id);
        expect(id).not.toMatch(/^(note|ref|passage)-/);
      }
    }
  });

  it("make the site's paths in its language, with ids unchanged", () => {
    const frPaths = urlPaths("fr");
    const enPaths = urlPaths("en-GB");
    expect([frPaths.event("x"), frPaths.source("s"), frPaths.entity("person", "p"), frPaths.kindIndex("topic"), frPaths.year(2025), frPaths.year(undefined), frPaths.month(2025, 4), frPaths.search, frPaths.sources, frPaths.calendar]).toEqual([
      "/evenements/x/",
      "/sources/s/",
      "/personnes/p/",
      "/themes/",
      "/2025/",
      "/date-a-preciser/",
      "/2025/04/",
      "/recherche/",
      "/sources/",
      "/calendrier.ics",
    ]);
    expect([enPaths.event("x"), enPaths.source("s"), enPaths.entity("person", "p"), enPaths.kindIndex("topic"), enPaths.year(2025), enPaths.year(undefined), enPaths.month(2025, 4), enPaths.search, enPaths.sources, enPaths.calendar]).toEqual([
      "/events/x/",
      "/sources/s/",
      "/people/p/",
      "/topics/",
      "/2025/",
      "/undated/",
      "/2025/04/",
      "/search/",
      "/sources/",
      "/calendar.ics",
    ]);
    expect(ENTITY_KINDS.map((k) => enPaths.kindIndex(k))).toEqual(["/people/", "/organisations/", "/countries/", "/places/", "/topics/"]);
    expect(entityPath("place", "moscou")).toBe("/lieux/moscou/");
    expect(entityPath("place", "moscou", "en")).toBe("/places/moscou/");
  });
});

describe("the site's language", () => {
  it("is the primary subtag of site.yml's language", () => {
    expect(["fr", "fr-FR", "en", "en-GB", "EN-us", "sr-Latn-RS"].map(interfaceLanguage)).toEqual(["fr", "fr", "en", "en", "en", "sr"]);
    expect(["fr", "fr-CA", "en", "en-GB", "en-US"].every(hasCatalogue)).toBe(true);
    expect(["de", "sr-Latn-RS", "es-419", "frr", "constructor", "__proto__", "toString"].some(hasCatalogue)).toBe(false);
  });

  it("without a catalogue, is an error that says which languages there are and how to add one", () => {
    expect(() => catalogueFor("de-AT")).toThrow('site.yml: language: "de-AT" has no interface catalogue: expected a tag of fr or en, with or without a region (en-GB); to add a language, see CONTRIBUTING.md ("Adding a language")');
    expect(() => urlPaths("__proto__")).toThrow(/has no interface catalogue/);
    expect(unsupportedLanguageMessage("de")).toMatch(/^"de" has no interface catalogue/);
  });
});

describe("templates", () => {
  it("are filled in by name, keeping values as they are", () => {
    const markup = { markup: true };
    expect(fill("{home} ou {sources}.", { home: markup, sources: "les sources" })).toEqual([markup, " ou ", "les sources", "."]);
    expect(fillText(fr.event.previousAbout, { name: "AES" })).toBe("Précédent concernant AES");
    expect(fillText(en.event.previousAbout, { name: "AES" })).toBe("Previous about AES");
    expect(fillText("{a}{a}", { a: 1 })).toBe("11");
    expect(placeholders(fr.entity.pageDescription)).toEqual(["kind", "name", "events"]);
  });

  it("refuse a placeholder without a value: a typo in a catalogue fails the build", () => {
    expect(() => fillText("Précédent concernant {nmae}", { name: "AES" })).toThrow(/no value for \{nmae\}/);
    expect(() => fillText("{toString}", {})).toThrow(/no value for \{toString\}/);
  });
});
