/**
 * One schema, three uses: the validator's verdicts and positions, the JSON
 * Schema files editors' tooling reads (committed, never stale), and the fields
 * `npm run new` writes. The JSON Schemas are read back with zod's own JSON
 * Schema reader and run on the real content, so they are checked as tools use them.
 */
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { schemaFiles } from "../../src/cli/schema.ts";
import { Diagnostics, formatDiagnostic } from "../../src/content/diagnostics.ts";
import { EntityFrontMatter, EventFrontMatter, FRONT_MATTER_SCHEMAS, SourceFrontMatter } from "../../src/content/front-matter-schema.ts";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import { ENTITY_FIELDS, EVENT_FIELDS, readEntity, readEvent, readSource, SOURCE_FIELDS } from "../../src/content/schema.ts";
import { listFiles, ROOT } from "../helpers/site.ts";

const KINDS = { source: "sources", event: "events", entity: "entities" } as const;
type Kind = keyof typeof KINDS;

const committed = (kind: Kind) => JSON.parse(fs.readFileSync(path.join(ROOT, "schema", `${kind}.schema.json`), "utf8")) as Record<string, unknown>;

/** Front matter of every real content file of a kind, as plain data (YAML core schema, like the loader). */
function realFrontMatter(kind: Kind): { file: string; data: unknown }[] {
  const dir = path.join(ROOT, "content", KINDS[kind]);
  return listFiles(dir).map((rel) => {
    const text = fs.readFileSync(path.join(dir, rel), "utf8");
    const yaml = text.split(/^---[ \t]*$/m)[1]!;
    return { file: rel, data: parseDocument(yaml, { schema: "core" }).toJS() };
  });
}

describe("the JSON Schema files", () => {
  it("are exactly what `npm run schema` generates from the zod schema (run it after changing the schema)", () => {
    for (const [name, text] of schemaFiles()) {
      expect(fs.readFileSync(path.join(ROOT, "schema", name), "utf8"), `schema/${name} is stale: run npm run schema`).toBe(text);
    }
    expect([...schemaFiles().keys()].sort()).toEqual(["entity.schema.json", "event.schema.json", "source.schema.json"]);
  });

  it("are draft-07 (what yaml-language-server reads), closed, with the schema's fields and required ones", () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const json = committed(kind);
      const shape = FRONT_MATTER_SCHEMAS[kind].shape as Record<string, z.ZodType>;
      expect(json.$schema).toBe("http://json-schema.org/draft-07/schema#");
      expect(json.additionalProperties).toBe(false);
      expect(Object.keys(json.properties as object)).toEqual(Object.keys(shape));
      const required = Object.keys(shape).filter((k) => !shape[k]!.safeParse(undefined).success);
      expect(json.required).toEqual(required);
      for (const [key, prop] of Object.entries(json.properties as Record<string, { description?: string }>)) {
        expect(prop.description, `${kind}.${key} has a description for hovers`).toMatch(/\w/);
      }
    }
    expect(committed("entity").properties).toMatchObject({ kind: { enum: ["person", "organisation", "country", "place", "topic"] } });
  });

  it("accept the front matter of every real content file, read by an independent JSON Schema reader", () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const fromJson = z.fromJSONSchema(committed(kind) as Parameters<typeof z.fromJSONSchema>[0]);
      const files = realFrontMatter(kind);
      expect(files.length).toBeGreaterThan(4);
      for (const { file, data } of files) {
        const result = fromJson.safeParse(data);
        expect(result.success, `${kind} ${file}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
  });

  it("reject what the validator rejects: unknown fields, missing ones, a wrong kind, a date that is no date", () => {
    const event = z.fromJSONSchema(committed("event") as Parameters<typeof z.fromJSONSchema>[0]);
    const ok = { title: "T", date: "2025-04-03/2025-04-04", sources: ["a"] };
    expect(event.safeParse(ok).success).toBe(true);
    expect(event.safeParse({ ...ok, colour: "red" }).success).toBe(false);
    expect(event.safeParse({ date: ok.date, sources: ["a"] }).success).toBe(false);
    expect(event.safeParse({ ...ok, date: "le 3 avril" }).success).toBe(false);
    expect(event.safeParse({ ...ok, date: { claims: [{ value: "2025-04-03", cite: [{ source: "a", qoute: "x" }] }] } }).success).toBe(false);
    const entity = z.fromJSONSchema(committed("entity") as Parameters<typeof z.fromJSONSchema>[0]);
    expect(entity.safeParse({ kind: "person", name: "N" }).success).toBe(true);
    expect(entity.safeParse({ kind: "people", name: "N" }).success).toBe(false);
  });
});

describe("the validator uses the same schema", () => {
  it("names exactly the schema's fields when a field is unknown", () => {
    expect(SOURCE_FIELDS).toEqual(Object.keys(SourceFrontMatter.shape));
    expect(EVENT_FIELDS).toEqual(Object.keys(EventFrontMatter.shape));
    expect(ENTITY_FIELDS).toEqual(Object.keys(EntityFrontMatter.shape));
    const diags = new Diagnostics();
    const text = "---\ntitle: T\ndate: 2025-04-01\nsources: [a]\ncolour: red\n---\nTexte.\n";
    readEvent("x", "events/x.md", parseContentFile("events/x.md", text, diags)!, diags);
    expect(diags.items.map(formatDiagnostic)).toEqual([`events/x.md:5:1: error: colour: unknown field: expected one of ${Object.keys(EventFrontMatter.shape).join(", ")}`]);
  });
});

/** Loads one file of a kind and returns its diagnostics as printed. */
function printed(kind: Kind, lines: string[], body = "Texte."): string[] {
  const diags = new Diagnostics();
  const file = `${KINDS[kind]}/x.md`;
  const parsed = parseContentFile(file, ["---", ...lines, "---", body].join("\n"), diags);
  if (parsed) ({ source: readSource, event: readEvent, entity: readEntity })[kind]("x", file, parsed, diags);
  return diags.sorted().map(formatDiagnostic);
}

describe("positions: line and column of the YAML node", () => {
  it("points at the value, or at the key of an unknown field, or at line 1 for a missing field", () => {
    expect(printed("event", ["title: T", "date:   2025-02-30", "sources: [a]", "  # comment", "colour: red"])).toEqual([
      'events/x.md:3:9: error: date: "2025-02-30" does not exist: February 2025 has no day 30',
      "events/x.md:6:1: error: colour: unknown field: expected one of title, date, place, participants, topics, about, sources, summary, names",
    ]);
    expect(printed("entity", ["name: Lavrov"])).toEqual(["entities/x.md:1:1: error: kind: is required: expected one of person, organisation, country, place, topic"]);
  });

  it("points inside lists and claims, at the item the editor must change", () => {
    expect(
      printed("event", [
        "title: T",
        "date:",
        "  claims:",
        "    - value: 2025-04-03",
        "      cite:",
        "        - source: a",
        '          qoute: "mots"',
        "sources: [a, b, a]",
        "topics: [diplomatie, 12, [x]]",
      ]),
    ).toEqual([
      "events/x.md:7:11: error: date.claims.0.cite.0.quote: is required: expected the exact words of the source",
      "events/x.md:8:11: error: date.claims.0.cite.0.qoute: unknown field: expected one of source, quote",
      'events/x.md:9:17: error: sources.2: "a" is listed twice: expected each source once',
      "events/x.md:10:26: error: topics.2: expected a text, found a list",
    ]);
  });

  it("reads a mapping as claims and a text as a value, and says which was expected otherwise", () => {
    expect(printed("event", ["title: T", "date: {claims: []}", "sources: [a]"])).toEqual([
      "events/x.md:3:16: error: date.claims: expected a list of claims, each with `value:` and `cite:`",
    ]);
    expect(printed("event", ["title: T", "date: le 3 avril", "sources: [a]"])).toEqual([
      'events/x.md:3:7: error: date: "le 3 avril" is not a date: expected a date such as 2025-04-01, 2025-04 or 2025, optionally followed by ~ (approximate) or ? (uncertain); a range 2025-04-03/2025-04-04; ../2025-09-24 (before); 2025-09-24/.. (on or after); or unknown',
    ]);
    expect(printed("event", ["title: T", "date: [2025-04-01]", "sources: [a]"])).toEqual([
      "events/x.md:3:7: error: date: expected a date such as 2025-04-01 or `claims:` when sources disagree, found a list",
    ]);
    expect(printed("event", ["title: T", "date: 2025", "place:", "  claims:", "    - value: Moscou", "      cite: [{source: a, quote: q}]", "  preferred: Paris", "sources: [a]"])).toEqual([
      'events/x.md:8:14: error: place.preferred: "Paris" is not one of the claimed values: expected one of Moscou',
    ]);
  });

  it("accepts the plain forms editors write: a year as a number, an empty optional field", () => {
    expect(printed("event", ["title: 2025", "date: 2025", "place:", "sources: [a]"])).toEqual([]);
    expect(printed("source", ["title: T", "published: 2025-04", "language: fr", "url: https://example.org/a", "author:"])).toEqual([]);
  });
});
