/**
 * The front matter schema of sources and events, checked field by field.
 * Every check reports `file:line: field: what was expected` and goes on, so
 * one run lists every problem. The result is typed records with plain values
 * (dates parsed, claims normalised); nothing here knows about other files.
 */
import { parseDatePoint, parseEventDate, type DatePoint, type EventDate, type ParseResult } from "../model/dates.ts";
import type { Diagnostics } from "./diagnostics.ts";
import type { FieldPath, ParsedFile } from "./frontmatter.ts";

export interface Citation {
  source: string;
  quote: string;
  file: string;
  line: number;
}

/** One value of a field as one or more sources give it. */
export interface Claim<T> {
  value: T;
  /** The value as the editor wrote it (used to match `preferred`). */
  text: string;
  cites: Citation[];
  line: number;
}

/** A field given plainly (one claim, no citation) or as claims from several sources. */
export interface ClaimedField<T> {
  claims: Claim<T>[];
  /** Editor's choice among the claims' texts. */
  preferred?: string;
  line: number;
}

export interface NamingRecord {
  term: string;
  claims: Claim<string>[];
  line: number;
}

export interface SourceRecord {
  id: string;
  file: string;
  title: string;
  /** The article has no title: this one was written by the editors. */
  titleSupplied: boolean;
  outlet?: string;
  author?: string;
  published: DatePoint;
  language: string;
  url?: string;
  body: string;
  bodyLine: number;
}

/** A reference to an entity, by id or by any of its names, as the editor wrote it. */
export interface Ref {
  text: string;
  line: number;
}

export const ENTITY_KINDS = ["person", "organisation", "country", "place", "topic"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface EntityRecord {
  id: string;
  file: string;
  kind: EntityKind;
  name: string;
  /** Other spellings the sources use; editors may write any of them in an event. */
  aliases: string[];
  /** Optional description, with citations. */
  body: string;
  bodyLine: number;
}

export interface EventRecord {
  id: string;
  file: string;
  title: string;
  date: ClaimedField<EventDate>;
  place?: ClaimedField<string>;
  participants: Ref[];
  topics: Ref[];
  /** Countries, organisations and others the event concerns. */
  about: Ref[];
  sources: { id: string; line: number }[];
  summary?: string;
  names: NamingRecord[];
  body: string;
  bodyLine: number;
}

export const SOURCE_FIELDS = ["title", "titleSupplied", "outlet", "author", "published", "language", "url"] as const;
export const EVENT_FIELDS = ["title", "date", "place", "participants", "topics", "about", "sources", "summary", "names"] as const;
export const ENTITY_FIELDS = ["kind", "name", "aliases"] as const;

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Reads typed values out of one file's front matter, reporting what is wrong. */
class FieldReader {
  constructor(
    private readonly parsed: ParsedFile,
    private readonly file: string,
    private readonly diags: Diagnostics,
  ) {}

  private get data() {
    return this.parsed.data;
  }

  fail(path: FieldPath, message: string): undefined {
    this.diags.error({ file: this.file, line: this.parsed.lineOf(path), field: path.join("."), message });
    return undefined;
  }

  line(path: FieldPath): number {
    return this.parsed.lineOf(path);
  }

  at(path: FieldPath): unknown {
    let value: unknown = this.data;
    for (const key of path) value = value === null || typeof value !== "object" ? undefined : (value as Record<string | number, unknown>)[key];
    return value;
  }

  rejectUnknownFields(known: readonly string[]): void {
    for (const key of Object.keys(this.data)) {
      if (!known.includes(key)) this.fail([key], `unknown field: expected one of ${known.join(", ")}`);
    }
  }

  string(path: FieldPath, required: boolean): string | undefined {
    const value = this.at(path);
    if (value === undefined || value === null) {
      return required ? this.fail(path, "is required: expected a non-empty text") : undefined;
    }
    if (typeof value !== "string" && typeof value !== "number") return this.fail(path, `expected a text, found ${describe(value)}`);
    const text = String(value).trim();
    if (text === "") return required ? this.fail(path, "is empty: expected a non-empty text") : undefined;
    return text;
  }

  boolean(path: FieldPath): boolean {
    const value = this.at(path);
    if (value === undefined || value === null) return false;
    if (typeof value !== "boolean") {
      this.fail(path, `expected true or false, found ${describe(value)}`);
      return false;
    }
    return value;
  }

  stringList(path: FieldPath, required: boolean): string[] {
    const value = this.at(path);
    if (value === undefined || value === null) {
      if (required) this.fail(path, "is required: expected a list such as [first, second]");
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(path, `expected a list such as [first, second], found ${describe(value)}`);
      return [];
    }
    if (required && value.length === 0) this.fail(path, "is empty: expected at least one item");
    const items: string[] = [];
    value.forEach((item, i) => {
      const text = this.string([...path, i], true);
      if (text !== undefined) items.push(text);
    });
    return items;
  }

  refList(path: FieldPath): Ref[] {
    const value = this.at(path);
    if (Array.isArray(value)) {
      const refs: Ref[] = [];
      value.forEach((_, i) => {
        const text = this.string([...path, i], true);
        if (text !== undefined) refs.push({ text, line: this.line([...path, i]) });
      });
      return refs;
    }
    return this.stringList(path, false).map((text) => ({ text, line: this.line(path) }));
  }

  citations(path: FieldPath): Citation[] {
    const value = this.at(path);
    if (!Array.isArray(value) || value.length === 0) {
      this.fail(path, "expected a list of citations, each with `source:` (a source id) and `quote:` (its exact words)");
      return [];
    }
    const cites: Citation[] = [];
    value.forEach((_, i) => {
      const source = this.string([...path, i, "source"], true);
      const quote = this.string([...path, i, "quote"], true);
      if (source !== undefined && quote !== undefined) cites.push({ source, quote, file: this.file, line: this.line([...path, i, "quote"]) });
    });
    return cites;
  }

  /** A value given plainly, or as `{ claims: [{ value, cite }], preferred? }`. */
  claimed<T>(path: FieldPath, required: boolean, parse: (text: string) => ParseResult<T>, siblings: readonly string[] = []): ClaimedField<T> | undefined {
    const value = this.at(path);
    const line = this.line(path);
    if (value === undefined || value === null || value === "") {
      return required ? this.fail(path, "is required") : undefined;
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      const claim = this.claimValue(path, parse, []);
      return claim && { claims: [claim], line };
    }
    const extra = Object.keys(value).filter((k) => k !== "claims" && k !== "preferred" && !siblings.includes(k));
    for (const key of extra) this.fail([...path, key], "unknown field: expected claims (and optionally preferred)");
    const claimsValue = (value as { claims?: unknown }).claims;
    if (!Array.isArray(claimsValue) || claimsValue.length === 0) {
      return this.fail([...path, "claims"], "expected a list of claims, each with `value:` and `cite:`");
    }
    const claims: Claim<T>[] = [];
    claimsValue.forEach((_, i) => {
      const cites = this.citations([...path, "claims", i, "cite"]);
      const claim = this.claimValue([...path, "claims", i, "value"], parse, cites);
      if (claim) claims.push(claim);
    });
    const preferred = this.string([...path, "preferred"], false);
    if (preferred !== undefined && !claims.some((c) => c.text === preferred)) {
      this.fail([...path, "preferred"], `"${preferred}" is not one of the claimed values: expected one of ${claims.map((c) => c.text).join(", ")}`);
    }
    return { claims, line, ...(preferred !== undefined ? { preferred } : {}) };
  }

  private claimValue<T>(path: FieldPath, parse: (text: string) => ParseResult<T>, cites: Citation[]): Claim<T> | undefined {
    const text = this.string(path, true);
    if (text === undefined) return undefined;
    const parsed = parse(text);
    if (!parsed.ok) return this.fail(path, parsed.error);
    return { value: parsed.value, text, cites, line: this.line(path) };
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

const anyText = (text: string): ParseResult<string> => ({ ok: true, value: text });

export function readSource(id: string, file: string, parsed: ParsedFile, diags: Diagnostics): SourceRecord | undefined {
  const r = new FieldReader(parsed, file, diags);
  r.rejectUnknownFields(SOURCE_FIELDS);
  const title = r.string(["title"], true);
  const titleSupplied = r.boolean(["titleSupplied"]);
  const outlet = r.string(["outlet"], false);
  const author = r.string(["author"], false);
  const publishedText = r.string(["published"], true);
  let published: DatePoint | undefined;
  if (publishedText !== undefined) {
    const result = parseDatePoint(publishedText);
    if (result.ok) published = result.value;
    else r.fail(["published"], `${result.error.replace(/: expected .*$/, "")}: expected the publication day (2025-04-10), or its month (2025-04) or year when the article gives no more`);
  }
  const language = r.string(["language"], true);
  if (language !== undefined && !LANGUAGE.test(language)) r.fail(["language"], `"${language}" is not a language code: expected a code such as fr or en`);
  const url = r.string(["url"], false);
  if (url !== undefined && !isHttpUrl(url)) r.fail(["url"], `"${url}" is not a web address: expected an absolute http:// or https:// URL`);
  if (parsed.body.trim() === "") diags.error({ file, line: parsed.bodyLine, field: "body", message: "is empty: expected the article's archived text after the front matter" });

  if (title === undefined || published === undefined || language === undefined) return undefined;
  return {
    id,
    file,
    title,
    titleSupplied,
    ...(outlet !== undefined ? { outlet } : {}),
    ...(author !== undefined ? { author } : {}),
    published,
    language,
    ...(url !== undefined ? { url } : {}),
    body: parsed.body,
    bodyLine: parsed.bodyLine,
  };
}

export function readEvent(id: string, file: string, parsed: ParsedFile, diags: Diagnostics): EventRecord | undefined {
  const r = new FieldReader(parsed, file, diags);
  r.rejectUnknownFields(EVENT_FIELDS);
  const title = r.string(["title"], true);
  const date = r.claimed(["date"], true, parseEventDate);
  const place = r.claimed(["place"], false, anyText);
  const participants = r.refList(["participants"]);
  const topics = r.refList(["topics"]);
  const about = r.refList(["about"]);
  const sourceIds = r.stringList(["sources"], true);
  const sources = sourceIds.map((sid, i) => ({ id: sid, line: r.line(["sources", i]) }));
  sources.forEach((s, i) => {
    if (sourceIds.indexOf(s.id) !== i) r.fail(["sources", i], `"${s.id}" is listed twice: expected each source once`);
  });
  const summary = r.string(["summary"], false);
  const names = readNames(r);
  if (parsed.body.trim() === "") diags.error({ file, line: parsed.bodyLine, field: "body", message: "is empty: expected the editors' summary of the event, with citations" });

  if (title === undefined || date === undefined) return undefined;
  return {
    id,
    file,
    title,
    date,
    ...(place ? { place } : {}),
    participants,
    topics,
    about,
    sources,
    ...(summary !== undefined ? { summary } : {}),
    names,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
  };
}

function readNames(r: FieldReader): NamingRecord[] {
  const value = r.at(["names"]);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    r.fail(["names"], "expected a list of `term:` entries, each with `claims:`");
    return [];
  }
  const names: NamingRecord[] = [];
  value.forEach((_, i) => {
    const term = r.string(["names", i, "term"], true);
    const field = r.claimed(["names", i], true, anyText, ["term"]);
    if (term !== undefined && field) {
      if (field.claims.length < 2) r.fail(["names", i, "claims"], "expected at least two claims: list the different names the sources use");
      names.push({ term, claims: field.claims, line: r.line(["names", i]) });
    }
  });
  return names;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export function readEntity(id: string, file: string, parsed: ParsedFile, diags: Diagnostics): EntityRecord | undefined {
  const r = new FieldReader(parsed, file, diags);
  r.rejectUnknownFields(ENTITY_FIELDS);
  const kindText = r.string(["kind"], true);
  const kind = ENTITY_KINDS.find((k) => k === kindText);
  if (kindText !== undefined && !kind) r.fail(["kind"], `"${kindText}" is not a kind of entity: expected one of ${ENTITY_KINDS.join(", ")}`);
  const name = r.string(["name"], true);
  const aliases = r.stringList(["aliases"], false);
  if (!kind || name === undefined) return undefined;
  return { id, file, kind, name, aliases, body: parsed.body, bodyLine: parsed.bodyLine };
}
