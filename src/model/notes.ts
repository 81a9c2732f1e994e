/**
 * Citations become notes: each distinct (source, quote) pair cited on a page gets
 * a number, and each quoted passage of a source gets a stable id (a hash of the
 * source and the normalised quote, so links survive edits elsewhere).
 */
import { createHash } from "node:crypto";
import type { Token } from "markdown-it";
import type { Diagnostics } from "../content/diagnostics.ts";
import type { Citation, SourceRecord } from "../content/schema.ts";
import { parseMarkdown, textBlocks } from "../render/markdown.ts";
import { QuoteFinder, RangeMapper, normalizeQuote, normalizeText } from "./quotes.ts";
import { nearMiss } from "./near-miss.ts";
import { unknownSource } from "./suggest.ts";

export type OwnerKind = "event" | "entity";

/** A passage of a source quoted at least once. */
export interface Passage {
  /** Fragment id on the source page. */
  id: string;
  /** The quote as first cited (editor's text). */
  quote: string;
  block: number;
  /** Range in the block's plain text. */
  start: number;
  end: number;
  /** Who cites it; sorted in timeline order once the model is built. */
  citedBy: { owner: OwnerKind; id: string; note: number }[];
}

/** A numbered note on a page: one distinct (source, quote) pair. */
export interface Note {
  number: number;
  sourceId: string;
  quote: string;
  passageId: string;
  /** Ids of the calls to this note in the page (for back links). */
  refIds: string[];
}

export interface SourceText<S extends { passages: Passage[] }> {
  source: S;
  tokens: Token[];
  /** Plain text of each block, as parsed. */
  blocks: string[];
  /** The same, normalised for quote search. */
  blockTexts: string[];
  /** Searches `blockTexts`, indexing them on the first search and remembering each quote's result. */
  finder: QuoteFinder;
  /** Maps ranges of `blockTexts[b]` back to `blocks[b]`, made for a block when first needed. */
  ranges: Map<number, RangeMapper>;
  passageByQuote: Map<string, Passage>;
  passageIds: Set<string>;
}

/** Sources by id, with the ids of the source files that exist but failed to load. */
export interface SourceTexts<S extends { passages: Passage[] }> extends ReadonlyMap<string, SourceText<S>> {
  readonly unloaded?: ReadonlySet<string>;
}

export function prepareSourceText<S extends SourceRecord & { passages: Passage[] }>(source: S): SourceText<S> {
  const tokens = parseMarkdown(source.body, {});
  const blocks = textBlocks(tokens).map((b) => b.text);
  const blockTexts = blocks.map(normalizeText);
  return { source, tokens, blocks, blockTexts, finder: new QuoteFinder(blockTexts), ranges: new Map(), passageByQuote: new Map(), passageIds: new Set() };
}

/** "; the closest passage, line 12, reads: «… [a → b] …»" when the source has one, for a quote with no match. */
function nearMissText(text: SourceText<SourceRecord & { passages: Passage[] }>, quote: string): string {
  // A failing quote cited many times is compared once.
  let known = nearMisses.get(text);
  if (!known) nearMisses.set(text, (known = new Map()));
  let message = known.get(quote);
  if (message === undefined) known.set(quote, (message = describeNearMiss(text, quote)));
  return message;
}

const nearMisses = new WeakMap<object, Map<string, string>>();

function describeNearMiss(text: SourceText<SourceRecord & { passages: Passage[] }>, quote: string): string {
  const near = nearMiss(text.finder, text.blockTexts, quote);
  if (!near) return "";
  const token = text.tokens[textBlocks(text.tokens)[near.block]!.token];
  const line = token?.map ? text.source.bodyLine + token.map[0] : text.source.bodyLine;
  return `; the closest passage, line ${line} of the source, reads (quote's words → source's): «${near.shown}»`;
}

function passageId(sourceId: string, quote: string, taken: Set<string>): string {
  const hash = createHash("sha256").update(`${sourceId}\n${quote}`).digest("hex");
  for (let length = 8; ; length += 4) {
    const id = `passage-${hash.slice(0, length)}`;
    if (!taken.has(id)) return id;
  }
}

export interface NoteOwner {
  kind: OwnerKind;
  id: string;
  /** When set, only these sources may be cited (an event's `sources:`). */
  allowedSources?: ReadonlySet<string>;
}

/** Assigns note numbers for one page and ties each note to a marked passage. */
export class NoteBook {
  readonly notes: Note[] = [];
  private readonly byKey = new Map<string, Note>();

  constructor(
    private readonly owner: NoteOwner,
    private readonly texts: SourceTexts<{ passages: Passage[] } & SourceRecord>,
    private readonly diags: Diagnostics,
  ) {}

  /** Returns the note number, or undefined (with an error reported) when the citation does not hold. */
  cite(citation: Citation): number | undefined {
    const report = (message: string) => this.diags.error({ file: citation.file, line: citation.line, field: "citation", message });
    const text = this.texts.get(citation.source);
    if (!text) {
      // A source file that failed to load has its own error: citing it is not another one.
      if (this.texts.unloaded?.has(citation.source)) return undefined;
      return void report(unknownSource(citation.source, this.texts));
    }
    if (this.owner.allowedSources && !this.owner.allowedSources.has(citation.source)) {
      return void report(`source "${citation.source}" is cited but not listed in \`sources:\`: add it there`);
    }
    const quote = normalizeQuote(citation.quote);
    const key = `${citation.source}\n${quote}`;
    const existing = this.byKey.get(key);
    if (existing) return existing.number;

    let passage = text.passageByQuote.get(quote);
    if (!passage) {
      // Each distinct quote is searched once per source, in an index of the source built once.
      const found = text.finder.find(quote);
      if (!found.found) return void report(`quote not found in source "${citation.source}" (${text.source.file}): "${citation.quote}": ${found.hint}${nearMissText(text, quote)}`);
      let mapper = text.ranges.get(found.block);
      if (!mapper) text.ranges.set(found.block, (mapper = new RangeMapper(text.blocks[found.block]!)));
      const range = mapper.range(found.start, found.end);
      passage = {
        id: passageId(citation.source, quote, text.passageIds),
        quote: citation.quote,
        block: found.block,
        start: range.start,
        end: range.end,
        citedBy: [],
      };
      text.passageIds.add(passage.id);
      text.passageByQuote.set(quote, passage);
      text.source.passages.push(passage);
    }
    const note: Note = { number: this.notes.length + 1, sourceId: citation.source, quote: citation.quote, passageId: passage.id, refIds: [] };
    passage.citedBy.push({ owner: this.owner.kind, id: this.owner.id, note: note.number });
    this.notes.push(note);
    this.byKey.set(key, note);
    return note.number;
  }

  /** Cites a list and keeps the numbers of the citations that hold. */
  citeAll(citations: readonly Citation[]): number[] {
    return citations.map((c) => this.cite(c)).filter((n): n is number => n !== undefined);
  }
}
