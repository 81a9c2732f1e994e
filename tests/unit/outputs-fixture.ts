/**
 * Content for the outputs tests: the real content plus events that stress the
 * outputs — a title made to break HTML, XML, JSON-LD and iCalendar, a leap day,
 * a range across a new year, an approximate month, a bare year, an unknown
 * date — and a site title that is hostile too. Written to a fresh folder.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT, tempDir } from "../helpers/site.ts";

/** Everything that has broken a feed or a script block somewhere: closing tags, CDATA end, comments, line separators, a control character. */
export const HOSTILE = "Titre </script><script>alert(1)</script> ]]> <!-- --> & \"guillemets\" 'apostrophes' \u2028\u2029 \u0001fin; virgule, point-virgule\\";

/** site.yml takes one line of text without control characters: the same attack, less those. */
export const HOSTILE_SITE = HOSTILE.replace(/[\u0001\u2028\u2029]/g, "");

/** The control character is not allowed in XML: the XML outputs replace it with U+FFFD. */
export const HOSTILE_IN_XML = HOSTILE.replace("\u0001", "\uFFFD");

const yamlString = (text: string) => JSON.stringify(text); // JSON strings are YAML double-quoted strings

const CITATION = '[@bamada-2025-04 "tenues du 1er au 5 avril 2025 à Moscou"]';

function event(title: string, date: string, extra = ""): string {
  return `---\ntitle: ${yamlString(title)}\ndate: ${yamlString(date)}\nsources: [bamada-2025-04]\n${extra}---\nLes consultations sont ${title} ${CITATION}.\n`;
}

export const EDGE_EVENTS: Record<string, { title: string; date: string; extra?: string }> = {
  "2024-02-29-hostile-bissextile": { title: HOSTILE, date: "2024-02-29", extra: `place: Moscou\ntopics: [diplomatie]\nsummary: ${yamlString(`Résumé ${HOSTILE}`)}\n` },
  "2024-12-30-a-cheval": { title: "À cheval sur deux années", date: "2024-12-30/2025-01-02" },
  "2025-02-mois-approximatif": { title: "Vers février", date: "2025-02~" },
  "2023-annee-seule": { title: "Une année seulement", date: "2023" },
  "date-inconnue": { title: "Sans date connue", date: "unknown" },
};

/** A copy of content/ with the edge events and a hostile site title; returns the folder. */
export function edgeContent(): string {
  const dir = path.join(tempDir("outputs-content"), "content");
  fs.cpSync(path.join(ROOT, "content"), dir, { recursive: true });
  for (const [id, e] of Object.entries(EDGE_EVENTS)) fs.writeFileSync(path.join(dir, "events", `${id}.md`), event(e.title, e.date, e.extra));
  fs.writeFileSync(
    path.join(dir, "site.yml"),
    `title: ${yamlString(`Frise ${HOSTILE_SITE}`)}\ndescription: ${yamlString(`Description ${HOSTILE_SITE}`)}\nlanguage: fr\nbaseUrl: "https://example.net/"\npathPrefix: "/"\n`,
  );
  return dir;
}
