/**
 * A tiny builder for temporary content folders: a valid default folder (site.yml,
 * two sources, one event, four entities) that a test overrides file by file, then
 * loads through the public entry `loadTimeline`. Files are plain text so a test can
 * see on which line each field sits: `md([...fields], body)` puts fields[i] on line i + 2.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";
import { ContentError, formatDiagnostic, loadTimeline, type Diagnostic, type LoadResult } from "../../src/index.ts";
import { tempDir } from "./site.ts";

/** A content file: `---`, the front matter lines, `---`, the body (which starts on line fields.length + 3). */
export function md(frontMatter: readonly string[], body = ""): string {
  return ["---", ...frontMatter, "---", body].join("\n");
}

export const SOURCE_A_BODY = [
  "Les ministres des Affaires étrangères se rendront à Moscou les 3 et 4 avril 2025.",
  "",
  "L’Alliance des États du Sahel (AES) renforce sa coopération avec la Russie.",
].join("\n");

export const SOURCE_B_BODY = "Les consultations se sont tenues du 1er au 5 avril 2025 à Moscou, sous la conduite d’Abdoulaye Diop.";

export const EVENT_FILE = "events/2025-04-03-consultations.md";

/** The default files; every one is valid and the whole folder loads without errors. */
export function defaultFiles(): Record<string, string> {
  return {
    "site.yml": 'title: "Frise de test"\nlanguage: fr\nbaseUrl: "https://example.org/"\n',
    "sources/source-a.md": md(["title: Article A", "outlet: Journal A", "published: 2025-04-02", "language: fr"], SOURCE_A_BODY),
    "sources/source-b.md": md(["title: Article B", "published: 2025-04", "language: fr"], SOURCE_B_BODY),
    "entities/moscou.md": md(["kind: place", "name: Moscou", "aliases: [Moscow]"]),
    "entities/aes.md": md(["kind: organisation", "name: AES", "aliases: [Alliance des États du Sahel]"]),
    "entities/abdoulaye-diop.md": md(["kind: person", "name: Abdoulaye Diop"]),
    "entities/diplomatie.md": md(["kind: topic", "name: Diplomatie"]),
    [EVENT_FILE]: md(
      [
        "title: Consultations à Moscou",
        "date: 2025-04-03/2025-04-04",
        "place: Moscou",
        "participants: [Abdoulaye Diop]",
        "topics: [diplomatie]",
        "about: [AES]",
        "sources: [source-a, source-b]",
      ],
      'Les ministres vont à Moscou [@source-a "se rendront à Moscou les 3 et 4 avril 2025"] ; les consultations durent cinq jours [@source-b "du 1er au 5 avril 2025"].',
    ),
  };
}

/** One parent folder per test file, removed after the file's tests (the hook joins the importing file). */
let root: string | undefined;
function freshDir(): string {
  root ??= tempDir("content");
  return fs.mkdtempSync(path.join(root, "c-"));
}
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/**
 * Writes the default files with `overrides` applied (a `null` value removes a default
 * file) into a fresh temporary folder and returns its path.
 */
export function contentFolder(overrides: Record<string, string | null> = {}, { defaults = true } = {}): string {
  const dir = freshDir();
  const files: Record<string, string | null> = { ...(defaults ? defaultFiles() : {}), ...overrides };
  for (const [rel, text] of Object.entries(files)) {
    if (text === null) continue;
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

/** Loads a folder that must be valid; a ContentError fails the test with its diagnostics. */
export function loadOk(dir: string, env: NodeJS.ProcessEnv = {}): LoadResult {
  try {
    return loadTimeline(env, dir);
  } catch (error) {
    if (error instanceof ContentError) throw new Error(`expected ${dir} to load, got:\n${error.diagnostics.map(formatDiagnostic).join("\n")}`);
    throw error;
  }
}

export interface Failure {
  dir: string;
  /** Errors only, in the loader's order. */
  errors: Diagnostic[];
  /** Each error as the CLI prints it (`path:line: field: message`). */
  lines: string[];
}

/** Loads a folder that must be refused and returns its errors. */
export function loadFail(dir: string, env: NodeJS.ProcessEnv = {}): Failure {
  try {
    loadTimeline(env, dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const errors = error.diagnostics.filter((d) => d.severity === "error");
    return { dir, errors, lines: errors.map(formatDiagnostic) };
  }
  throw new Error(`expected ${dir} to be refused, but it loaded`);
}

/** Writes the defaults with overrides and loads them, expecting a refusal. */
export function failWith(overrides: Record<string, string | null>, options?: { defaults?: boolean }): Failure {
  return loadFail(contentFolder(overrides, options));
}

export interface Expected {
  /** Path relative to the content folder, e.g. `events/x.md`. */
  file: string;
  line?: number;
  field?: string;
  /** The stable words of the message. */
  message: RegExp;
}

/**
 * The one error matching `expected`, whose printed form starts `dir/file:line: field: `.
 * Fails with every error listed, so a changed message is easy to diagnose.
 */
export function findError(failure: Failure, expected: Expected): Diagnostic {
  const file = path.join(failure.dir, expected.file);
  const match = failure.errors.find(
    (d) =>
      path.resolve(d.file) === file &&
      (expected.line === undefined || d.line === expected.line) &&
      (expected.field === undefined || d.field === expected.field) &&
      expected.message.test(d.message),
  );
  if (!match) {
    const want = `${expected.file}:${expected.line ?? "?"}: ${expected.field ?? "?"}: ${expected.message}`;
    throw new Error(`no error like ${want}; got:\n${failure.lines.join("\n")}`);
  }
  const prefix = [match.file, expected.line].filter((p) => p !== undefined).join(":");
  const printed = formatDiagnostic(match);
  if (!printed.startsWith(`${prefix}:`) || (expected.field !== undefined && !printed.includes(`: ${expected.field}: `))) {
    throw new Error(`badly printed diagnostic: ${printed}`);
  }
  return match;
}
