/**
 * Entities: names resolved by id, name or alias ignoring case and spacing (never
 * accents), unknown names and wrong kinds reported with file and line, clashing
 * names refused, look-alike names (invisible or confusable characters) warned
 * about, and "Sur le même sujet" ranked without quadratic cost.
 */
import { describe, expect, it } from "vitest";
import { Diagnostics, formatDiagnostic } from "../../src/content/diagnostics.ts";
import type { EntityKind, EntityRecord, Ref } from "../../src/content/schema.ts";
import { EntityNames, entityPath, nameKey, relatedEvents, resolveRefs } from "../../src/model/entities.ts";
import { EVENT_FILE, contentFolder, failWith, findError, loadOk, md } from "../helpers/content.ts";

function entity(id: string, kind: EntityKind, name: string, aliases: string[] = []): EntityRecord {
  return { id, file: `entities/${id}.md`, kind, name, aliases, body: "", bodyLine: 5 };
}

const RECORDS = [
  entity("abdoulaye-diop", "person", "Abdoulaye Diop"),
  entity("assimi-goita", "person", "Assimi Goïta", ["Assimi Goita"]),
  entity("aes", "organisation", "AES", ["Alliance des États du Sahel", "Confédération des États du Sahel"]),
  entity("moscou", "place", "Moscou", ["Moscow"]),
  entity("securite", "topic", "Sécurité"),
];

function names(records = RECORDS): { names: EntityNames; diags: Diagnostics } {
  const diags = new Diagnostics();
  return { names: new EntityNames(records, diags), diags };
}

function resolve(texts: string[], kinds: EntityKind[]) {
  const { names: n } = names();
  const diags = new Diagnostics();
  const refs: Ref[] = texts.map((text, i) => ({ text, line: 10 + i }));
  const ids = resolveRefs(refs, n, kinds, { file: "events/x.md", field: "participants" }, diags);
  return { ids, errors: diags.items.map(formatDiagnostic) };
}

describe("resolving names", () => {
  it("finds an entity by id, name or alias", () => {
    expect(resolve(["abdoulaye-diop", "Abdoulaye Diop", "Assimi Goita", "Assimi Goïta"], ["person"])).toEqual({ ids: ["abdoulaye-diop", "assimi-goita"], errors: [] });
    expect(resolve(["Alliance des États du Sahel", "Moscow"], ["organisation", "place"]).ids).toEqual(["aes", "moscou"]);
  });

  it("ignores case and spacing, non-breaking spaces included", () => {
    expect(resolve(["ABDOULAYE DIOP", "  abdoulaye \n  diop ", "Abdoulaye\u00A0Diop", "alliance des états  du sahel"], ["person", "organisation"]).ids).toEqual([
      "abdoulaye-diop",
      "aes",
    ]);
  });

  it("treats composed and decomposed accents alike (the same text to a reader)", () => {
    expect(resolve(["Se\u0301curite\u0301"], ["topic"]).ids).toEqual(["securite"]);
    expect(nameKey("Se\u0301curite\u0301")).toBe(nameKey("Sécurité"));
  });

  it("does not ignore accents: an unknown spelling is an error, with file, line and a suggestion", () => {
    const { ids, errors } = resolve(["Abdoulaye Diop", "Abdoulayé Diop"], ["person"]);
    expect(ids).toEqual(["abdoulaye-diop"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^events\/x\.md:11:.*participants: unknown entity "Abdoulayé Diop": expected the id, name or alias of a person in entities\//);
    expect(errors[0]).toMatch(/did you mean "Abdoulaye Diop"\? add "Abdoulayé Diop" to its aliases/);
  });

  it("suggests the entity whose name differs only in accents or case", () => {
    expect(resolve(["SÉCURITE"], ["topic"]).errors[0]).toMatch(/did you mean "Sécurité"/);
    expect(resolve(["Assimi Goîta"], ["person"]).errors[0]).toMatch(/did you mean "Assimi Goïta"/);
  });

  it("suggests nothing for a name that matches no entity", () => {
    const { errors } = resolve(["Vladimir Poutine"], ["person"]);
    expect(errors[0]).toMatch(/unknown entity "Vladimir Poutine"/);
    expect(errors[0]).not.toMatch(/did you mean/);
  });

  it("refuses an entity of the wrong kind, naming its kind and file", () => {
    const { ids, errors } = resolve(["Moscou"], ["person", "organisation", "country"]);
    expect(ids).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^events\/x\.md:10:.*participants: "Moscou" is a place \(entities\/moscou\.md\): expected a person or organisation or country/);
  });
});

describe("names shared by two entities", () => {
  it("refuses two entities sharing an alias, naming the other file", () => {
    const { diags } = names([...RECORDS, entity("moscou-ville", "place", "Moscou (ville)", ["moscow"])]);
    const errors = diags.items.map(formatDiagnostic);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/aliases: "moscow" also names entities\/(moscou|moscou-ville)\.md: a name must point to one entity/);
  });

  it("refuses an entity whose name is another's alias", () => {
    const { diags } = names([...RECORDS, entity("goita", "person", "assimi goita")]);
    expect(diags.items.map(formatDiagnostic)).toEqual([expect.stringMatching(/"assimi goita" also names entities\/assimi-goita\.md/)]);
  });

  it("accepts an entity whose aliases repeat its own name in other capitals", () => {
    expect(names([entity("aes", "organisation", "AES", ["aes", "A E S"])]).diags.items).toEqual([]);
  });

  it("gives the same answer whatever the order of the files, when an alias is another entity's id", () => {
    const city = entity("moscou", "place", "Moscou");
    const region = entity("oblast", "place", "Oblast de Moscou", ["moscou"]);
    const outcomes = [
      [city, region],
      [region, city],
    ].map((records) => {
      const { names: n, diags } = names(records);
      return { resolved: n.get("moscou")?.id, errors: diags.items.length };
    });
    // An id always wins over a name (entities.ts); the outcome must not depend on file order.
    expect(outcomes[0]!.resolved).toBe("moscou");
    expect(outcomes[1]).toEqual(outcomes[0]);
  });
});

describe("names that look the same but are written differently", () => {
  const warnings = (records: EntityRecord[]) => names(records).diags.items.map(formatDiagnostic);

  it("warns on the entity written with a confusable letter, naming the plainly written one's file and the letter", () => {
    expect(warnings([entity("lavr0v", "person", "Lavr\u043Ev"), entity("lavrov", "person", "Lavrov")])).toEqual([
      'entities/lavr0v.md:1:1: warning: name: "Lavr\u043Ev" looks the same as "Lavrov" (entities/lavrov.md) but is written with other characters (U+043E (Cyrillic)): if both are the same entity, keep one file and declare the other spelling as its alias; if not, write the names so that they can be told apart',
    ]);
  });

  it("warns about a name that differs only by an invisible character, shown escaped", () => {
    expect(warnings([entity("lavrov", "person", "Lavrov"), entity("lav-rov", "person", "Lav\u200Brov")])).toEqual([
      expect.stringMatching(/^entities\/lav-rov\.md:1:1: warning: name: "Lav\\u\{200B\}rov" looks the same as "Lavrov" \(entities\/lavrov\.md\) but is written with other characters \(U\+200B ZERO WIDTH SPACE\)/),
    ]);
  });

  it("compares aliases too, and names ignoring case as references do", () => {
    expect(warnings([entity("aes", "organisation", "AES"), entity("autre", "organisation", "Autre", ["\u0430\u0435\u0455"])])).toEqual([
      expect.stringMatching(/^entities\/autre\.md:1:1: warning: aliases\.0: "аеѕ" looks the same as "AES" \(entities\/aes\.md\)/),
    ]);
  });

  it("warns about invisible characters in a name that looks like no other", () => {
    expect(warnings([entity("x", "person", "Ser\u00ADgueï")])).toEqual([
      expect.stringMatching(/^entities\/x\.md:1:1: warning: name: "Ser\\u\{00AD\}gueï" contains invisible characters \(U\+00AD SOFT HYPHEN\): remove them/),
    ]);
  });

  it("leaves alone the names that differ to the eye, and an entity's own spellings", () => {
    expect(warnings(RECORDS)).toEqual([]);
    expect(warnings([entity("x", "person", "Lavrov", ["Lavr\u043Ev"]), entity("y", "person", "Lavrof")])).toEqual([]);
  });

  it("reports at the name's line and column when the entity comes from a file", () => {
    const { diagnostics } = loadOk(
      contentFolder({
        "entities/lavrov.md": md(["kind: person", "name: Lavrov"]),
        "entities/lavr0v.md": md(["kind: person", "aliases: [Sergueï]", "name: Lavr\u043Ev"]),
      }),
    );
    const lines = diagnostics.map(formatDiagnostic).filter((l) => l.includes("looks the same"));
    expect(lines).toEqual([expect.stringMatching(/entities\/lavr0v\.md:4:7: warning: name: "Lavr\u043Ev" looks the same as "Lavrov" \(.*entities\/lavrov\.md\)/)]);
  });
});

describe("entities through the loader", () => {
  const event = (fields: string[]) =>
    md(["title: X", "date: 2025-04-03", "sources: [source-a, source-b]", ...fields], 'Un fait [@source-a "se rendront à Moscou"] [@source-b "du 1er au 5 avril 2025"].');

  it("reports each unknown or wrong reference on its own line", () => {
    const failure = failWith({
      "events/x.md": event(["participants:", "  - Abdoulaye Diop", "  - Abdoulaye Dïop", "  - Moscou", "topics: [diplomatie, AES]", "about: [Personne]", "place: Moskva"]),
    });
    findError(failure, { file: "events/x.md", line: 7, field: "participants", message: /unknown entity "Abdoulaye Dïop".*did you mean "Abdoulaye Diop"/ });
    findError(failure, { file: "events/x.md", line: 8, field: "participants", message: /"Moscou" is a place/ });
    findError(failure, { file: "events/x.md", line: 9, field: "topics", message: /"AES" is an organisation.*expected a topic/ });
    findError(failure, { file: "events/x.md", line: 10, field: "about", message: /unknown entity "Personne"/ });
    findError(failure, { file: "events/x.md", line: 11, field: "place", message: /unknown entity "Moskva".*a place in entities/ });
    expect(failure.errors).toHaveLength(5);
  });

  it("refuses an alias shared by two entity files", () => {
    const failure = failWith({ "entities/moscou-bis.md": md(["kind: place", "name: Moscou bis", "aliases: [moscow]"]) });
    const error = failure.errors.find((d) => /"moscow" also names/.test(d.message));
    expect(error, failure.lines.join("\n")).toBeDefined();
    expect(error!.field).toBe("aliases");
    expect(error!.file).toMatch(/entities\/moscou(-bis)?\.md$/);
  });

  it("links an event to each entity once, whatever name it uses, and each entity back", () => {
    const { timeline } = loadOk(
      contentFolder({
        [EVENT_FILE]: null,
        "events/x.md": event(["participants: [Abdoulaye Diop, abdoulaye-diop, AES]", "about: [Alliance des États du Sahel]", "topics: [Diplomatie]", "place: Moscow"]),
      }),
    );
    const x = timeline.eventById.get("x")!;
    expect(x).toMatchObject({ participantIds: ["abdoulaye-diop", "aes"], aboutIds: ["aes"], topicIds: ["diplomatie"], placeId: "moscou", mainEntityId: "aes" });
    expect(x.entityIds).toEqual(["aes", "abdoulaye-diop", "moscou", "diplomatie"]);
    for (const id of x.entityIds) expect(timeline.entityById.get(id)!.eventIds).toEqual(["x"]);
    expect(timeline.entityById.get("moscou")!.path).toBe(entityPath("place", "moscou"));
    expect(timeline.entitiesByKind.get("person")!.map((e) => e.id)).toEqual(["abdoulaye-diop"]);
  });
});

/** A timeline in which event i names the entities `entitiesOfEvent(i)`, as buildTimeline indexes them. */
function index(count: number, entitiesOfEvent: (i: number) => string[]) {
  const sets = Array.from({ length: count }, (_, i) => new Set(entitiesOfEvent(i)));
  const lists = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const id of set) lists.set(id, [...(lists.get(id) ?? []), i]);
  });
  let lookups = 0;
  return {
    related: (i: number, limit?: number) =>
      relatedEvents(
        i,
        [...sets[i]!],
        (id) => lists.get(id) ?? [],
        (j) => {
          lookups++;
          return sets[j]!;
        },
        limit,
      ),
    lookups: () => lookups,
  };
}

describe("relatedEvents", () => {
  it("ranks by entities shared, then by closeness in time, never the event itself", () => {
    const shared: Record<number, string[]> = { 0: ["a"], 1: ["a", "b"], 3: ["a", "b", "c"], 4: ["a"], 6: ["a", "b"], 7: ["z"] };
    const { related } = index(8, (i) => shared[i] ?? (i === 5 ? ["a", "b", "c"] : ["y"]));
    expect(related(5)).toEqual([3, 6, 1, 4, 0]);
    expect(related(5, 2)).toEqual([3, 6]);
  });

  it("breaks ties in closeness by timeline order", () => {
    const { related } = index(5, () => ["a"]);
    expect(related(2)).toEqual([1, 3, 0, 4]);
  });

  it("returns nothing for an event that shares no entity", () => {
    const { related } = index(4, (i) => [i === 2 ? "seul" : "a"]);
    expect(related(2)).toEqual([]);
  });

  it("looks at a bounded number of neighbours per entity: linear over 10,000 events", () => {
    const count = 10_000;
    // Every event names the same two entities plus one of its own: the worst case for a naive scan.
    const { related, lookups } = index(count, (i) => ["mali", "russie", `e${i}`]);
    const started = performance.now();
    // The first and last events have neighbours on one side only.
    for (let i = 0; i < count; i++) expect(related(i).length).toBe(i === 0 || i === count - 1 ? 4 : 5);
    // At most (entities × both sides × perEntity) candidates per event.
    expect(lookups()).toBeLessThanOrEqual(count * 3 * 2 * 4);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(related(5_000)).toEqual([4_999, 5_001, 4_998, 5_002, 4_997]);
  });
});
