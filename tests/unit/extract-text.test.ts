/**
 * The extraction's text tools: day arithmetic and what a window of days
 * becomes, sentences, the quote around a date (always the source's own words,
 * never a straight double quote), tense, entities and candidates.
 */
import { describe, expect, it } from "vitest";
import { somewhereIn, spanning, weekdayOf } from "../../src/extract/calendar.ts";
import { EntityFinder } from "../../src/extract/entities.ts";
import { quoteRange } from "../../src/extract/quote.ts";
import { sentences } from "../../src/extract/sentences.ts";
import { tenseOf } from "../../src/extract/tense.ts";
import type { TimelineEntity } from "../../src/model/timeline.ts";

describe("calendar", () => {
  it("names weekdays without a time zone", () => {
    expect(weekdayOf("2025-04-01")).toBe(2);
    expect(weekdayOf("2025-09-24")).toBe(3);
  });

  it.each([
    ["2025-04-03", "2025-04-04", "2025-04-03/2025-04-04"],
    ["2025-04-01", "2025-04-30", "2025-04"],
    ["2026-01-01", "2026-06-30", "2026-01/2026-06"],
    ["2025-01-01", "2025-12-31", "2025"],
  ])("an event spanning %s–%s is %s", (first, last, edtf) => expect(spanning(first, last)).toBe(edtf));

  it.each([
    ["2025-04-15", "2025-04-15", "2025-04-15"],
    ["2025-04-01", "2025-04-29", "2025-04"],
    ["2025-03-24", "2025-04-27", "2025-04~"],
    ["2025-02-01", "2025-06-30", "2025"],
    ["2024-11-01", "2025-03-31", "2025~"],
  ])("an event somewhere in %s–%s is %s", (first, last, edtf) => expect(somewhereIn(first, last)).toBe(edtf));
});

describe("sentences", () => {
  const text = "M. Diop est arrivé le 3 avril. « Nous avons avancé », a-t-il dit. Le Dr. Traoré et J. Smith sont venus ! The U.N. met on Monday.";
  it("splits on full stops that end sentences, not on abbreviations or initials", () => {
    expect(sentences(text).map((r) => text.slice(r.start, r.end))).toEqual([
      "M. Diop est arrivé le 3 avril.",
      "« Nous avons avancé », a-t-il dit.",
      "Le Dr. Traoré et J. Smith sont venus !",
      "The U.N. met on Monday.",
    ]);
  });
});

describe("the quote around a date", () => {
  const quote = (text: string, phrase: string) => {
    const at = text.indexOf(phrase);
    const r = quoteRange(text, { start: 0, end: text.length }, { start: at, end: at + phrase.length });
    return text.slice(r.start, r.end);
  };

  it("is the whole sentence when short, without its final full stop", () => {
    expect(quote("Le 3 avril, les ministres se rendront à Moscou.", "3 avril")).toBe("Le 3 avril, les ministres se rendront à Moscou");
  });

  it("is the clause around the date in a long sentence", () => {
    const long =
      "Parmi les points phares abordés lors de cette séance gouvernementale, figure le rapport du ministre des Affaires étrangères et de la Coopération internationale, Monsieur Abdoulaye Diop, relatif aux résultats des consultations politiques de haut niveau entre la Confédération des États du Sahel (AES) et la Fédération de Russie, tenues du 1er au 5 avril 2025 à Moscou.";
    expect(quote(long, "du 1er au 5 avril 2025")).toBe("tenues du 1er au 5 avril 2025 à Moscou");
  });

  it("grows a short clause along the sentence, and does not start with a conjunction", () => {
    const long =
      "« Des avancées importantes ont été enregistrées. Sur le plan de la sécurité, il y a quelques semaines, les ministres de la Défense des trois pays se sont retrouvés à Moscou et des résolutions majeures ont été prises pour renforcer le travail commun et apporter le soutien militaire et technique nécessaire », a-t-il déclaré.";
    expect(quote(long, "il y a quelques semaines")).toBe("il y a quelques semaines, les ministres de la Défense des trois pays se sont retrouvés à Moscou");
  });

  it("never holds a straight double quote, which a citation cannot", () => {
    const text = '"This work is overdue," Mayor Jane Holt said after the board approved the plan on March 4.';
    const q = quote(text, "March 4");
    expect(q).toBe("Mayor Jane Holt said after the board approved the plan on March 4");
    expect(q).not.toContain('"');
  });
});

describe("tense", () => {
  it.each([
    ["L’annonce a été faite ce mardi", "past"],
    ["le Conseil des ministres s’est tenu ce mercredi 9 avril 2025", "past"],
    ["officialisée le mardi 1er avril 2025 par un communiqué", "past"],
    ["les ministres se rendront à Moscou les 3 et 4 avril", "future"],
    ["Une troisième réunion pourrait se tenir dans l’un des pays", "future"],
    ["Le 3 avril, la visite", undefined],
  ] as const)("%s: %s", (text, tense) => expect(tenseOf(text, "fr")).toBe(tense));

  it.each([
    ["The authority approved the plan on March 4", "past"],
    ["The bridge will be closed from March 10 to 14", "future"],
  ] as const)("%s: %s", (text, tense) => expect(tenseOf(text, "en")).toBe(tense));
});

describe("entities", () => {
  const entity = (id: string, kind: TimelineEntity["kind"], name: string, aliases: string[] = []) => ({ id, kind, name, aliases }) as unknown as TimelineEntity;
  const finder = new EntityFinder([
    entity("russie", "country", "Russie", ["Fédération de Russie", "la Russie"]),
    entity("mali", "country", "Mali"),
    entity("ambassade", "place", "Ambassade du Mali à Moscou"),
    entity("moscou", "place", "Moscou", ["Moscow"]),
    entity("lavrov", "person", "Sergueï Lavrov", ["Sergei Lavrov"]),
    entity("aes", "organisation", "AES", ["Confédération des États du Sahel"]),
  ]);
  const ids = (text: string) => finder.find(text).map((h) => h.id);

  it("finds names and aliases ignoring case and accents, longest first", () => {
    expect(ids("la FEDERATION DE RUSSIE et Serguei Lavrov")).toEqual(["russie", "lavrov"]);
    expect(ids("à l’Ambassade du Mali à Moscou")).toEqual(["ambassade"]);
    expect(ids("la Confederation des Etats du Sahel")).toEqual(["aes"]);
  });

  it("matches whole words only", () => {
    expect(ids("le ministre malien, la Malienne, Maliens")).toEqual([]);
  });

  it("lists capitalised names that match no entity as candidates", () => {
    const text = "Le Togo envisage de rejoindre l’AES, relayé par le site Mena Today et la Communauté économique des États de l’Afrique de l’Ouest.";
    expect(finder.candidates(text, finder.find(text))).toEqual(["Togo", "Mena Today", "Communauté", "États de l’Afrique de l’Ouest"]);
  });
});
