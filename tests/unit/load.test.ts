/**
 * Loading: the public entry `loadTimeline(env, contentDir)` on small temporary
 * content folders, and on the real `content/`. What valid content becomes, what
 * the loader tolerates (CRLF, BOM, nested folders, no site.yml) and what it warns about.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/index.ts";
import { EVENT_FILE, contentFolder, defaultFiles, failWith, findError, loadFail, loadOk, md } from "../helpers/content.ts";
import { ROOT } from "../helpers/site.ts";

const EVENT_ID = "2025-04-03-consultations";

describe("a valid folder", () => {
  const { timeline, diagnostics } = loadOk(contentFolder());
  const event = timeline.eventById.get(EVENT_ID)!;

  it("loads with no error and no warning", () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(timeline.events.map((e) => e.id)).toEqual([EVENT_ID]);
    expect([...timeline.sourceById.keys()].sort()).toEqual(["source-a", "source-b"]);
    expect(timeline.entities.map((e) => e.id)).toEqual(["abdoulaye-diop", "aes", "diplomatie", "moscou"]);
  });

  it("takes ids from file names and keeps front matter values as written", () => {
    expect(event.title).toBe("Consultations à Moscou");
    expect(event.path).toBe(`/evenements/${EVENT_ID}/`);
    expect(event.sourceIds).toEqual(["source-a", "source-b"]);
    const source = timeline.sourceById.get("source-a")!;
    expect(source).toMatchObject({ title: "Article A", outlet: "Journal A", language: "fr", titleSupplied: false });
  });

  it("reads YAML dates as dates of the calendar, not instants in a time zone", () => {
    expect(event.date.value).toEqual({
      kind: "range",
      start: { year: 2025, month: 4, day: 3, precision: "day", approximate: false, uncertain: false },
      end: { year: 2025, month: 4, day: 4, precision: "day", approximate: false, uncertain: false },
    });
    expect(timeline.sourceById.get("source-a")!.published).toEqual({ year: 2025, month: 4, day: 2, precision: "day", approximate: false, uncertain: false });
    expect(timeline.sourceById.get("source-b")!.published).toMatchObject({ year: 2025, month: 4, precision: "month" });
  });

  it("resolves entity names to ids and links both ways", () => {
    expect(event).toMatchObject({ participantIds: ["abdoulaye-diop"], topicIds: ["diplomatie"], aboutIds: ["aes"], placeId: "moscou", mainEntityId: "aes" });
    expect(timeline.entityById.get("moscou")!.eventIds).toEqual([EVENT_ID]);
    expect(timeline.sourceById.get("source-b")!.citedBy).toEqual([EVENT_ID]);
  });

  it("numbers the body's citations as notes tied to marked passages", () => {
    expect(event.notes.map((n) => [n.number, n.sourceId, n.quote])).toEqual([
      [1, "source-a", "se rendront à Moscou les 3 et 4 avril 2025"],
      [2, "source-b", "du 1er au 5 avril 2025"],
    ]);
    const passage = timeline.sourceById.get("source-b")!.passages[0]!;
    expect(passage.id).toBe(event.notes[1]!.passageId);
    expect(passage.citedBy).toEqual([{ owner: "event", id: EVENT_ID, note: 2 }]);
  });

  it("uses site.yml", () => {
    expect(timeline.site).toMatchObject({ title: "Frise de test", language: "fr", baseUrl: "https://example.org/", pathPrefix: "/" });
  });
});

describe("the real content folder", () => {
  it("loads without errors, with one event per file in events/", () => {
    const dir = path.join(ROOT, "content");
    const { timeline } = loadOk(dir);
    const count = (folder: string) => fs.readdirSync(path.join(dir, folder)).filter((f) => f.endsWith(".md")).length;
    expect(timeline.events.length).toBe(count("events"));
    expect(timeline.sources.length).toBe(count("sources"));
    expect(timeline.entities.length).toBe(count("entities"));
  });
});

describe("what the loader tolerates", () => {
  it("reads events in sub-folders, with the file name as id", () => {
    const files = defaultFiles();
    const { timeline } = loadOk(contentFolder({ [EVENT_FILE]: null, "events/2025/04/x.md": files[EVENT_FILE]! }));
    expect(timeline.events.map((e) => e.path)).toEqual(["/evenements/x/"]);
  });

  it("reads Windows line endings and a byte order mark, and still counts lines right", () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, "\r\n")}`;
    const files = defaultFiles();
    const { timeline } = loadOk(contentFolder({ [EVENT_FILE]: crlf(files[EVENT_FILE]!), "sources/source-a.md": crlf(files["sources/source-a.md"]!) }));
    expect(timeline.events[0]!.notes).toHaveLength(2);
    const failure = failWith({ "events/x.md": crlf(md(["title: X", "sources: [source-a]", "date: 2025-02-30"], "Texte.")) });
    findError(failure, { file: "events/x.md", line: 4, field: "date", message: /does not exist/ });
  });

  it("accepts an explicit `---yaml` opening line", () => {
    const files = defaultFiles();
    const { timeline } = loadOk(contentFolder({ [EVENT_FILE]: files[EVENT_FILE]!.replace(/^---\n/, "---yaml\n") }));
    expect(timeline.events).toHaveLength(1);
  });

  it("reads a number where a text is expected as that text", () => {
    const { timeline } = loadOk(contentFolder({ "entities/aes.md": md(["kind: organisation", "name: AES", "aliases: [Alliance des États du Sahel, 1789]"]) }));
    expect(timeline.entityById.get("aes")!.aliases).toEqual(["Alliance des États du Sahel", "1789"]);
  });

  it("gives every setting a default when site.yml is missing", () => {
    const { timeline } = loadOk(contentFolder({ "site.yml": null }));
    expect(timeline.site).toMatchObject({ language: "fr", pathPrefix: "/", baseUrl: "https://example.org/" });
    expect(timeline.site.title).not.toBe("");
  });

  it("lets FRISE_PATH_PREFIX and FRISE_BASE_URL override site.yml, normalised", () => {
    const dir = contentFolder({ "site.yml": "title: Frise\npathPrefix: /ailleurs/\nbaseUrl: https://example.net/x\n" });
    expect(loadOk(dir).timeline.site).toMatchObject({ pathPrefix: "/ailleurs/", baseUrl: "https://example.net/x/" });
    expect(loadOk(dir, { FRISE_PATH_PREFIX: "preview/pr-1", FRISE_BASE_URL: "https://preview.example.org" }).timeline.site).toMatchObject({
      pathPrefix: "/preview/pr-1/",
      baseUrl: "https://preview.example.org/",
    });
  });
});

describe("warnings", () => {
  it("warns, without failing, about a hidden file, a source nobody cites, an event on one source and an unnamed entity", () => {
    const { diagnostics } = loadOk(
      contentFolder({
        ".DS_Store": "x",
        "sources/source-c.md": md(["title: Article C", "published: 2025", "language: fr"], "Un texte que nul ne cite."),
        "events/2025-05-01-seul.md": md(["title: Seul", "date: 2025-05-01", "sources: [source-a]"], 'Un fait [@source-a "renforce sa coopération"].'),
        "entities/niger.md": md(["kind: country", "name: Niger"]),
      }),
    );
    expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
    const has = (file: string, words: RegExp) => diagnostics.some((d) => d.file.endsWith(file) && words.test(d.message));
    expect(has(".DS_Store", /hidden file ignored/)).toBe(true);
    expect(has("sources/source-c.md", /cited by no event/)).toBe(true);
    expect(has("events/2025-05-01-seul.md", /single source/)).toBe(true);
    expect(has("entities/niger.md", /no event names this entity/)).toBe(true);
    expect(diagnostics).toHaveLength(4);
  });
});

/** An event at `date`, otherwise like the others of the test content. */
const eventAt = (date: string) => md(["title: É", `date: "${date}"`, "sources: [source-a, source-b]"], 'Un fait [@source-a "se rendront à Moscou"].');

describe("order", () => {
  it("sorts events by date (undated last), then by id, and links previous and next", () => {
    const { timeline } = loadOk(
      contentFolder({
        "events/b-sans-date.md": eventAt("unknown"),
        "events/a-mai.md": eventAt("2025-05"),
        "events/z-avril.md": eventAt("2025-04-01"),
        "events/a-avril.md": eventAt("2025-04-01"),
        "events/c-avant.md": eventAt("../2025-04-01"),
      }),
    );
    const ids = timeline.events.map((e) => e.id);
    expect(ids).toEqual(["c-avant", "a-avril", "z-avril", EVENT_ID, "a-mai", "b-sans-date"]);
    expect(timeline.events.map((e) => e.previousId)).toEqual([undefined, ...ids.slice(0, -1)]);
    expect(timeline.events.map((e) => e.nextId)).toEqual([...ids.slice(1), undefined]);
    expect(timeline.years.map((y) => [y.year, y.count])).toEqual([
      [2025, 5],
      [undefined, 1],
    ]);
  });
});

describe("archives", () => {
  it("give each month one group, even when other events sort between its events", () => {
    const { timeline } = loadOk(
      contentFolder({
        "events/avant.md": eventAt("../2025-01-01"),
        "events/annee.md": eventAt("2025"),
        "events/janvier.md": eventAt("2025-01"),
        "events/janvier-5.md": eventAt("2025-01-05"),
      }),
    );
    // "avant le 1er janvier 2025" comes first in the timeline, then the year alone, then January.
    expect(timeline.events.map((e) => e.id).slice(0, 4)).toEqual(["avant", "annee", "janvier", "janvier-5"]);
    const [year] = timeline.years;
    expect(year!.months.map((m) => [m.month, m.events])).toEqual([
      [undefined, ["annee"]],
      [1, ["avant", "janvier", "janvier-5"]],
      [4, [EVENT_ID]],
    ]);
    expect(new Set(year!.months.map((m) => m.path)).size).toBe(year!.months.length);
  });
});

describe("a missing content folder", () => {
  it("is an error naming the folder", () => {
    const dir = path.join(contentFolder(), "absent");
    const failure = loadFail(dir);
    expect(failure.errors.some((d) => d.file.endsWith("absent") && /content folder not found/.test(d.message))).toBe(true);
  });
});
