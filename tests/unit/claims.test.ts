/**
 * Claims: a field the sources disagree on. `resolveClaims` directly (single
 * value, majority by distinct sources, editor's choice, errors), then through
 * the loader: every date form as an editor writes it, and what the event shows.
 */
import { describe, expect, it } from "vitest";
import type { Claim, ClaimedField } from "../../src/content/schema.ts";
import { parseEventDate } from "../../src/model/dates.ts";
import { resolveClaims } from "../../src/model/claims.ts";
import { contentFolder, failWith, findError, loadOk, md } from "../helpers/content.ts";

/** A claim of `text` cited by the given sources (one citation each, repeats allowed). */
function claim(text: string, ...sources: string[]): Claim<string> {
  return { value: text.toUpperCase(), text, line: 1, cites: sources.map((source) => ({ source, quote: `${text} selon ${source}`, file: "x.md", line: 1 })) };
}

function field(claims: Claim<string>[], preferred?: string): ClaimedField<string> {
  return { claims, line: 3, ...(preferred !== undefined ? { preferred } : {}) };
}

function resolved(f: ClaimedField<string>) {
  const result = resolveClaims(f);
  if (!result.ok) throw new Error(`expected a resolution, got: ${result.error}`);
  return result.resolved;
}

function errorOf(f: ClaimedField<string>): string {
  const result = resolveClaims(f);
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.resolved.text)}`);
  return result.error;
}

describe("resolveClaims", () => {
  it("shows a single value, undisputed", () => {
    const only = claim("Moscou");
    expect(resolved(field([only]))).toEqual({ value: "MOSCOU", text: "Moscou", claims: [only], disputed: false, basis: "single" });
  });

  it("shows a single value cited by several sources, undisputed", () => {
    expect(resolved(field([claim("Moscou", "a", "b")]))).toMatchObject({ text: "Moscou", disputed: false, basis: "single" });
  });

  it("shows the value backed by the most distinct sources, keeping every claim in order", () => {
    const claims = [claim("Bamako", "a"), claim("Moscou", "b", "c"), claim("Niamey", "d")];
    const r = resolved(field(claims));
    expect(r).toMatchObject({ value: "MOSCOU", text: "Moscou", disputed: true, basis: "majority" });
    expect(r.claims).toEqual(claims);
  });

  it("counts distinct sources, not citations: one source quoted three times is one voice", () => {
    expect(errorOf(field([claim("Bamako", "a", "a", "a"), claim("Moscou", "b")]))).toMatch(/split evenly between Bamako and Moscou/);
    expect(resolved(field([claim("Bamako", "a", "a", "a"), claim("Moscou", "b", "c")])).text).toBe("Moscou");
  });

  it("shows the editor's preferred value, even against the majority", () => {
    const r = resolved(field([claim("Bamako", "a", "b", "c"), claim("Moscou", "d")], "Moscou"));
    expect(r).toMatchObject({ text: "Moscou", value: "MOSCOU", disputed: true, basis: "editor" });
  });

  it("refuses a tie without a preferred value, naming the tied values", () => {
    const error = errorOf(field([claim("Bamako", "a"), claim("Moscou", "b"), claim("Niamey", "c", "d"), claim("Dakar", "e", "f")]));
    expect(error).toMatch(/split evenly between Niamey and Dakar: add `preferred:`/);
    expect(error).not.toMatch(/Bamako|Moscou/);
  });

  it("resolves a tie with a preferred value", () => {
    expect(resolved(field([claim("Bamako", "a"), claim("Moscou", "b")], "Bamako"))).toMatchObject({ text: "Bamako", basis: "editor" });
  });

  it("refuses the same value claimed twice, even with a preferred value", () => {
    expect(errorOf(field([claim("Moscou", "a"), claim("Bamako", "b"), claim("Moscou", "c")]))).toMatch(/the same value is claimed twice/);
    expect(errorOf(field([claim("Moscou", "a"), claim("Moscou", "b")], "Moscou"))).toMatch(/claimed twice/);
  });

  it("returns an error, not a crash, for a preferred value that is not claimed", () => {
    // The schema refuses this first; resolveClaims must still never throw on it.
    expect(() => resolveClaims(field([claim("Bamako", "a"), claim("Moscou", "b")], "Dakar"))).not.toThrow();
    expect(errorOf(field([claim("Bamako", "a"), claim("Moscou", "b")], "Dakar"))).toMatch(/Dakar/);
  });
});

/** Every date form of the README, unquoted as an editor writes it, with its kind. */
const DATE_FORMS: [string, string][] = [
  ["2025-04-01", "point"],
  ["2025-04", "point"],
  ["2025", "point"],
  ["2025-09~", "point"],
  ["2025-04-03?", "point"],
  ["2025%", "point"],
  ["2025-04-03/2025-04-04", "range"],
  ["2025-04/2025-05-02", "range"],
  ["2025-04-03~/2025-04-04?", "range"],
  ["../2025-09-24", "before"],
  ["2025-09-24/..", "after"],
  ["unknown", "unknown"],
];

const BODY = 'Un fait [@source-a "se rendront à Moscou"] [@source-b "du 1er au 5 avril 2025"].';

describe("every date form, through the loader", () => {
  it.each(DATE_FORMS)("reads `date: %s` (kind %s)", (text, kind) => {
    const { timeline } = loadOk(contentFolder({ "events/x.md": md(["title: X", `date: ${text}`, "sources: [source-a, source-b]"], BODY) }));
    const date = timeline.eventById.get("x")!.date;
    expect(date.value.kind).toBe(kind);
    expect(date.value).toEqual((parseEventDate(text) as { value: unknown }).value);
    expect(date).toMatchObject({ text, disputed: false, basis: "single" });
  });

  it.each(DATE_FORMS)("reads %s as a claimed value", (text) => {
    const lines = [
      "title: X",
      "date:",
      "  claims:",
      `    - value: ${text}`,
      "      cite: [{ source: source-a, quote: se rendront à Moscou }, { source: source-b, quote: du 1er au 5 avril 2025 }]",
      "    - value: 2024-01-01",
      "      cite: [{ source: source-a, quote: les 3 et 4 avril 2025 }]",
      "sources: [source-a, source-b]",
    ];
    const { timeline } = loadOk(contentFolder({ "events/x.md": md(lines, BODY) }));
    const event = timeline.eventById.get("x")!;
    expect(event.date).toMatchObject({ text, disputed: true, basis: "majority" });
    expect(event.dateClaims.map((c) => [c.text, c.shown, c.sources])).toEqual([
      [text, true, ["source-a", "source-b"]],
      ["2024-01-01", false, ["source-a"]],
    ]);
  });
});

describe("claims on an event page", () => {
  const lines = [
    "title: X",
    "date:",
    "  claims:",
    "    - value: 2025-04-03/2025-04-04",
    "      cite:",
    "        - { source: source-a, quote: les 3 et 4 avril 2025 }",
    "    - value: 2025-04-01/2025-04-05",
    "      cite:",
    "        - { source: source-b, quote: du 1er au 5 avril 2025 }",
    "  preferred: 2025-04-01/2025-04-05",
    "place:",
    "  claims:",
    "    - value: Moscou",
    "      cite: [{ source: source-a, quote: à Moscou }, { source: source-b, quote: à Moscou }]",
    "    - value: Moscow",
    "      cite: [{ source: source-a, quote: Les ministres }]",
    "sources: [source-a, source-b]",
  ];

  it("keeps every claim with its sources and note numbers, and marks the shown one", () => {
    const { timeline } = loadOk(contentFolder({ "events/x.md": md(lines, BODY) }));
    const event = timeline.eventById.get("x")!;
    expect(event.date).toMatchObject({ text: "2025-04-01/2025-04-05", basis: "editor", disputed: true });
    expect(event.dateClaims.map((c) => [c.text, c.shown, c.sources])).toEqual([
      ["2025-04-03/2025-04-04", false, ["source-a"]],
      ["2025-04-01/2025-04-05", true, ["source-b"]],
    ]);
    // Each claim's citations are notes of the page, numbered before the body's.
    const quoteOf = (n: number) => event.notes[n - 1]!.quote;
    expect(event.dateClaims.map((c) => c.notes.map(quoteOf))).toEqual([["les 3 et 4 avril 2025"], ["du 1er au 5 avril 2025"]]);
    // Two place claims naming the same entity by two of its names: not the same text, so both stand.
    expect(event.place).toMatchObject({ text: "Moscou", basis: "majority", disputed: true });
    expect(event.placeClaims.map((c) => [c.text, c.entityId])).toEqual([
      ["Moscou", "moscou"],
      ["Moscow", "moscou"],
    ]);
    expect(event.placeId).toBe("moscou");
  });

  it("refuses a claimed place that names no place entity", () => {
    const bad = lines.map((line) => line.replace("value: Moscow", "value: Moskva"));
    const failure = failWith({ "events/x.md": md(bad, BODY) });
    findError(failure, { file: "events/x.md", line: 16, field: "place", message: /unknown entity "Moskva".*a place in entities/ });
  });
});
