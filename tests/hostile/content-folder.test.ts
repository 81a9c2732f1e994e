/**
 * A hostile content folder: links, odd files, odd names, odd values. Nothing
 * outside the folder is read or printed; every problem is one line of the
 * `path:line:column: severity: field: message` form, in the same order on
 * every machine.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { capMessage, Diagnostics, formatDiagnostic, MAX_MESSAGE } from "../../src/content/diagnostics.ts";
import { contentFolder, EVENT_FILE, failWith, findError, loadFail, loadOk, md } from "../helpers/content.ts";
import { ROOT, tempDir } from "../helpers/site.ts";

const SECRET = "s3cr3t-value-from-outside";

/** A file outside any content folder, holding what must never be published or printed. */
function outsideFiles(): { yaml: string; markdown: string; folder: string } {
  const dir = tempDir("outside");
  const yaml = path.join(dir, "secret.yml");
  fs.writeFileSync(yaml, `title: ${SECRET}\nlanguage: "${SECRET}"\n`);
  const markdown = path.join(dir, "secret.md");
  fs.writeFileSync(markdown, md(["title: Secret", "published: 2025-04-02", "language: fr"], `The text ${SECRET}.`));
  const folder = path.join(dir, "events");
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, "2025-01-01-x.md"), md([`title: ${SECRET}`, "date: 2025-01-01", "sources: [source-a]"], `${SECRET}`));
  return { yaml, markdown, folder };
}

describe("symbolic links", () => {
  const outside = outsideFiles();

  it.each([
    ["a source linked to a file outside the repository", "sources/leak.md", outside.markdown],
    ["site.yml linked to a YAML file outside", "site.yml", outside.yaml],
    ["a folder linked to a folder outside", "events/more", outside.folder],
    ["a dangling link", "sources/gone.md", path.join(outside.folder, "missing.md")],
    ["a link to a file inside the folder", "sources/copy.md", "source-a.md"],
    ["a link to a folder inside the folder", "events/again", "."],
  ])("%s is an error naming the link, and nothing of the target is read", (_, link, target) => {
    const dir = contentFolder({ [link]: null });
    fs.symlinkSync(target, path.join(dir, link));
    const failure = loadFail(dir);
    findError(failure, { file: link, message: /^is a symbolic link: links are refused in the content folder/ });
    expect(failure.lines.join("\n")).not.toContain(SECRET);
    expect(failure.errors).toHaveLength(1);
  });

  it("a content folder that is itself a link is refused", () => {
    const real = contentFolder();
    const link = path.join(tempDir("link"), "content");
    fs.symlinkSync(real, link);
    expect(loadFail(link).lines).toEqual([`${link}:1:1: error: the content folder is a symbolic link: frise reads a real folder (set FRISE_CONTENT to the folder itself)`]);
  });
});

describe("files that are not regular files", () => {
  it("a named pipe is reported, not read (reading it would wait for ever)", () => {
    const dir = contentFolder();
    execFileSync("mkfifo", [path.join(dir, "sources/pipe.md")]);
    findError(loadFail(dir), { file: "sources/pipe.md", message: /is not a regular file/ });
  });
});

describe("every diagnostic is one line of bounded length", () => {
  it("a newline in a file name does not split the message", () => {
    const failure = failWith({ "events/a\nb.md": md(["title: X"]) });
    const line = failure.lines.find((l) => l.includes("is not a valid id"));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/[\n\r]/);
    expect(line).toContain("events/a\\u{000A}b.md:1:1: error:");
  });

  it("a bidi control in a file name is shown escaped, so it cannot disguise the line", () => {
    const failure = failWith({ "events/x\u202Egnp.md": md(["title: X"]) });
    expect(failure.lines.join("\n")).toContain("x\\u{202E}gnp.md");
    expect(failure.lines.join("\n")).not.toContain("\u202E");
  });

  it("a 1 MB value is shortened with …", () => {
    const huge = "x".repeat(1_000_000);
    const failure = failWith({ "sources/source-a.md": md(["title: Article A", "published: 2025-04-02", `language: ${huge}`]) });
    const line = failure.lines.find((l) => l.includes("language"))!;
    expect(line.length).toBeLessThan(MAX_MESSAGE + 200);
    expect(line).toMatch(/"x+…x+" is not a language code/);
  });

  it("capMessage keeps short messages whole and cuts any message to its limit", () => {
    expect(capMessage('"short" is fine')).toBe('"short" is fine');
    expect(capMessage("y".repeat(5000))).toHaveLength(MAX_MESSAGE);
  });
});

describe("values are kept as written", () => {
  it("title: 007, 0x10, 12.50, .inf and a 39-digit number stay the text that was written", () => {
    const titles = ["007", "0x10", "12.50", ".inf", "123456789012345678901234567890123456789"];
    const files = Object.fromEntries(
      titles.map((title, i) => [
        `events/2025-04-0${i + 1}-n.md`,
        md([`title: ${title}`, `date: 2025-04-0${i + 1}`, "sources: [source-a]"], `Un fait [@source-a "se rendront à Moscou"].`),
      ]),
    );
    const { timeline } = loadOk(contentFolder({ ...files, [EVENT_FILE]: null }));
    expect(timeline.events.map((e) => e.title).sort()).toEqual([...titles].sort());
  });

  it("a list where a text is expected is named as such, and .inf is never 'number null'", () => {
    const failure = failWith({ "entities/moscou.md": md(["kind: place", "name: [.inf]"]) });
    findError(failure, { file: "entities/moscou.md", line: 3, field: "name", message: /found a list/ });
    expect(failure.lines.join("\n")).not.toContain("null");
  });
});

describe("diagnostics are sorted the same way on every machine", () => {
  it("sorts by code units, not by the locale", () => {
    const diags = new Diagnostics();
    for (const file of ["idea.txt", "Notes.txt", "ıi.txt", "Île.txt", "a.txt"]) diags.error({ file, message: "m" });
    expect(diags.sorted().map((d) => d.file)).toEqual(["Notes.txt", "a.txt", "idea.txt", "Île.txt", "ıi.txt"]);
  });

  it("npm run check prints the same lines under a Turkish and a C locale", () => {
    const dir = contentFolder({ "Notes.txt": "x", "idea.txt": "x", "Île.txt": "x", "ıi.txt": "x" });
    const run = (lang: string) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli/check.ts"], { cwd: ROOT, env: { ...process.env, FRISE_CONTENT: dir, LANG: lang, LC_ALL: lang }, encoding: "utf8" });
    const turkish = run("tr_TR.UTF-8");
    const plain = run("C.UTF-8");
    expect(turkish.status).toBe(1);
    const lines = (out: string) => out.split("\n").filter((l) => l.includes(": error: "));
    expect(lines(turkish.stderr)).toEqual(lines(plain.stderr));
    expect(lines(plain.stderr).map((l) => path.basename(l.split(":")[0]!))).toEqual(["Notes.txt", "idea.txt", "Île.txt", "ıi.txt"]);
  });
});

describe("a diagnostic names what it is about", () => {
  it("formats a whole-file problem at 1:1", () => {
    expect(formatDiagnostic({ severity: "error", file: "a.md", message: "m" })).toBe("a.md:1:1: error: m");
  });
});

describe("hidden files and folders", () => {
  it("a hidden folder (an editor's tool state, drafts) is never read or published: one warning", () => {
    const dir = contentFolder({ "sources/.drafts/secret.md": md(["title: Brouillon", "published: 2025-04-02", "language: fr"], "Brouillon."), ".obsidian/app.json": "{}" });
    const { timeline, diagnostics } = loadOk(dir);
    expect(timeline.sources.map((s) => s.id)).not.toContain("secret");
    const hidden = diagnostics.map(formatDiagnostic).filter((l) => l.includes("hidden"));
    expect(hidden).toEqual([expect.stringMatching(/\.obsidian:1:1: warning: hidden folder ignored/), expect.stringMatching(/sources\/\.drafts:1:1: warning: hidden folder ignored/)]);
  });
});

describe("a broken entity file", () => {
  it("gives its own error, not one more in every event that names it", () => {
    const failure = failWith({ "entities/abdoulaye-diop.md": "---\nkind: person\nname: [\n---\n" });
    expect(failure.lines.filter((l) => !l.includes("entities/abdoulaye-diop.md"))).toEqual([]);
  });
});

describe("the same mistake repeated many times", () => {
  it("costs one search: 3,000 citations of one misquote and 3,000 references to one misspelt name", () => {
    const body = Array.from({ length: 3000 }, () => '[@source-a "se rendront à Moscou les 3 et 5 avril 2025"]').join(" ");
    const participants = `participants: [${Array.from({ length: 3000 }, () => "Abdoulaye Diob").join(", ")}]`;
    const started = performance.now();
    const failure = failWith({ [EVENT_FILE]: md(["title: X", "date: 2025-04-03", participants, "sources: [source-a]"], body) });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(failure.lines.filter((l) => l.includes("closest passage"))).toHaveLength(3000);
    expect(failure.lines.filter((l) => l.includes('did you mean "Abdoulaye Diop"'))).toHaveLength(3000);
  });
});
