/**
 * The entities of a synthetic corpus: people, organisations, countries, places
 * and topics, a few hundred for a large timeline. Every name, alias and id is
 * unique under frise's name comparison, so every reference resolves to one
 * entity.
 */
import type { EntityKind } from "../content/schema.ts";
import { Random } from "./random.ts";
import { capitalize, elide, nameKey, slugify, unaccented } from "./text.ts";
import { CITIES, COUNTRIES, FIRST_NAMES, LAST_NAMES, ORG_ALT_KINDS, ORG_DOMAINS, ORG_KINDS, ORG_REGIONS, ROLES, SITES, TOPICS } from "./words.ts";

export interface CorpusEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** How a sentence names it as a subject or object ("l’Union économique du Sahel", "Awa Diallo"). */
  phrase: string;
  /** Place: "à Bamako", "au Palais des congrès de Bamako". Country: "du Mali", "de la Guinée". */
  locative?: string;
  /** Person: what they do, for "X, ministre de…, a déclaré". */
  role?: string;
  /** Organisation: other names the press gives it, for naming disagreements. */
  variants?: string[];
  acronym?: string;
}

export interface EntitySet {
  all: CorpusEntity[];
  byKind: Record<EntityKind, CorpusEntity[]>;
}

/** Grammatical gender of the first word of organisation names, for the article. */
const FEMININE = new Set(["Union", "Agence", "Fédération", "Autorité", "Commission", "Association", "Communauté", "Alliance", "Direction", "Société", "Confédération", "Haute Autorité", "Caisse", "Banque"]);
const ASPIRATED = /^Haut/;
const MINOR_WORDS = new Set(["de", "du", "des", "la", "le", "l", "d", "pour", "et", "en"]);

/** The name with its article: "l’Union…", "le Conseil…", "la Commission…". */
export function article(name: string): string {
  if (ASPIRATED.test(name)) return `${FEMININE.has(name.split(" ").slice(0, 2).join(" ")) ? "la" : "le"} ${name}`;
  const first = name.split(" ")[0]!;
  return elide(FEMININE.has(first) ? "la" : "le", name);
}

function acronymOf(name: string): string {
  return unaccented(name)
    .split(/[\s'’-]+/)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/** How many entities of each kind a corpus of `events` events gets: a few hundred at 10,000. */
export function entityCounts(events: number): Record<EntityKind, number> {
  const total = Math.max(60, Math.min(600, Math.round(40 + events / 30)));
  const topic = Math.min(TOPICS.length, Math.max(8, Math.round(total * 0.06)));
  const country = Math.min(COUNTRIES.length, Math.max(6, Math.round(total * 0.1)));
  const place = Math.round(total * 0.2);
  const organisation = Math.round(total * 0.2);
  return { topic, country, place, organisation, person: total - topic - country - place - organisation };
}

class Registry {
  readonly all: CorpusEntity[] = [];
  private readonly keys = new Set<string>();

  /** Adds an entity whose id and name are free; drops aliases that are taken. Returns false when the name is taken. */
  add(entity: CorpusEntity): boolean {
    const own = new Set([entity.id, entity.name].map(nameKey));
    if ([...own].some((k) => this.keys.has(k))) return false;
    for (const k of own) this.keys.add(k);
    entity.aliases = entity.aliases.filter((alias) => {
      const k = nameKey(alias);
      if (this.keys.has(k)) return false;
      this.keys.add(k);
      return true;
    });
    this.all.push(entity);
    return true;
  }
}

export function makeEntities(random: Random, events: number): EntitySet {
  const counts = entityCounts(events);
  const registry = new Registry();
  const byKind: Record<EntityKind, CorpusEntity[]> = { person: [], organisation: [], country: [], place: [], topic: [] };
  const add = (e: CorpusEntity) => {
    if (registry.add(e)) byKind[e.kind].push(e);
  };

  for (const name of TOPICS.slice(0, counts.topic)) {
    add({ id: slugify(name), kind: "topic", name, aliases: [], phrase: name.toLocaleLowerCase("fr") });
  }
  for (const c of random.sample(COUNTRIES, counts.country)) {
    const of = c.to === "au" ? `du ${c.name}` : c.to === "aux" ? `des ${c.name}` : /^[AEIOUÉÈÎ]/.test(c.name) ? `de l’${c.name}` : `de la ${c.name}`;
    add({ id: slugify(c.name), kind: "country", name: c.name, aliases: c.alias ? [c.alias] : [], phrase: c.name, locative: of });
  }
  const cities = random.sample(CITIES, Math.min(CITIES.length, Math.ceil(counts.place * 0.7)));
  for (const city of cities) {
    add({ id: slugify(city.name), kind: "place", name: city.name, aliases: city.alias ? [city.alias] : [], phrase: city.name, locative: `à ${city.name}` });
  }
  for (let guard = 0; byKind.place.length < counts.place && guard < 10_000; guard++) {
    const site = random.pick(SITES);
    const city = random.pick(cities);
    const name = `${site.name} de ${city.name}`;
    add({ id: slugify(name, 12), kind: "place", name, aliases: [], phrase: name, locative: `${site.at}${site.at.endsWith("’") ? "" : " "}${name}` });
  }
  for (let guard = 0; byKind.organisation.length < counts.organisation && guard < 10_000; guard++) {
    const kind = random.pick(ORG_KINDS);
    const rest = `${random.pick(ORG_DOMAINS)} ${random.pick(ORG_REGIONS)}`;
    const name = `${kind} ${rest}`;
    const acronym = acronymOf(name);
    const variants = ORG_ALT_KINDS[kind]!.map((alt) => `${alt} ${rest}`);
    add({ id: slugify(name, 12), kind: "organisation", name, aliases: random.chance(0.7) ? [acronym] : [], phrase: article(name), acronym, variants });
  }
  for (let guard = 0; byKind.person.length < counts.person && guard < 100_000; guard++) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    const plain = unaccented(name);
    add({ id: slugify(name), kind: "person", name, aliases: plain !== name && random.chance(0.6) ? [plain] : [], phrase: name, role: random.pick(ROLES) });
  }
  return { all: registry.all, byKind };
}

/** What an editor writes in an event to name the entity: usually its name, sometimes its id or an alias. */
export function refText(random: Random, entity: CorpusEntity): string {
  const r = random.next();
  if (r < 0.2) return entity.id;
  if (r < 0.32 && entity.aliases.length) return random.pick(entity.aliases);
  return entity.kind === "topic" && random.chance(0.5) ? entity.phrase : entity.name;
}

export { capitalize };
