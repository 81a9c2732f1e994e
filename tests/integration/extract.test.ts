/**
 * `npm run extract` as editors run it, through the real CLI: the report and
 * --json on every seed source (each quote passing the project's own quote
 * finder), bad usage (exit 2, one line and the usage, no stack trace),
 * nothing written without --write, and --write on a copy of the content:
 * new events that pass `npm run check`, never over an existing file. Also on
 * a source just added with `npm run new -- source … --text`, and on the
 * English fixture.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Proposal } from "../../src/extract/extract.ts";
import { findQuote, normalizeQuote, normalizeText } from "../../src/model/quotes.ts";
import { parseMarkdown, textBlocks } from "../../src/render/markdown.ts";
import { parseContentFile } from "../../src/content/frontmatter.ts";
import { Diagnostics } from "../../src/content/diagnostics.ts";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/site.ts";

const SEEDS = ["bamada-2025-04", "malikonews-2025-09", "nouveau-chapitre-2025-04", "premiere-session-2025-04", "visite-moscou-2025-04"];

let content: string;
let env: Record<string, string>;

beforeEach(() => {
  content = path.join(tempDir("extract"), "content");
  fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
  env = { FRISE_CONTENT: content };
});

const snapshot = (dir: string) => listFiles(dir).map((f) => `${f} ${createHash("sha256").update(fs.readFileSync(path.join(dir, f))).digest("hex")}`);

/** The quote check as the model runs it: the source's text blocks, normalised. */
function quoteHolds(sourceFile: string, quote: string): boolean {
  const parsed = parseContentFile(sourceFile, fs.readFileSync(sourceFile, "utf8"), new Diagnostics())!;
  const blocks = textBlocks(parseMarkdown(parsed.body, {})).map((b) => normalizeText(b.text));
  return findQuote(blocks, normalizeQuote(quote)).found && !quote.includes('"');
}

async function checkResult(): Promise<{ code: number; errors: string[] }> {
  const result = await runCli("check", env);
  return { code: result.code, errors: result.stderr.split("\n").filter((l) => /: error: /.test(l)) };
}

describe("npm run extract on the seed sources", () => {
  it("prints a readable report for each, and writes nothing", async () => {
    const before = snapshot(content);
    for (const id of SEEDS) {
      const result = await runCli("extract", env, [id]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^${id} \\(published 2025-0[49]\\): \\d+ dated statements?`));
      expect(result.stdout).toMatch(/sources\/.+\.md:\d+ {2}«.+» → \S+\n {2}quote {6}\S/);
    }
    const bamada = (await runCli("extract", env, ["bamada-2025-04"])).stdout;
    expect(bamada).toContain("«du 1er au 5 avril 2025» → 2025-04-01/2025-04-05");
    expect(bamada).toContain("proposal   cite 2025-04-premieres-consultations-aes-russie-moscou (same date as its 2025-04-01/2025-04-05)");
    expect(bamada).toContain('citation   [@bamada-2025-04 "tenues du 1er au 5 avril 2025 à Moscou"]');
    expect(snapshot(content)).toEqual(before);
  });

  it("--json gives every field, and every quote passes the quote check", async () => {
    const result = await runCli("extract", env, [...SEEDS, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const proposals = JSON.parse(result.stdout) as Proposal[];
    expect(proposals.length).toBeGreaterThanOrEqual(12);
    for (const p of proposals) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(["date", "phrase", "quote", "line", "entities", "proposal"]));
      expect(["new-event", "cite", "claim"]).toContain(p.proposal);
      if (p.proposal !== "new-event") expect(p.event).toMatch(/^\d{4}/);
      expect(quoteHolds(path.join(content, "sources", `${p.source}.md`), p.quote), p.quote).toBe(true);
      // The line holds the phrase (or its first words, for a phrase across a line break).
      expect(fs.readFileSync(path.join(content, "sources", `${p.source}.md`), "utf8").split("\n")[p.line - 1]).toContain(p.phrase.split("\n")[0]);
    }
    const defence = proposals.find((p) => p.phrase === "il y a quelques semaines")!;
    expect(defence).toMatchObject({ date: "../2025-09-24", proposal: "cite", event: "2025-09-24-reunion-ministres-defense-aes-moscou", line: 26 });
  });
});

describe("bad usage", () => {
  it.each([
    [[], /^frise: which source\?/],
    [["--json"], /^frise: which source\?/],
    [["bamada-2025-04", "--bogus"], /^frise: Unknown option '--bogus'/],
    [["bamada-2025"], /^frise: unknown source "bamada-2025": did you mean bamada-2025-04\?/],
    [["nope"], /^frise: unknown source "nope": expected the id of a file in sources\/ \(5 sources\)/],
  ])("%j: one line and the usage, exit 2", async (args, message) => {
    const before = snapshot(content);
    const result = await runCli("extract", env, args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(2);
    expect(result.stderr).toMatch(/\nusage: npm run extract -- <source-id>\.\.\. \[--json\] \[--write\]\n$/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe("");
    expect(snapshot(content)).toEqual(before);
  });
});

describe("npm run extract -- --write", () => {
  it("creates the proposed new events, which pass npm run check, and never overwrites", async () => {
    const result = await runCli("extract", env, [...SEEDS, "--write"]);
    expect(result.code, result.stderr).toBe(0);
    const created = [...result.stderr.matchAll(/^frise: created (.+\.md) /gm)].map((m) => m[1]!);
    expect(created.length).toBeGreaterThan(0);
    for (const file of created) {
      const text = fs.readFileSync(file, "utf8");
      expect(text).toMatch(/\[@[a-z0-9-]+ "[^"]+"\]/);
      expect(text).toContain("À RÉDIGER");
    }
    expect(await checkResult()).toEqual({ code: 0, errors: [] });

    // Again: the new events now hold those passages, so nothing is left to write; nothing changes.
    const before = snapshot(content);
    const again = await runCli("extract", env, [...SEEDS, "--write"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("frise: no new event to write");
    expect(snapshot(content)).toEqual(before);
  });

  it("leaves an existing file with the same name untouched", async () => {
    const written = await runCli("extract", env, ["bamada-2025-04", "--write"]);
    const file = /^frise: created (.+\.md) /m.exec(written.stderr)![1]!;
    // An editor reuses the file for another event: the proposal comes back, and must not be written over it.
    const edited = ["---", "title: Autre chose", "date: 2024-01-01", "sources: [bamada-2025-04]", "---", 'Texte [@bamada-2025-04 "Sous la présidence du Général d’armée Assimi Goïta"].', ""].join("\n");
    fs.writeFileSync(file, edited);
    const again = await runCli("extract", env, ["bamada-2025-04", "--write"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${file} already exists: not written`);
    expect(fs.readFileSync(file, "utf8")).toBe(edited);
  });
});

describe("a source added with npm run new -- source --text", () => {
  it("is extracted, and --write gives events that pass the check", async () => {
    const article = path.join(tempDir("article"), "article.txt");
    fs.writeFileSync(
      article,
      [
        "Les ministres des Affaires étrangères de l’AES se sont réunis à Niamey le 12 octobre 2025, en présence de l’ambassadeur de la Fédération de Russie.",
        "",
        "La prochaine réunion se tiendra à Ouagadougou au premier semestre 2026, a indiqué Abdoulaye Diop.",
      ].join("\n"),
    );
    const created = await runCli("new", env, ["source", "Réunion de Niamey", "--outlet", "Le Sahel", "--published", "2025-10-13", "--text", article]);
    expect(created.code, created.stderr).toBe(0);
    const result = await runCli("extract", env, ["le-sahel-2025-10-13", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const proposals = JSON.parse(result.stdout) as Proposal[];
    expect(proposals.map((p) => [p.phrase, p.date, p.proposal])).toEqual([
      ["12 octobre 2025", "2025-10-12", "new-event"],
      ["au premier semestre 2026", "2026-01/2026-06", "new-event"],
    ]);
    expect(proposals[0]!.entities).toEqual(["aes", "russie"]);
    expect(proposals[0]!.candidates).toEqual(["Niamey"]);
    expect((await runCli("extract", env, ["le-sahel-2025-10-13", "--write"])).code).toBe(0);
    expect(await checkResult()).toEqual({ code: 0, errors: [] });
    const events = listFiles(path.join(content, "events")).filter((f) => f.startsWith("2025-10-12") || f.startsWith("2026-01"));
    expect(events).toHaveLength(2);
    expect(fs.readFileSync(path.join(content, "events", events.find((f) => f.startsWith("2025-10-12"))!), "utf8")).toMatch(/^about: \[aes, russie\]/m);
  });
});

describe("the English fixture", () => {
  it("proposes the other article's closure dates as a claim on the closure event", async () => {
    const fixture = path.join(tempDir("extract-en"), "content");
    fs.cpSync(path.join(ROOT, "tests/fixtures/extract-en"), fixture, { recursive: true });
    const result = await runCli("extract", { FRISE_CONTENT: fixture }, ["harbour-news-2025-03", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const claim = (JSON.parse(result.stdout) as Proposal[]).find((p) => p.proposal === "claim" && p.event === "2025-03-10-northbridge-bridge-closed-for-repairs")!;
    expect(claim).toMatchObject({ phrase: "March 10–16, 2025", date: "2025-03-10/2025-03-16", addSource: true });
    // Pasted in, with the source listed, the claims block passes the check.
    const file = path.join(fixture, "events/2025-03-10-northbridge-bridge-closed-for-repairs.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("date: 2025-03-10/2025-03-14", claim.claims!).replace("sources: [northbridge-gazette-2025-03-05]", "sources: [northbridge-gazette-2025-03-05, harbour-news-2025-03]"));
    const check = await runCli("check", { FRISE_CONTENT: fixture });
    expect(check.code, check.stderr).toBe(0);
  });
});
