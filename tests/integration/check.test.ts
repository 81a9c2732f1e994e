/**
 * `npm run check` as editors and CI run it: every problem at once, each as
 * `path:line:column: severity: message` (read back with the problem matcher
 * of .vscode/tasks.json), GitHub annotations under Actions, warnings that do
 * not fail (unless --strict), and fast on the real content.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir, type CliResult } from "../helpers/site.ts";

const DIAGNOSTIC = /^(\S.*?):(\d+):(\d+): (error|warning): (.*)$/;
const diagnosticLines = (stderr: string) => stderr.split("\n").filter((l) => DIAGNOSTIC.test(l));

describe("on the real content", () => {
  let result: CliResult;
  let wall: number;
  beforeAll(async () => {
    const started = Date.now();
    result = await runCli("check", {});
    wall = Date.now() - started;
  });

  it("passes, printing warnings in the editors' format, and says how long it took", () => {
    expect(result.code).toBe(0);
    const lines = result.stderr.trim().split("\n");
    const summary = lines.pop()!;
    expect(summary).toMatch(/^frise: content is valid \(\d+ events, \d+ sources, \d+ entities\), \d+ warnings?; checked in \d+ ms$/);
    for (const line of lines) expect(line).toMatch(/^content\/[a-z]+\/[a-z0-9-]+\.md:\d+:\d+: warning: /);
    expect(lines.some((l) => l.includes("warning: sources: this event rests on a single source"))).toBe(true);
  });

  it("validates everything in under a second (plus the start of Node and tsx)", () => {
    const ms = Number(/checked in (\d+) ms/.exec(result.stderr)![1]);
    expect(ms).toBeLessThan(1000);
    expect(wall).toBeLessThan(5000);
  });

  it("fails on warnings with --strict", async () => {
    const strict = await runCli("check", {}, ["--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: warnings fail/);
  });

  it("answers an unknown argument with the usage and exit 2", async () => {
    const bad = await runCli("check", {}, ["--fix"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("frise: unknown argument --fix\nusage: npm run check [-- --strict]\n");
  });
});

describe("on content with mistakes in several files", () => {
  let content: string;
  let result: CliResult;
  const firstEvent = "events/2025-04-01-annonce-premieres-consultations-aes-russie.md";

  beforeAll(async () => {
    content = path.join(tempDir("check"), "content");
    fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
    const event = path.join(content, firstEvent);
    fs.writeFileSync(event, fs.readFileSync(event, "utf8").replace(/^date: .*$/m, "date: 2025-02-30"));
    fs.writeFileSync(path.join(content, "sources/mauvaise.md"), "---\ntitle: Un article\npublished: 2025-04\nlanguage: French\n---\n");
    fs.writeFileSync(path.join(content, "entities/mauvaise.md"), "---\nkind: people\nname: X\n---\n");
    fs.writeFileSync(path.join(content, "events/2025-05-01-yaml.md"), "---\ntitle: [pas fermé\ndate: 2025\n---\nTexte.\n");
    fs.writeFileSync(path.join(content, "notes.txt"), "brouillon");
    result = await runCli("check", { FRISE_CONTENT: content });
  });

  const rel = (line: string) => line.replace(`${content}/`, "");

  it("reports every problem in one run, sorted by file, each with line and column, and exits 1", () => {
    expect(result.code).toBe(1);
    const errors = diagnosticLines(result.stderr).filter((l) => l.includes(": error: ")).map(rel);
    expect(errors).toEqual([
      'entities/mauvaise.md:2:7: error: kind: "people" is not a kind of entity: expected one of person, organisation, country, place, topic',
      `${firstEvent}:3:7: error: date: "2025-02-30" does not exist: February 2025 has no day 30`,
      expect.stringMatching(/^events\/2025-05-01-yaml\.md:3:1: error: invalid YAML: /),
      "notes.txt:1:1: error: unknown file: frise reads site.yml, sources/<id>.md, events/<id>.md and entities/<id>.md; move or remove this file",
      "sources/mauvaise.md:4:11: error: language: \"French\" is not a language code: expected a code such as fr or en",
      "sources/mauvaise.md:6:1: error: body: is empty: expected the article's archived text after the front matter",
    ]);
    expect(result.stderr).toMatch(/\nfrise: 6 errors in content, \d+ warnings; checked in \d+ ms\n$/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("prints lines that the problem matcher of .vscode/tasks.json reads as file, line, column, severity, message", () => {
    const tasks = JSON.parse(fs.readFileSync(path.join(ROOT, ".vscode/tasks.json"), "utf8")) as {
      tasks: { label: string; script: string; problemMatcher: { pattern: Record<string, string | number> } }[];
    };
    for (const task of tasks.tasks) {
      const p = task.problemMatcher.pattern;
      const regexp = new RegExp(p.regexp as string);
      const matched = result.stderr.split("\n").flatMap((line) => {
        const m = regexp.exec(line);
        return m ? [{ file: m[p.file as number]!, line: Number(m[p.line as number]), column: Number(m[p.column as number]), severity: m[p.severity as number], message: m[p.message as number]! }] : [];
      });
      expect(matched.length, task.label).toBe(diagnosticLines(result.stderr).length);
      expect(matched.filter((m) => m.severity === "error").length).toBe(6);
      for (const m of matched) {
        expect(fs.existsSync(m.file), m.file).toBe(true);
        expect(m.line).toBeGreaterThan(0);
        expect(m.column).toBeGreaterThan(0);
        expect(["error", "warning"]).toContain(m.severity);
      }
      expect(matched).toContainEqual({ file: path.join(content, "sources/mauvaise.md"), line: 4, column: 11, severity: "error", message: 'language: "French" is not a language code: expected a code such as fr or en' });
    }
  });

  it("also writes GitHub Actions annotations when run under Actions", async () => {
    const actions = await runCli("check", { FRISE_CONTENT: content, GITHUB_ACTIONS: "true" });
    expect(actions.code).toBe(1);
    const annotations = actions.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations.length).toBe(diagnosticLines(actions.stderr).length);
    expect(annotations).toContain(`::error file=${path.join(content, "sources/mauvaise.md")},line=4,col=11,title=frise::language: "French" is not a language code: expected a code such as fr or en`);
    expect(annotations.filter((a) => a.startsWith("::warning file="))).not.toEqual([]);
    const plain = await runCli("check", { FRISE_CONTENT: content, GITHUB_ACTIONS: "" });
    expect(plain.stdout).not.toContain("::error");
  });
});
