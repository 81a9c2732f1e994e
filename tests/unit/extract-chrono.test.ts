/**
 * What chrono-node (2.10, `chrono.fr`) gets right on the seeds' dated phrases,
 * alone and with the project's rules: the measurement behind the choice to
 * keep it for absolute dates only. Each phrase is read in its own sentence,
 * as the extraction reads it, against its source's publication date (and, for
 * MalikoNews, the article's own 24 September: see reference.ts).
 */
import { describe, expect, it } from "vitest";
import { parseDatePoint } from "../../src/model/dates.ts";
import { findDates } from "../../src/extract/find-dates.ts";
import { anchorReference, publishedReference } from "../../src/extract/reference.ts";
import { tenseOf } from "../../src/extract/tense.ts";

interface Case {
  sentence: string;
  phrase: string;
  date: string;
  published: string;
  anchor?: string;
}

/** The eleven dated phrases of the five seed sources. */
const SEED_PHRASES: Case[] = [
  { sentence: "les chefs de la diplomatie des États membres de l’AES (Burkina Faso, Mali et Niger) se rendront à Moscou les 3 et 4 avril 2025 pour des discussions inédites.", phrase: "les 3 et 4 avril 2025", date: "2025-04-03/2025-04-04", published: "2025-04" },
  { sentence: "Cette initiative, officialisée le mardi 1er avril 2025 par un communiqué de presse des ministres des Affaires étrangères de la Confédération, témoigne d’une volonté commune.", phrase: "mardi 1er avril 2025", date: "2025-04-01", published: "2025-04" },
  { sentence: "Les ministres des Affaires étrangères du Mali, du Burkina Faso et du Niger se rendront à Moscou les 3 et 4 avril dans le cadre d’une visite officielle.", phrase: "les 3 et 4 avril", date: "2025-04-03/2025-04-04", published: "2025-04" },
  { sentence: "L’annonce a été faite ce mardi dans un communiqué conjoint des ministères des Affaires étrangères des trois pays, relayé par le site Mena Today.", phrase: "ce mardi", date: "2025-04", published: "2025-04" },
  { sentence: "Le 3 avril, les ministres des Affaires étrangères du Mali, du Niger et du Burkina Faso se rendront à Moscou pour entamer une nouvelle ère de coopération avec la Russie.", phrase: "3 avril", date: "2025-04-03", published: "2025-04" },
  { sentence: "le Conseil des ministres s’est tenu ce mercredi 9 avril 2025 dans la salle des délibérations du Palais présidentiel de Koulouba.", phrase: "ce mercredi 9 avril 2025", date: "2025-04-09", published: "2025-04" },
  { sentence: "relatif aux résultats des consultations politiques de haut niveau entre la Confédération des États du Sahel (AES) et la Fédération de Russie, tenues du 1er au 5 avril 2025 à Moscou.", phrase: "du 1er au 5 avril 2025", date: "2025-04-01/2025-04-05", published: "2025-04" },
  { sentence: "C’est dans l’enceinte de l’Ambassade du Mali à Moscou, le 4 avril 2025, qu’ils ont échangé avec les ressortissants des trois États membres.", phrase: "4 avril 2025", date: "2025-04-04", published: "2025-04" },
  { sentence: "les ministres des Affaires étrangères de la Confédération Alliance des États du Sahel (AES) et leur homologue russe ont tenu, dans la soirée du 24 septembre, une importante réunion de travail.", phrase: "dans la soirée du 24 septembre", date: "2025-09-24", published: "2025-09" },
  { sentence: "Cette rencontre, la deuxième du genre après celle organisée à Moscou en avril dernier, s’inscrit dans une dynamique de dialogue régulier.", phrase: "en avril dernier", date: "2025-04", published: "2025-09", anchor: "2025-09-24" },
  { sentence: "Sur le plan de la sécurité, il y a quelques semaines, les ministres de la Défense des trois pays se sont retrouvés à Moscou.", phrase: "il y a quelques semaines", date: "../2025-09-24", published: "2025-09", anchor: "2025-09-24" },
];

/** Whether the date finder, with or without the rules or chrono-node, reads the phrase's date where the phrase is. */
function reads(c: Case, options: { withoutRules?: boolean; withoutChrono?: boolean }): boolean {
  const point = parseDatePoint(c.published);
  if (!point.ok) throw new Error(point.error);
  const published = publishedReference(point.value);
  const ref = c.anchor ? anchorReference(c.anchor, "dans la soirée du 24 septembre") : published;
  const at = c.sentence.indexOf(c.phrase);
  const found = findDates(c.sentence, { lang: "fr", ref, published, tense: tenseOf(c.sentence, "fr"), ...options });
  return found.some((m) => m.start < at + c.phrase.length && at < m.end && m.date === c.date);
}

describe("chrono-node on the seeds' dated phrases", () => {
  const chronoAlone = SEED_PHRASES.filter((c) => reads(c, { withoutRules: true }));
  const rulesAlone = SEED_PHRASES.filter((c) => reads(c, { withoutChrono: true }));
  const both = SEED_PHRASES.filter((c) => reads(c, {}));

  it("reads the absolute days and the 1–5 range; the rules read the rest", () => {
    console.log(
      `chrono-node alone: ${chronoAlone.length}/${SEED_PHRASES.length} (${chronoAlone.map((c) => c.phrase).join(", ")}); ` +
        `rules alone: ${rulesAlone.length}/${SEED_PHRASES.length}; together: ${both.length}/${SEED_PHRASES.length}`,
    );
    expect(chronoAlone.map((c) => c.phrase)).toEqual(["mardi 1er avril 2025", "3 avril", "ce mercredi 9 avril 2025", "du 1er au 5 avril 2025", "4 avril 2025", "dans la soirée du 24 septembre"]);
    expect(rulesAlone.map((c) => c.phrase)).toEqual(["les 3 et 4 avril 2025", "les 3 et 4 avril", "ce mardi", "du 1er au 5 avril 2025", "en avril dernier", "il y a quelques semaines"]);
    expect(both).toHaveLength(SEED_PHRASES.length);
  });

  it("reads 'les 3 et 4 avril' as the 4th only, and '3 et' as a time of day (dropped)", () => {
    const april = parseDatePoint("2025-04");
    if (!april.ok) throw new Error(april.error);
    const ref = publishedReference(april.value);
    const found = findDates(SEED_PHRASES[0]!.sentence, { lang: "fr", ref, published: ref, tense: "future", withoutRules: true });
    expect(found.map((m) => [m.phrase, m.date])).toEqual([["4 avril 2025", "2025-04-04"]]);
  });
});
