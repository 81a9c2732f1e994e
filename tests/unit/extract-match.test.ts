/**
 * Matching a dated passage to an event: how two dates stand to each other,
 * and the issue's own scenario — had the Moscow event been written from
 * Bamada.net alone (1–5 April), the articles announcing the trip would have
 * surfaced the 3–4 April disagreement as date claims, ready to paste.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFromSource } from "../../src/extract/extract.ts";
import { relate } from "../../src/extract/match.ts";
import { loadTimeline } from "../../src/index.ts";
import { parseEventDate, type EventDate } from "../../src/model/dates.ts";
import { tempDir } from "../helpers/site.ts";

const d = (text: string): EventDate => {
  const parsed = parseEventDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe("relate", () => {
  it.each([
    ["2025-04-03/2025-04-04", "2025-04-03/2025-04-04", "same"],
    ["2025-04~", "2025-04", "same"],
    ["2025-04", "2025-04-01", "covers"],
    ["2025-04", "2025-04-03/2025-04-04", "covers"],
    ["../2025-09", "../2025-09-24", "covers"],
    ["../2025-03-04", "../2025-03-05", "covers"],
    ["2025-04-03/2025-04-04", "2025-04-01/2025-04-05", "differs"],
    ["2025-04-01/2025-04-05", "2025-04-03/2025-04-04", "differs"],
    ["2025-04-03", "2025-04-03/2025-04-04", "differs"],
    ["2025-09-24", "2025-09-25", "differs"],
    ["2025-04-03/2025-04-04", "2025-04-04", "differs"],
    ["2026-07/2026-12", "2026-01/2026-06", "differs"],
    ["../2025-09-01", "../2025-09-24", "differs"],
  ])("%s against %s: %s", (passage, event, relation) => expect(relate(d(passage), d(event))).toBe(relation));

  it.each([
    ["2025-04-03/2025-04-04", "2025-04-01"],
    ["2025", "2025-04-01"],
    ["2025-04-09/..", "2025-09-24/.."],
    ["2025-09-24/..", "2025-09-24"],
    ["../2025-09-24", "2025-09-24"],
    ["2025-04-01", "unknown"],
  ])("%s against %s: no relation", (passage, event) => expect(relate(d(passage), d(event))).toBeUndefined());
});

describe("the Moscow event written from one source", () => {
  const content = path.join(tempDir("extract-one-source"), "content");
  fs.cpSync(path.resolve(import.meta.dirname, "../../content"), content, { recursive: true });
  fs.writeFileSync(
    path.join(content, "events/2025-04-premieres-consultations-aes-russie-moscou.md"),
    [
      "---",
      "title: Premières consultations AES–Russie à Moscou",
      "date: 2025-04-01/2025-04-05",
      "place: Moscou",
      "participants: [Abdoulaye Diop, Sergueï Lavrov]",
      "about: [AES, Russie]",
      "sources: [bamada-2025-04]",
      "---",
      'Abdoulaye Diop conduit une délégation confédérale à Moscou [@bamada-2025-04 "Monsieur Abdoulaye Diop a conduit une délégation confédérale à Moscou"], du 1er au 5 avril 2025 [@bamada-2025-04 "tenues du 1er au 5 avril 2025 à Moscou"].',
      "",
    ].join("\n"),
  );
  const { timeline } = loadTimeline({}, content);
  const moscow = "2025-04-premieres-consultations-aes-russie-moscou";

  it("proposes the other sources' dates as claims, each block ready to paste", () => {
    const claims = ["nouveau-chapitre-2025-04", "visite-moscou-2025-04", "premiere-session-2025-04"].flatMap((id) =>
      extractFromSource(timeline, id, { useExistingCitations: false }).filter((p) => p.proposal === "claim"),
    );
    expect(claims.map((p) => [p.source, p.date, p.event, p.addSource])).toEqual([
      ["nouveau-chapitre-2025-04", "2025-04-03/2025-04-04", moscow, true],
      ["visite-moscou-2025-04", "2025-04-03/2025-04-04", moscow, true],
      ["premiere-session-2025-04", "2025-04-03", moscow, true],
    ]);
    const block = claims[0]!.claims!;
    expect(block).toContain("    - value: 2025-04-01/2025-04-05\n      cite:\n        - source: bamada-2025-04\n          quote: \"tenues du 1er au 5 avril 2025 à Moscou\"");
    expect(block).toContain(`    - value: 2025-04-03/2025-04-04\n      cite:\n        - source: nouveau-chapitre-2025-04\n          quote: ${JSON.stringify(claims[0]!.quote)}`);
    expect(block).toMatch(/\n {2}preferred: 2025-04-01\/2025-04-05 /);
  });

  it("gives a block that, pasted in, passes the check", () => {
    const p = extractFromSource(timeline, "nouveau-chapitre-2025-04", { useExistingCitations: false }).find((x) => x.proposal === "claim")!;
    const file = path.join(content, `events/${moscow}.md`);
    const text = fs.readFileSync(file, "utf8").replace("date: 2025-04-01/2025-04-05", p.claims!).replace("sources: [bamada-2025-04]", "sources: [bamada-2025-04, nouveau-chapitre-2025-04]");
    fs.writeFileSync(file, text);
    const reloaded = loadTimeline({}, content).timeline.eventById.get(moscow)!;
    expect(reloaded.date.claims.map((c) => c.text)).toEqual(["2025-04-01/2025-04-05", "2025-04-03/2025-04-04"]);
  });
});
