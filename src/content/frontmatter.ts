/**
 * Splits a content file into front matter and body (gray-matter) and parses
 * the front matter. js-yaml reads it (seven times faster than `yaml` on a
 * 10,000-event timeline); the `yaml` package, which keeps source positions,
 * parses it again only when a diagnostic needs a line, when js-yaml refuses
 * the text (so YAML errors always come from one parser, with positions), and
 * when the text may hold anchors or aliases (`yaml` caps alias expansion).
 *
 * Safety: gray-matter executes `---js` front matter by default; here any
 * front matter language other than YAML is refused. YAML is read with the
 * 1.2 core schema, so `2025-04-01` stays a string (no Date, no time zone)
 * and no custom tags can build objects — less its number types: a scalar such
 * as `007`, `0x10`, `12.50` or `.inf` stays the text that was written, since
 * every field of frise is text (a title `007` must not be shown as `7`).
 */
import matter from "gray-matter";
import jsYaml from "js-yaml";
import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from "yaml";
import type { Diagnostics } from "./diagnostics.ts";

export type FieldPath = ReadonlyArray<string | number>;

export interface ParsedFile {
  /** Plain data of the front matter (a mapping). */
  data: Record<string, unknown>;
  /** Markdown body, line endings normalised to `\n`. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Line of a front matter value, falling back to its closest parent, then line 1. */
  lineOf(path: FieldPath): number;
  /** Line and column of a value (or, with `key`, of its key), with the same fallbacks. */
  positionOf(path: FieldPath, key?: boolean): Position;
}

/** 1-based, as editors count. */
export interface Position {
  line: number;
  column: number;
}

/** YAML 1.2 core schema without numbers (js-yaml): numbers stay as written, booleans and null stay. */
const { types } = jsYaml as unknown as { types: Record<"null" | "bool", jsYaml.Type> }; // exported, not in @types/js-yaml
const TEXT_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool] });

/** The same schema for the `yaml` package, which keeps positions. */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: "core",
  customTags: (tags) => tags.filter((tag) => typeof tag === "string" || !/:(int|float)$/.test(tag.tag)),
  prettyErrors: false,
  uniqueKeys: true,
};

/** Most alias expansions `toJS` accepts: past it, the text is an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 50;

class RefusedLanguage extends Error {}

function refuse(): never {
  throw new RefusedLanguage();
}

const ENGINES = {
  // The YAML engine only satisfies gray-matter; the real parse is below, with positions.
  yaml: () => ({}),
  js: refuse,
  javascript: refuse,
  coffee: refuse,
  coffeescript: refuse,
  json: refuse,
  toml: refuse,
};

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Parses one content file; reports problems to `diags` and returns undefined when unusable. */
export function parseContentFile(file: string, raw: string, diags: Diagnostics): ParsedFile | undefined {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

  if (!/^---[^\n]*\n/.test(text)) {
    diags.error({ file, line: 1, message: "expected front matter: the file must start with a line `---`, then YAML fields, then a closing `---`" });
    return undefined;
  }
  const opening = text.slice(3, text.indexOf("\n")).trim();
  if (opening !== "" && opening !== "yaml") {
    diags.error({ file, line: 1, message: `front matter in "${opening}" is refused: only YAML front matter (a plain \`---\` line) is accepted` });
    return undefined;
  }
  if (!/\n---[ \t]*(\n|$)/.test(text)) {
    diags.error({ file, line: 1, message: "front matter is not closed: expected a line `---` after the YAML fields" });
    return undefined;
  }

  let split: matter.GrayMatterFile<string>;
  try {
    split = matter(text, { engines: ENGINES });
  } catch (error) {
    if (!(error instanceof RefusedLanguage)) throw error;
    diags.error({ file, line: 1, message: "only YAML front matter is accepted" });
    return undefined;
  }

  // gray-matter's `matter` starts right after the opening `---`, so its line N is the file's line N.
  let positioned: PositionedYaml | undefined;
  const withPositions = () => (positioned ??= parseWithPositions(split.matter));
  let data = quickParse(split.matter);
  if (data === undefined) {
    const { doc, lineCounter } = withPositions();
    if (doc.errors.length > 0) {
      for (const e of yamlErrors(doc, lineCounter)) diags.error({ file, ...e });
      return undefined;
    }
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
    } catch {
      // `yaml` refuses alias chains that would expand without bound ("billion laughs").
      diags.error({ file, line: 2, message: "invalid YAML: its aliases (*name) repeat into too many values: write the values out instead" });
      return undefined;
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    diags.error({ file, line: 2, message: "front matter must be a mapping of `field: value` lines" });
    return undefined;
  }

  const body = split.content;
  const bodyLine = countLines(text.slice(0, text.length - body.length)) + 1;
  const positionOf = (path: FieldPath, key = false) => {
    const { doc, lineCounter } = withPositions();
    return positionOfPath(doc, lineCounter, path, key);
  };
  return { data: data as Record<string, unknown>, body, bodyLine, lineOf: (path) => positionOf(path).line, positionOf };
}

/** What the `yaml` parser says, in the words an editor can act on. */
const EDITOR_WORDS: [RegExp, string][] = [
  [/^Tabs are not allowed as indentation/, "this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces"],
  [/^Implicit map keys need to be followed by map values/, "expected `field: value` on this line (a colon after the field name)"],
  [/^Map keys must be unique/, "this field is given twice (keys must be unique): keep one"],
];

/**
 * One error per line, the one that says what to do: a single mistake (a tab,
 * a missing colon) makes the parser report several consequences on its line.
 * A tab used as indentation is always the cause when it is there.
 */
export function yamlErrors(doc: Document, lineCounter: LineCounter): { line: number; column: number; message: string }[] {
  const byLine = new Map<number, { line: number; column: number; message: string; tab: boolean }>();
  for (const e of doc.errors) {
    const pos = lineCounter.linePos(e.pos[0]);
    const raw = e.message.split("\n")[0]!;
    const plain = EDITOR_WORDS.find(([pattern]) => pattern.test(raw))?.[1];
    const entry = { line: pos.line, column: pos.col, message: `invalid YAML: ${plain ?? raw}`, tab: raw.startsWith("Tabs ") };
    const first = byLine.get(pos.line);
    if (!first || (entry.tab && !first.tab)) byLine.set(pos.line, entry);
  }
  return [...byLine.values()].map(({ line, column, message }) => ({ line, column, message }));
}

interface PositionedYaml {
  doc: Document;
  lineCounter: LineCounter;
}

function parseWithPositions(yamlText: string): PositionedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { ...YAML_OPTIONS, lineCounter });
  return { doc, lineCounter };
}

/** An anchor (`&a`) or alias (`*a`) where a node may start; false positives only cost speed. */
const MAY_ALIAS = /(?:^|[\s[{,:-])[&*][^\s]/;

/**
 * The fast path: js-yaml with the core schema less numbers (YAML 1.2: dates
 * and numbers stay strings, no custom tags, duplicate keys refused). Undefined when it refuses the text
 * or the text may use aliases: the caller then asks `yaml`.
 */
function quickParse(yamlText: string): unknown {
  if (MAY_ALIAS.test(yamlText)) return undefined;
  try {
    return jsYaml.load(yamlText, { schema: TEXT_SCHEMA }) ?? {};
  } catch {
    return undefined;
  }
}

function positionOfPath(doc: Document, lineCounter: LineCounter, path: FieldPath, key: boolean): Position {
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (!(key && depth === path.length) && isNode(node) && node.range) return at(node.range[0]);
    // A key whose value is empty (`title:`) has no value node: use the key's position.
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[depth - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
    } else if (isSeq(parent)) {
      const item = parent.items[Number(path[depth - 1])];
      if (isNode(item) && item.range) return at(item.range[0]);
    }
  }
  return { line: 1, column: 1 };
}
