/**
 * Entities named in a sentence: every known person, place, organisation,
 * country and topic found by its name or one of its aliases, ignoring case
 * and accents ("Burkina Faso", "la Fédération de Russie", "Sergei Lavrov"),
 * longest name first ("Ambassade du Mali à Moscou" rather than "Mali"); and
 * the capitalised names that match no entity, listed as candidates for
 * `npm run new -- entity`.
 */
import type { EntityKind } from "../content/schema.ts";
import type { TimelineEntity } from "../model/timeline.ts";
import type { Range } from "./sentences.ts";

export interface EntityHit extends Range {
  id: string;
  kind: EntityKind;
}

/** Lower case without accents, character by character, with where each folded character came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const out = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\u2019\u2018\u02BC]/g, "'").replace(/\s/gu, " ");
    for (const unit of out) {
      folded += unit;
      for (let k = 0; k < unit.length; k++) origin.push(i);
    }
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const fold = (text: string) => foldWithMap(text).folded.replace(/ +/g, " ").trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Capitalised words that begin sentences or titles and name nothing. */
const COMMON = new Set(
  [
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "dans", "sous", "sur", "selon", "pour", "par", "avec", "après", "avant", "depuis", "lors",
    "au", "aux", "à", "en", "et", "ou", "mais", "il", "elle", "ils", "elles", "on", "nous", "vous", "notre", "nos", "leur", "leurs", "son", "sa", "ses", "cette", "c'est", "outre", "alors",
    "ensemble", "dirigés", "notons", "signaler", "monsieur", "madame", "m.", "mme", "the", "a", "an", "in", "on", "at", "of", "for", "with", "after", "before", "since", "this", "that",
    "these", "those", "it", "he", "she", "they", "we", "his", "her", "their", "our", "mr", "mrs", "ms", "dr", "according", "as", "while", "but", "and", "or", "by", "from", "to",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "parmi", "voici", "here", "there",
  ].map((w) => fold(w)),
);

/** Words capitalised by convention in titles and institutions: alone, they name nothing an entity could. */
const TITLE_WORDS = new Set(
  [
    "affaires", "président", "présidente", "premier", "première", "chef", "général", "conseil", "ministre", "ministres", "ministère", "gouvernement", "état", "états", "transition",
    "docteur", "division", "coopération", "république", "monsieur", "madame", "sa", "son", "excellence", "président", "president", "minister", "ministry", "government", "state",
    "states", "council", "prime", "general", "foreign", "affairs", "secretary", "chief", "doctor", "mayor",
  ].map((w) => fold(w)),
);

const CONNECTORS = String.raw`(?:de|des|du|d['’]|la|le|les|l['’]|of|the|à|&)`;
const CAPITALISED = new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:${CONNECTORS}\s*)*\p{Lu}[\p{L}\p{N}'’-]*)*`, "gu");

export class EntityFinder {
  private readonly pattern: RegExp | undefined;
  private readonly byName = new Map<string, TimelineEntity>();
  private readonly names: string[];

  constructor(entities: readonly TimelineEntity[]) {
    for (const entity of entities) {
      for (const name of [entity.name, ...entity.aliases]) {
        const key = fold(name);
        if (key && !this.byName.has(key)) this.byName.set(key, entity);
      }
    }
    this.names = [...this.byName.keys()];
    const alternatives = [...this.names].sort((a, b) => b.length - a.length).map((n) => escape(n).replace(/ /g, "\\s+"));
    this.pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu") : undefined;
  }

  /** Every entity named in `text`, in order, longest names first where they overlap. */
  find(text: string): EntityHit[] {
    if (!this.pattern) return [];
    const { folded, origin } = foldWithMap(text);
    const hits: EntityHit[] = [];
    for (const m of folded.matchAll(this.pattern)) {
      const entity = this.byName.get(m[0].replace(/\s+/g, " "))!;
      hits.push({ id: entity.id, kind: entity.kind, start: origin[m.index]!, end: origin[m.index + m[0].length]! });
    }
    return hits;
  }

  /**
   * Capitalised names in `text` that no entity has: runs of capitalised words
   * (joined by "de", "of"…), without a leading article, not a word that only
   * starts the sentence, not part of a known name.
   */
  candidates(text: string, known: readonly Range[]): string[] {
    const out: string[] = [];
    for (const m of text.matchAll(CAPITALISED)) {
      let name = m[0].replace(/\s+/g, " ");
      let start = m.index;
      // Drop leading words that are common words ("Le", "Dans", "Cette").
      for (;;) {
        const first = /^(\S+)\s+/u.exec(name);
        if (!first || !COMMON.has(fold(first[1]!))) break;
        name = name.slice(first[0].length);
        start += first[0].length;
      }
      name = name.replace(new RegExp(String.raw`(?:\s+${CONNECTORS})+$`, "u"), "").replace(/['’]$/u, "");
      const key = fold(name);
      if (!key || COMMON.has(key) || key.length < 2 || TITLE_WORDS.has(key)) continue;
      if (known.some((k) => start < k.end && k.start < start + name.length)) continue;
      if (this.byName.has(key) || this.names.some((n) => n.includes(key))) continue;
      // A single word at the start of the sentence is just a capital.
      if (!name.includes(" ") && text.slice(0, start).trim() === "") continue;
      if (!out.includes(name)) out.push(name);
    }
    return out;
  }
}
