/**
 * French dates, phrase by phrase: each rule of src/extract/rules-fr.ts, and the
 * absolute dates left to chrono-node, resolved against a publication date.
 * Unless a case says otherwise, the article was published on Tuesday 15 April
 * 2025 (a day), or in April 2025 (only the month: relative dates then give
 * what can be known, never an invented day).
 */
import { describe, expect, it } from "vitest";
import { announcement } from "../../src/extract/announced.ts";
import { publishedReference } from "../../src/extract/reference.ts";
import { parseDatePoint, type DatePoint } from "../../src/model/dates.ts";
import { dates, mentions } from "./extract-helpers.ts";

const DAY = "2025-04-15";
const MONTH = "2025-04";

describe("absolute dates and ranges", () => {
  it.each([
    ["Le conseil s’est tenu le 4 avril 2025.", DAY, "4 avril 2025", "2025-04-04"],
    ["La réunion a eu lieu le 1er avril.", DAY, "1er avril", "2025-04-01"],
    ["officialisée le mardi 1er avril 2025 par un communiqué", MONTH, "mardi 1er avril 2025", "2025-04-01"],
    ["s’est tenu ce mercredi 9 avril 2025 dans la salle", MONTH, "ce mercredi 9 avril 2025", "2025-04-09"],
    ["ils se rendront à Moscou les 3 et 4 avril 2025 pour des discussions", MONTH, "les 3 et 4 avril 2025", "2025-04-03/2025-04-04"],
    ["se rendront à Moscou les 3 et 4 avril dans le cadre", MONTH, "les 3 et 4 avril", "2025-04-03/2025-04-04"],
    ["les 3, 4 et 5 avril", DAY, "les 3, 4 et 5 avril", "2025-04-03/2025-04-05"],
    ["le 3 et le 4 avril", DAY, "le 3 et le 4 avril", "2025-04-03/2025-04-04"],
    ["tenues du 1er au 5 avril 2025 à Moscou", MONTH, "du 1er au 5 avril 2025", "2025-04-01/2025-04-05"],
    ["du 30 mars au 2 avril 2025", DAY, "du 30 mars au 2 avril 2025", "2025-03-30/2025-04-02"],
    ["entre le 3 et le 5 avril", DAY, "entre le 3 et le 5 avril", "2025-04-03/2025-04-05"],
    ["de mars à juin 2026", DAY, "de mars à juin 2026", "2026-03/2026-06"],
    ["en avril 2025", DAY, "en avril 2025", "2025-04"],
    ["Le 3 avril, les ministres se rendront à Moscou", MONTH, "3 avril", "2025-04-03"],
    ["dans la soirée du 24 septembre, une importante réunion", "2025-09", "dans la soirée du 24 septembre", "2025-09-24"],
    ["le 24/09/2025", DAY, "24/09/2025", "2025-09-24"],
  ])("%s (published %s) → %s = %s", (text, published, phrase, date) => {
    expect(dates(text, published, "fr")).toEqual([[phrase, date]]);
  });

  it("reads a year-less day as the nearest such day to the publication", () => {
    expect(dates("le 28 décembre", "2026-01-05", "fr")).toEqual([["28 décembre", "2025-12-28"]]);
    expect(dates("le 3 janvier", "2025-12-20", "fr")).toEqual([["3 janvier", "2026-01-03"]]);
  });

  it("does not join days that are not consecutive into a range", () => {
    expect(dates("les 3 et 10 avril", DAY, "fr")).toEqual([["10 avril", "2025-04-10"]]);
  });
});

describe("open dates: jusqu'à, depuis, avant, dès", () => {
  it.each([
    ["le contrat court jusqu’en mars 2026", "jusqu’en mars 2026", "../2026-03"],
    ["jusqu'au 5 avril", "jusqu'au 5 avril", "../2025-04-05"],
    ["depuis le 3 avril", "depuis le 3 avril", "2025-04-03/.."],
    ["à partir du 1er mai 2025", "à partir du 1er mai 2025", "2025-05-01/.."],
    ["avant le 24 septembre 2025", "avant le 24 septembre 2025", "../2025-09-24"],
  ])("%s → %s", (text, phrase, date) => {
    expect(dates(text, DAY, "fr")).toEqual([[phrase, date]]);
  });
});

describe("partial dates and periods", () => {
  it.each([
    ["fin septembre", DAY, "fin septembre", "2025-09"],
    ["début mars 2026", DAY, "début mars 2026", "2026-03"],
    ["à la mi-avril", DAY, "à la mi-avril", "2025-04"],
    ["à la fin du mois de septembre", DAY, "à la fin du mois de septembre", "2025-09"],
    ["fin du mois", DAY, "fin du mois", "2025-04"],
    ["en avril", "2025-09", "en avril", "2025-04"],
    ["la deuxième du genre après celle organisée à Moscou en avril dernier", "2025-09", "en avril dernier", "2025-04"],
    ["en avril dernier", "2025-04-15", "en avril dernier", "2024-04"],
    ["en mars prochain", DAY, "en mars prochain", "2026-03"],
    ["au premier semestre 2026", DAY, "au premier semestre 2026", "2026-01/2026-06"],
    ["au second semestre", DAY, "au second semestre", "2025-07/2025-12"],
    ["au troisième trimestre 2025", DAY, "au troisième trimestre 2025", "2025-07/2025-09"],
    ["à la fin de l'année", DAY, "à la fin de l'année", "2025-12~"],
    ["en fin d’année", DAY, "en fin d’année", "2025-12~"],
    ["début 2026", DAY, "début 2026", "2026-01~"],
    ["d’ici la fin de l’année", DAY, "d’ici la fin de l’année", "../2025-12-31"],
    ["d'ici fin mars", DAY, "d'ici fin mars", "../2026-03-31"],
    ["en 2026", DAY, "en 2026", "2026"],
    ["l'année prochaine", DAY, "l'année prochaine", "2026"],
    ["l’an dernier", DAY, "l’an dernier", "2024"],
  ])("%s (published %s) → %s", (text, published, phrase, date) => {
    expect(dates(text, published, "fr")).toEqual([[phrase, date]]);
  });

  it("marks 'avril dernier' uncertain when the publication is known only to the year", () => {
    expect(dates("en avril dernier", "2025", "fr")).toEqual([["en avril dernier", "2024-04?"]]);
  });
});

describe("relative dates", () => {
  it.each([
    // Published on Tuesday 15 April 2025: exact days.
    ["L’annonce a été faite ce mardi", DAY, "ce mardi", "2025-04-15"],
    ["Les ministres se rendront à Moscou ce jeudi", DAY, "ce jeudi", "2025-04-17"],
    ["mardi dernier", DAY, "mardi dernier", "2025-04-08"],
    ["lundi prochain", DAY, "lundi prochain", "2025-04-21"],
    ["hier", DAY, "hier", "2025-04-14"],
    ["aujourd’hui", DAY, "aujourd’hui", "2025-04-15"],
    ["demain", DAY, "demain", "2025-04-16"],
    ["la semaine dernière", DAY, "la semaine dernière", "2025-04-07/2025-04-13"],
    ["cette semaine", DAY, "cette semaine", "2025-04-14/2025-04-20"],
    ["le mois dernier", DAY, "le mois dernier", "2025-03"],
    ["il y a trois jours", DAY, "il y a trois jours", "2025-04-12"],
    ["il y a deux semaines", DAY, "il y a deux semaines", "2025-04-01~"],
    ["il y a deux mois", DAY, "il y a deux mois", "2025-02~"],
    ["il y a quelques semaines", DAY, "il y a quelques semaines", "../2025-04-15"],
    ["dans trois semaines", DAY, "dans trois semaines", "2025-05-06~"],
    ["dans quelques mois", DAY, "dans quelques mois", "2025-04-15/.."],
    // Published in April 2025, day unknown: what can be known, never an invented day.
    ["L’annonce a été faite ce mardi", MONTH, "ce mardi", "2025-04"],
    ["lundi prochain", MONTH, "lundi prochain", "2025-04~"],
    ["la semaine dernière", MONTH, "la semaine dernière", "2025-04~"],
    ["il y a quelques semaines", "2025-09", "il y a quelques semaines", "../2025-09"],
    ["le mois dernier", MONTH, "le mois dernier", "2025-03"],
    ["il y a trois jours", "2025", "il y a trois jours", "2025~"],
  ])("%s (published %s) → %s", (text, published, phrase, date) => {
    expect(dates(text, published, "fr")).toEqual([[phrase, date]]);
  });

  it("never gives a day for a relative date when the publication day is unknown", () => {
    for (const text of ["ce mardi", "hier", "lundi prochain", "mardi dernier", "la semaine dernière", "il y a trois jours", "dans deux semaines", "aujourd'hui"]) {
      for (const found of dates(text, MONTH, "fr")) expect(found[1], text).not.toMatch(/^\d{4}-\d{2}-\d{2}(?!\/)/);
    }
  });
});

describe("dates that contradict their wording", () => {
  it("flags 'ce 3 avril 2026' in an article published in April 2025, keeping the date as written", () => {
    const [found] = mentions("Le sommet se tiendra ce 3 avril 2026 à Bamako.", MONTH, "fr");
    expect(found).toMatchObject({ phrase: "ce 3 avril 2026", date: "2026-04-03" });
    expect(found!.flags).toEqual([`"ce" points to the days around the publication (2025-04), but the date is 2026-04-03`]);
  });

  it("flags a weekday that does not match the day", () => {
    const [found] = mentions("le mardi 2 avril 2025", MONTH, "fr");
    expect(found!.date).toBe("2025-04-02");
    expect(found!.flags).toEqual(["2025-04-02 is a Wednesday, but the text says Tuesday"]);
  });

  it("flags 'dernier' after the publication", () => {
    expect(mentions("en juin 2026 dernier", MONTH, "fr")[0]!.flags[0]).toMatch(/"dernier" points before the publication/);
  });

  it("flags nothing in consistent wording", () => {
    for (const text of ["ce mercredi 9 avril 2025", "le mardi 1er avril 2025", "ce 3 avril 2025"]) expect(mentions(text, MONTH, "fr")[0]!.flags, text).toEqual([]);
  });
});

describe("not dates", () => {
  it.each(["à la fin des travaux", "la 80ᵉ Assemblée générale", "les prochains jours devraient apporter davantage de précisions", "les progrès enregistrés ces derniers mois", "la première année de la Confédération", "trois pays"])(
    "%s",
    (text) => {
      expect(dates(text, DAY, "fr")).toEqual([]);
    },
  );
});

describe("announced, undated events", () => {
  const ref = publishedReference((parseDatePoint("2025-09-24") as { ok: true; value: DatePoint }).value);
  it.each([
    ["Une troisième réunion de haut niveau est déjà envisagée et pourrait se tenir dans l’un des pays membres", "est déjà envisagée"],
    ["et prévoit l’organisation de la prochaine session de consultations politiques", "la prochaine session"],
    ["Le sommet se tiendra à Niamey.", "se tiendra"],
  ])("%s → on or after the reference", (text, phrase) => {
    expect(announcement(text, "fr", ref)).toMatchObject({ phrase, date: "2025-09-24/.." });
  });

  it("ignores sentences that announce nothing", () => {
    expect(announcement("Alors que le Togo envisage de rejoindre l’AES, cette alliance pourrait renforcer la coopération.", "fr", ref)).toBeUndefined();
  });
});
