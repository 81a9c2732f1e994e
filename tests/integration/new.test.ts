/**
 * `npm run new` on a copy of the real content, checked by the real `npm run
 * check`: a scaffold fails only on its own placeholders, passes once they are
 * filled, is never written over, and bad arguments change nothing.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/site.ts";

let content: string;
let env: Record<string, string>;

beforeEach(() => {
  content = path.join(tempDir("new"), "content");
  fs.cpSync(path.join(ROOT, "content"), content, { recursive: true });
  env = { FRISE_CONTENT: content };
});

/** Errors `npm run check` prints, as [file relative to the content folder, line, message]. */
async function checkErrors(): Promise<{ code: number; errors: [string, number, string][] }> {
  const result = await runCli("check", env);
  const errors = result.stderr
    .split("\n")
    .map((line) => /^(.+?):(\d+):(\d+): error: (.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [string, number, string] => [path.relative(content, m[1]!), Number(m[2]), m[4]!]);
  return { code: result.code, errors };
}

const lineOf = (file: string, needle: string) => fs.readFileSync(file, "utf8").split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("npm run new -- event", () => {
  it("creates the file named from date and title, citing its source's opening words: check passes as written, warning about the sentence to write", async () => {
    const result = await runCli("new", env, ["event", "Réunion de l'AES à Moscou", "--date", "2025-09-24", "--source", "bamada-2025-04"]);
    expect(result.code).toBe(0);
    const rel = "events/2025-09-24-reunion-de-l-aes-a-moscou.md";
    const file = path.join(content, rel);
    expect(result.stdout).toContain(`created ${file}`);
    expect(fs.readFileSync(file, "utf8")).toMatch(/\[@bamada-2025-04 "[^"]+"\]/);

    expect(await checkErrors()).toEqual({ code: 0, errors: [] });
    const check = await runCli("check", env);
    expect(check.stderr).toContain(`${file}:${lineOf(file, "À RÉDIGER")}:1: warning: body: the scaffold's « À RÉDIGER » sentence is still there`);

    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace(/À RÉDIGER[^\n]*\n\[@bamada-2025-04 "[^"]+"\]/, 'Les consultations sont datées du 1er au 5 avril [@bamada-2025-04 "tenues du 1er au 5 avril 2025 à Moscou"]'));
    expect(await checkErrors()).toEqual({ code: 0, errors: [] });
    expect((await runCli("check", env)).stderr).not.toContain("À RÉDIGER");
  });

  it("with an unknown --source, points check at the citation it cannot verify", async () => {
    expect((await runCli("new", env, ["event", "Autre réunion", "--date", "2025-09-25", "--source", "pas-encore-archivee"])).code).toBe(0);
    const rel = "events/2025-09-25-autre-reunion.md";
    const { code, errors } = await checkErrors();
    expect(code).toBe(1);
    expect(errors.every(([f]) => f === rel)).toBe(true);
    expect(errors.map(([, , m]) => m.replace(/:.*$/, ""))).toContain("sources");
  });

  it("without --source, points check at both placeholders: the sources list and the citation", async () => {
    expect((await runCli("new", env, ["event", "Annonce", "--date", "2025-04-01/2025-04-02"])).code).toBe(0);
    const rel = "events/2025-04-01-annonce.md";
    const file = path.join(content, rel);
    const { errors } = await checkErrors();
    expect(errors.map(([f, line, message]) => [f, line, message.replace(/:.*$/, "")])).toEqual([
      [rel, lineOf(file, "sources: [id-de-la-source]"), "sources"],
      [rel, lineOf(file, "[@id-de-la-source"), "citation"],
    ]);
  });

  it("refuses to overwrite an existing file, leaving it untouched", async () => {
    const args = ["event", "Réunion de l'AES à Moscou", "--date", "2025-09-24"];
    expect((await runCli("new", env, args)).code).toBe(0);
    const file = path.join(content, "events/2025-09-24-reunion-de-l-aes-a-moscou.md");
    fs.writeFileSync(file, "edited by hand");
    const again = await runCli("new", env, args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} already exists: nothing was written`);
    expect(fs.readFileSync(file, "utf8")).toBe("edited by hand");
  });

  it("refuses an id already used in a subfolder", async () => {
    fs.mkdirSync(path.join(content, "events/2025"));
    fs.renameSync(path.join(content, "events/2025-04-01-annonce-premieres-consultations-aes-russie.md"), path.join(content, "events/2025/2025-04-01-annonce-premieres-consultations-aes-russie.md"));
    const result = await runCli("new", env, ["event", "Annonce premières consultations AES–Russie", "--date", "2025-04-01"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/events\/2025\/2025-04-01-annonce-premieres-consultations-aes-russie\.md already exists/);
  });

  it("answers bad arguments with the usage and exit 2, writing nothing", async () => {
    const files = listFiles(content);
    for (const args of [[], ["event", "X"], ["event", "X", "--date", "2025-02-30"], ["entity", "people", "X"], ["source", "X", "--published", "2025", "--bogus"]]) {
      const result = await runCli("new", env, args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^frise: .+\nusage:\n {2}npm run new -- event/);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    expect(listFiles(content)).toEqual(files);
  });
});

describe("npm run new -- source and entity", () => {
  it("creates a source that check refuses until its text is pasted in", async () => {
    const result = await runCli("new", env, ["source", "Un article", "--outlet", "Le Journal", "--published", "2025-04-10", "--url", "https://example.org/article"]);
    expect(result.code).toBe(0);
    const rel = "sources/le-journal-2025-04-10.md";
    const file = path.join(content, rel);
    const { errors } = await checkErrors();
    expect(errors).toEqual([[rel, fs.readFileSync(file, "utf8").split("\n").length, "body: is empty: expected the article's archived text after the front matter"]]);
    fs.appendFileSync(file, "Le texte de l'article.\n");
    expect(await checkErrors()).toEqual({ code: 0, errors: [] });
  });

  it("takes the article's text from --text, and then passes check as written", async () => {
    const article = path.join(tempDir("article"), "article.txt");
    fs.writeFileSync(article, "Les ministres se sont réunis.\n\nDeuxième paragraphe.\n");
    const result = await runCli("new", env, ["source", "Un autre article", "--outlet", "La Gazette", "--published", "2025-10-03", "--text", article]);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(content, "sources/la-gazette-2025-10-03.md"), "utf8")).toMatch(/---\nLes ministres se sont réunis\.\n\nDeuxième paragraphe\.\n$/);
    expect(await checkErrors()).toEqual({ code: 0, errors: [] });
    const missing = await runCli("new", env, ["source", "Encore", "--published", "2025-10-03", "--text", "/nonexistent.txt"]);
    expect(missing.code).toBe(2);
  });

  it("creates an entity that passes check as it is, through `npm run new --` as documented", async () => {
    const run = promisify(execFile);
    const { stdout } = await run("npm", ["run", "--silent", "new", "--", "entity", "place", "Bamako"], { cwd: ROOT, env: { ...process.env, ...env } });
    expect(stdout).toContain("entities/bamako.md");
    expect(fs.readFileSync(path.join(content, "entities/bamako.md"), "utf8")).toMatch(/^kind: place {3}#/m);
    expect(await checkErrors()).toEqual({ code: 0, errors: [] });
  });
});

describe("what a new editor hit with npm run new", () => {
  it("--help prints the usage and exits 0, wherever it is on the line", async () => {
    for (const args of [["--help"], ["event", "--help"], ["-h"]]) {
      const result = await runCli("new", env, args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^usage:\n {2}npm run new -- event /);
      expect(result.stderr).toBe("");
    }
  });

  it("new source --text says to read the text through, not to paste it", async () => {
    const article = path.join(tempDir("article"), "article.txt");
    fs.writeFileSync(article, "Un paragraphe.\n\nUn autre.\n");
    const result = await runCli("new", env, ["source", "Un article", "--published", "2025-10-03", "--text", article]);
    expect(result.stdout).not.toMatch(/paste/);
    expect(result.stdout).toMatch(/next: read the archived text through/);
  });

  it("new event --source with an unknown id warns at once, with the likely id", async () => {
    const result = await runCli("new", env, ["event", "Une réunion", "--date", "2025-09-25", "--source", "bamada-2025-4"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^frise: warning: unknown source "bamada-2025-4": .*did you mean "bamada-2025-04"\?: its citation will fail npm run check until that source exists$/m);
  });

  it("a content folder without site.yml is warned about; npm run new -- site writes one that passes check", async () => {
    fs.rmSync(path.join(content, "site.yml"));
    const before = await runCli("check", env);
    expect(before.stderr).toMatch(/site\.yml:1:1: warning: no site\.yml: the site is built with the default title "frise" .*npm run new -- site/);
    const bad = await runCli("new", env, ["site", "Ma frise", "--url", "https://user:pw@example.org/"]);
    expect(bad.code).toBe(2);
    expect(fs.existsSync(path.join(content, "site.yml"))).toBe(false);
    const made = await runCli("new", env, ["site", "Ma frise", "--language", "en-gb", "--url", "https://example.net/frise"]);
    expect(made.code).toBe(0);
    expect(fs.readFileSync(path.join(content, "site.yml"), "utf8")).toMatch(/^title: "Ma frise"\n.*\nlanguage: en-GB\nbaseUrl: "https:\/\/example\.net\/frise\/"\n/ms);
    expect((await runCli("new", env, ["site", "Autre"])).code).toBe(1); // never written over
  });
});
