/**
 * Entities — people, organisations, countries, places, topics — declared once
 * and referred to from events by id or by any of their names. Names are
 * matched ignoring case and spacing only: a spelling the sources use must be
 * declared as an alias, so every reference is deliberate. Names of different
 * entities that look the same but are written with other characters (Cyrillic
 * "о" for Latin "o", an invisible zero width space) are reported as warnings
 * naming both files: they would show as one entity and match as two.
 */
import { closest } from "./suggest.ts";
import type { Diagnostics } from "../content/diagnostics.ts";
import { fieldPosition, type EntityKind, type EntityRecord, type Ref } from "../content/schema.ts";
import { describeCodePoint, findLookAlikes, invisibleCodePoints, lookAlikeMessage, showInvisible, type Spelling } from "../content/unicode.ts";
import { DEFAULT_LANGUAGE } from "../i18n/index.ts";
import { urlPaths } from "../i18n/paths.ts";

// The names of the kinds (Personne, Person…) and their URL segments (/personnes/, /people/) are the
// interface's: src/i18n/ (a catalogue's `kinds` and `paths.kinds`; URL paths in src/i18n/paths.ts).

/** An entity's page in a site language (`fr`, `en-GB`): `/personnes/<id>/`, `/people/<id>/`. */
export const entityPath = (kind: EntityKind, id: string, language = DEFAULT_LANGUAGE) => urlPaths(language).entity(kind, id);

/** An entity page lists this many events; more go on `page-2/`, `page-3/`… so no page grows without bound. */
export const ENTITY_PAGE_SIZE = 200;
export const entityPageCount = (events: number) => Math.max(1, Math.ceil(events / ENTITY_PAGE_SIZE));
export const entityPagePath = (path: string, page: number) => (page === 1 ? path : `${path}page-${page}/`);

export function nameKey(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("fr");
}

function looseKey(text: string): string {
  return nameKey(text).normalize("NFD").replace(/\p{M}/gu, "");
}

/** "Abdoulaye Diop" → "abdoulaye-diop": the id a name's file is usually given. */
const idLike = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export class EntityNames {
  private readonly byName = new Map<string, EntityRecord>();
  private readonly byLoose = new Map<string, EntityRecord>();
  /** Raw reference text → entity: a timeline repeats the same few hundred names tens of thousands of times. */
  private readonly lookups = new Map<string, EntityRecord | undefined>();

  /**
   * `unloaded`: ids of entity files that exist but failed to load; a reference
   * to one is not reported again (the file has its own error).
   */
  constructor(records: readonly EntityRecord[], diags: Diagnostics, readonly unloaded: ReadonlySet<string> = new Set()) {
    // Ids first, so that an id wins over another entity's name whatever the file order.
    for (const record of records) {
      this.byName.set(nameKey(record.id), record);
      this.byLoose.set(looseKey(record.id), record);
    }
    for (const record of records) {
      for (const name of new Set([record.name, ...record.aliases].map(nameKey))) {
        const other = this.byName.get(name);
        if (other && other !== record) {
          // An id always wins over a name; two entities sharing a name is ambiguous.
          if (nameKey(other.id) === name) continue;
          diags.error({ file: record.file, field: "aliases", message: `"${name}" also names ${other.file}: a name must point to one entity` });
          continue;
        }
        this.byName.set(name, record);
        this.byLoose.set(looseKey(name), record);
      }
    }
    reportLookAlikes(records, diags);
  }

  get(text: string): EntityRecord | undefined {
    if (this.lookups.has(text)) return this.lookups.get(text);
    const entity = this.byName.get(nameKey(text));
    this.lookups.set(text, entity);
    return entity;
  }

  /** An entity whose name differs only in accents, or by a typo: offered as a suggestion, never accepted. */
  suggest(text: string): EntityRecord | undefined {
    const accents = this.byLoose.get(looseKey(text));
    if (accents) return accents;
    // Compared with every name once per distinct text: a misspelling repeated in many events costs one search.
    if (!this.suggestions.has(text)) {
      const near = closest(text, this.byName.keys());
      this.suggestions.set(text, near === undefined ? undefined : this.byName.get(near));
    }
    return this.suggestions.get(text);
  }

  private readonly suggestions = new Map<string, EntityRecord | undefined>();
}

/** Where a name of an entity is written: `name`, or `aliases.<i>`. */
interface NameSpelling extends Spelling<EntityRecord> {
  path: ["name"] | ["aliases", number];
}

/**
 * Warns about names that look like another entity's name but are written
 * with other characters (same UTS #39 skeleton, different text), and about
 * names holding invisible characters. One pass over the names (each entity's
 * spellings once), one skeleton each.
 */
function reportLookAlikes(records: readonly EntityRecord[], diags: Diagnostics): void {
  const spellings: NameSpelling[] = [];
  for (const record of records) {
    const seen = new Set<string>();
    [record.name, ...record.aliases].forEach((text, i) => {
      const key = nameKey(text);
      if (seen.has(key)) return;
      seen.add(key);
      spellings.push({ owner: record, text, key, path: i === 0 ? ["name"] : ["aliases", i - 1] });
    });
  }
  const where = (s: NameSpelling) => ({ file: s.owner.file, ...fieldPosition(s.owner, s.path), field: s.path.join(".") });
  const reported = new Set<Spelling<EntityRecord>>();
  for (const found of findLookAlikes(spellings)) {
    const spelling = found.spelling as NameSpelling;
    reported.add(spelling);
    diags.warning({
      ...where(spelling),
      message: lookAlikeMessage(found, found.like.owner.file, "if both are the same entity, keep one file and declare the other spelling as its alias; if not, write the names so that they can be told apart"),
    });
  }
  for (const spelling of spellings) {
    if (reported.has(spelling)) continue;
    const invisible = invisibleCodePoints(spelling.text);
    if (invisible.length === 0) continue;
    diags.warning({
      ...where(spelling),
      message: `"${showInvisible(spelling.text)}" contains invisible characters (${invisible.map(describeCodePoint).join(", ")}): remove them, or events that write the name as it looks will not find it`,
    });
  }
}

/** Resolves references for one field, reporting unknown names and wrong kinds. */
export function resolveRefs(
  refs: readonly Ref[],
  names: EntityNames,
  kinds: readonly EntityKind[],
  where: { file: string; field: string },
  diags: Diagnostics,
): string[] {
  const ids: string[] = [];
  for (const ref of refs) {
    const id = resolveRef(ref, names, kinds, where, diags);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

export function resolveRef(
  ref: Ref,
  names: EntityNames,
  kinds: readonly EntityKind[],
  where: { file: string; field: string },
  diags: Diagnostics,
): string | undefined {
  const entity = names.get(ref.text);
  const expected = () => withArticle(kinds.join(" or "));
  if (!entity) {
    // A reference to an entity whose file failed to load, by id or by the name its id was made from.
    if (names.unloaded.has(ref.text.trim()) || names.unloaded.has(idLike(ref.text))) return undefined;
    const suggestion = names.suggest(ref.text);
    diags.error({
      file: where.file,
      line: ref.line,
      field: where.field,
      message:
        `unknown entity "${ref.text}": expected the id, name or alias of ${expected()} in entities/` +
        (suggestion ? ` (did you mean "${suggestion.name}"? add "${ref.text}" to its aliases if the source spells it so)` : ""),
    });
    return undefined;
  }
  if (!kinds.includes(entity.kind)) {
    diags.error({ file: where.file, line: ref.line, field: where.field, message: `"${ref.text}" is ${withArticle(entity.kind)} (${entity.file}): expected ${expected()}` });
    return undefined;
  }
  return entity.id;
}

/**
 * "Sur le même sujet" without quadratic cost: for each entity of an event, only the
 * few events nearest in time among that entity's events are candidates; candidates
 * are ranked by how many entities they share, then by closeness in time.
 */
export function relatedEvents(
  eventIndex: number,
  entityIds: readonly string[],
  eventsOf: (entityId: string) => readonly number[],
  entitiesOf: (eventIndex: number) => ReadonlySet<string>,
  limit = 5,
  perEntity = 4,
): number[] {
  const candidates = new Set<number>();
  for (const entityId of entityIds) {
    const list = eventsOf(entityId);
    const at = lowerBound(list, eventIndex);
    for (let i = Math.max(0, at - perEntity); i < Math.min(list.length, at + perEntity + 1); i++) {
      if (list[i] !== eventIndex) candidates.add(list[i]!);
    }
  }
  const own = new Set(entityIds);
  const shared = (other: number) => {
    let n = 0;
    for (const id of entitiesOf(other)) if (own.has(id)) n++;
    return n;
  };
  return [...candidates]
    .map((other) => ({ other, score: shared(other), distance: Math.abs(other - eventIndex) }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.other - b.other)
    .slice(0, limit)
    .map((c) => c.other);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
