/**
 * Content records: what the model receives from one file's front matter and
 * body. The front matter's shape is defined once, in front-matter-schema.ts
 * (zod); here each file is validated against it (every issue reported at its
 * `file:line:column`, all at once) and turned into typed records with plain
 * values (dates parsed, claims normalised, lines kept for later messages).
 * Every string of every file also goes through the Unicode checks of
 * unicode.ts (no lone surrogate or noncharacter anywhere, no bidirectional
 * control in a name). Nothing here knows about other files.
 */
import type { z } from "zod";
import { parseEventDate, parseDatePoint, type DatePoint, type EventDate, type ParseResult } from "../model/dates.ts";
import type { Diagnostics } from "./diagnostics.ts";
import { checkParagraphs } from "./paragraphs.ts";
import type { FieldPath, ParsedFile, Position } from "./frontmatter.ts";
import { checkUnicode } from "./unicode.ts";
import { ENTITY_KINDS, EntityFrontMatter, EventFrontMatter, SourceFrontMatter } from "./front-matter-schema.ts";
import { reportIssues, withoutNulls } from "./zod-issues.ts";

export { ENTITY_KINDS };

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
  /** The editors' explanation for readers (Markdown with citations), and the line it starts on. */
  note?: EditorNote;
  line: number;
}

/** An editors' note on a disagreement: Markdown with citations, shown to readers. */
export interface EditorNote {
  text: string;
  line: number;
}

export interface NamingRecord {
  term: string;
  note?: EditorNote;
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

export const SOURCE_FIELDS = Object.keys(SourceFrontMatter.shape);
export const EVENT_FIELDS = Object.keys(EventFrontMatter.shape);
export const ENTITY_FIELDS = Object.keys(EntityFrontMatter.shape);

type FrontMatterSchema = typeof SourceFrontMatter | typeof EventFrontMatter | typeof EntityFrontMatter;
type Shape<S extends FrontMatterSchema> = S["shape"];

/**
 * Validates the whole front matter (every issue is reported), then reads each
 * field on its own, so the fields that are right still reach the model and its
 * cross-file checks report everything in one run.
 */
function validate<S extends FrontMatterSchema>(schema: S, parsed: ParsedFile, file: string, diags: Diagnostics) {
  const data = withoutNulls(parsed.data) as Record<string, unknown>;
  const result = schema.safeParse(data);
  const shape = schema.shape as Shape<S>;
  if (result.success) {
    const valid = result.data as Record<string, unknown>;
    return <K extends keyof Shape<S> & string>(key: K) => valid[key] as z.output<Shape<S>[K]> | undefined;
  }
  reportIssues(result.error.issues, parsed, file, diags);
  return <K extends keyof Shape<S> & string>(key: K): z.output<Shape<S>[K]> | undefined => {
    const field = (shape[key] as z.ZodType).safeParse(data[key]);
    return field.success ? (field.data as z.output<Shape<S>[K]>) : undefined;
  };
}

/** The value of text that already passed the schema's parse check. */
function parsedValue<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`internal: a value the schema accepted does not parse: ${result.error}`);
  return result.value;
}

const anyText = (text: string): ParseResult<string> => ({ ok: true, value: text });

type ClaimedData = string | { claims: { value: string; cite: { source: string; quote: string }[] }[]; preferred?: string | undefined; note?: string | undefined };

function editorNote(text: string | undefined, parsed: ParsedFile, path: FieldPath): { note?: EditorNote } {
  return text === undefined ? {} : { note: withLine({ text }, parsed, [...path, "note"]) };
}

/**
 * Gives `value` a `line`, read from the YAML's positions only when a message
 * needs it: positions cost a second parse, which most files never need.
 */
function withLine<T extends object>(value: T, parsed: ParsedFile, path: FieldPath): T & { line: number } {
  let line: number | undefined;
  return Object.defineProperty(value, "line", { enumerable: true, get: () => (line ??= parsed.lineOf(path)) }) as T & { line: number };
}

function claimedField<T>(data: ClaimedData, path: FieldPath, parse: (text: string) => ParseResult<T>, parsed: ParsedFile, file: string): ClaimedField<T> {
  if (typeof data === "string") return withLine({ claims: [withLine({ value: parsedValue(parse(data)), text: data, cites: [] }, parsed, path)] }, parsed, path);
  const claims = data.claims.map((claim, i): Claim<T> =>
    withLine(
      {
        value: parsedValue(parse(claim.value)),
        text: claim.value,
        cites: claim.cite.map((c, j) => withLine({ source: c.source, quote: c.quote, file }, parsed, [...path, "claims", i, "cite", j, "quote"])),
      },
      parsed,
      [...path, "claims", i, "value"],
    ),
  );
  return withLine({ claims, ...(data.preferred !== undefined ? { preferred: data.preferred } : {}), ...editorNote(data.note, parsed, path) }, parsed, path);
}

function refList(items: string[] | undefined, field: string, parsed: ParsedFile): Ref[] {
  return (items ?? []).map((text, i) => withLine({ text }, parsed, [field, i]));
}

/** The event's sources, each once: a repeated id is reported where it repeats, and kept once. */
function sourceList(ids: string[], parsed: ParsedFile, file: string, diags: Diagnostics): { id: string; line: number }[] {
  const sources: { id: string; line: number }[] = [];
  ids.forEach((id, i) => {
    if (ids.indexOf(id) === i) {
      sources.push(withLine({ id }, parsed, ["sources", i]));
      return;
    }
    const { line, column } = parsed.positionOf(["sources", i]);
    diags.error({ file, line, column, field: `sources.${i}`, message: `"${id}" is listed twice: expected each source once` });
  });
  return sources;
}

/**
 * The parsed file each event and entity was read from, for positions a later
 * check may need (events keep theirs anyway, through their lines; sources, the
 * large files, are not kept).
 */
const parsedFiles = new WeakMap<object, ParsedFile>();

/**
 * Where a front matter value of a record was written, e.g. `fieldPosition(entity, ["aliases", 1])`:
 * read from the YAML only when asked. Undefined for a record not read from a file (tests).
 */
export function fieldPosition(record: EntityRecord | EventRecord, path: FieldPath): Position | undefined {
  return parsedFiles.get(record)?.positionOf(path);
}

function remember<T extends object>(record: T, parsed: ParsedFile): T {
  parsedFiles.set(record, parsed);
  return record;
}

function requireBody(parsed: ParsedFile, file: string, diags: Diagnostics, expected: string): void {
  if (parsed.body.trim() === "") diags.error({ file, line: parsed.bodyLine, column: 1, field: "body", message: `is empty: expected ${expected} after the front matter` });
}

export function readSource(id: string, file: string, parsed: ParsedFile, diags: Diagnostics): SourceRecord | undefined {
  checkUnicode(parsed, file, diags, { bidiWarnings: ["title", "outlet", "author"] });
  const field = validate(SourceFrontMatter, parsed, file, diags);
  requireBody(parsed, file, diags, "the article's archived text");
  checkParagraphs(parsed.body, parsed.bodyLine, file, diags);
  const title = field("title");
  const publishedText = field("published");
  const language = field("language");
  if (title === undefined || publishedText === undefined || language === undefined) return undefined;
  const outlet = field("outlet");
  const author = field("author");
  const url = field("url");
  return {
    id,
    file,
    title,
    titleSupplied: field("titleSupplied") ?? false,
    ...(outlet !== undefined ? { outlet } : {}),
    ...(author !== undefined ? { author } : {}),
    published: parsedValue<DatePoint>(parseDatePoint(publishedText)),
    language,
    ...(url !== undefined ? { url } : {}),
    body: parsed.body,
    bodyLine: parsed.bodyLine,
  };
}

export function readEvent(id: string, file: string, parsed: ParsedFile, diags: Diagnostics): EventRecord | undefined {
  checkUnicode(parsed, file, diags, { bidiWarnings: ["title"] });
  const field = validate(EventFrontMatter, parsed, file, diags);
  requireBody(parsed, file, diags, "the editors' summary of the event, with citations");
  const sources = sourceList(field("sources") ?? [], parsed, file, diags);
  const title = field("title");
  const dateData = field("date");
  if (title === undefined || dateData === undefined) return undefined;
  const placeData = field("place");
  const summary = field("summary");
  const names = (field("names") ?? []).map(
    (naming, i): NamingRecord => withLine({ term: naming.term, claims: claimedField(naming, ["names", i], anyText, parsed, file).claims, ...editorNote(naming.note, parsed, ["names", i]) }, parsed, ["names", i]),
  );
  return remember({
    id,
    file,
    title,
    date: claimedField<EventDate>(dateData, ["date"], parseEventDate, parsed, file),
    ...(placeData !== undefined ? { place: claimedField(placeData, ["place"], anyText, parsed, file) } : {}),
    participants: refList(field("participants"), "participants", parsed),
    topics: refList(field("topics"), "topics", parsed),
    about: refList(field("about"), "about", parsed),
    sources,
    ...(summary !== undefined ? { summary } : {}),
    names,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
  }, parsed);
}

export function readEntity(id: string, file: string, parsed: ParsedFile, diags: Diagnostics): EntityRecord | undefined {
  checkUnicode(parsed, file, diags, { bidiErrors: ["name", "aliases"] });
  const field = validate(EntityFrontMatter, parsed, file, diags);
  const kind = field("kind");
  const name = field("name");
  if (kind === undefined || name === undefined) return undefined;
  return remember({ id, file, kind, name, aliases: field("aliases") ?? [], body: parsed.body, bodyLine: parsed.bodyLine }, parsed);
}
