/**
 * Quote matching: a citation's quote must occur in the cited source's archived
 * text. Only differences a reader cannot see or a keyboard cannot type are
 * forgiven: runs of whitespace (including non-breaking and thin spaces),
 * typographic apostrophes and typographic quotation marks. Case, accents,
 * words and punctuation must match exactly.
 *
 * Cost: a source may be large (megabytes) and cited thousands of times, so a
 * source is indexed once (`QuoteFinder`) and each distinct quote is looked up
 * once in that index, at a cost that depends on the quote (how common its
 * rarest window of characters is), not on a scan of the source; mapping a
 * match back to the original text (`RangeMapper`) costs the match's length.
 * See `SubstringIndex`.
 */
import { looseForm, SubstringIndex } from "./substring-index.ts";

export { looseForm };

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032]/g;
const QUOTATION_MARKS = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
/**
 * Runs of whitespace that are not already a single plain space: `/\s+/g`
 * replaced by " " gives the same text, but a single space (by far the most
 * common run) is not even matched, so a clean text is returned as it is.
 */
const WHITESPACE = /[^\S ]\s*| \s+/g;

/** The comparison form of a quote: trimmed, whitespace collapsed, typographic marks made plain. */
export function normalizeQuote(text: string): string {
  return normalizeText(text).trim();
}

/** `normalizeQuote` without the trim: the form a source's paragraphs are searched in. */
export function normalizeText(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(QUOTATION_MARKS, '"').replace(WHITESPACE, " ");
}

/** Which UTF-16 code units `\s` matches (the regular expression itself decides), built on first use. */
let spaces: Uint8Array | undefined;

/** Whitespace as `\s` sees it, tested on one UTF-16 code unit. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (!spaces) {
    spaces = new Uint8Array(0x10000);
    for (let c = 128; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) spaces[c] = 1;
  }
  return spaces[code] === 1;
}

/**
 * Where the range [start, end) of `normalizeText(original)` lies in `original`.
 * Each normalised character comes from one original character; a collapsed run
 * of whitespace comes from its first character.
 */
export function originalRange(original: string, start: number, end: number): { start: number; end: number } {
  return rangeFrom(original, 0, 0, start, end);
}

/**
 * `originalRange`'s walk, resumed at original index `i`, which gives normalised
 * index `n` (a character that is not skipped as part of a run of whitespace).
 */
function rangeFrom(original: string, i: number, n: number, start: number, end: number): { start: number; end: number } {
  let from = -1;
  // Whether the character before `i` is whitespace: the state of the walk at `i`.
  let inSpace = i > 0 && isSpace(original.charCodeAt(i - 1));
  for (; i < original.length; i++) {
    const space = isSpace(original.charCodeAt(i));
    if (space && inSpace) continue;
    inSpace = space;
    if (n === start) from = i;
    if (n === end - 1) return { start: from, end: i + 1 };
    n++;
  }
  throw new RangeError(`range ${start}-${end} is outside the normalised text (${n} characters)`);
}

/** One checkpoint of `RangeMapper` every this many normalised characters. */
const CHECKPOINT_EVERY = 256;

/**
 * `originalRange` for many ranges of one long original: remembers, every 256
 * normalised characters, where the walk stands in the original, so that each
 * range costs its own length (plus at most 256 characters), not the text's.
 * Gives exactly `originalRange`'s results, errors included.
 */
export class RangeMapper {
  private checkpoints: Int32Array | undefined;

  constructor(private readonly original: string) {}

  range(start: number, end: number): { start: number; end: number } {
    // Short texts, and odd ranges (empty, reversed, fractional), take the plain walk.
    if (this.original.length <= CHECKPOINT_EVERY * 4 || !Number.isInteger(start) || !Number.isInteger(end) || start < CHECKPOINT_EVERY || end <= start) {
      return originalRange(this.original, start, end);
    }
    const checkpoints = (this.checkpoints ??= this.walk());
    // The last checkpoint at or before `start` (past the text's end: the last one, and the walk reports the error).
    const c = Math.min(Math.floor(start / CHECKPOINT_EVERY), checkpoints.length - 1);
    return rangeFrom(this.original, checkpoints[c]!, c * CHECKPOINT_EVERY, start, end);
  }

  /** The original index of normalised characters 0, 256, 512, … */
  private walk(): Int32Array {
    const original = this.original;
    const out: number[] = [];
    let n = 0;
    let inSpace = false;
    for (let i = 0; i < original.length; i++) {
      const space = isSpace(original.charCodeAt(i));
      if (space && inSpace) continue;
      inSpace = space;
      if (n % CHECKPOINT_EVERY === 0) out.push(i);
      n++;
    }
    return Int32Array.from(out);
  }
}

export type QuoteSearch =
  | { found: true; block: number; start: number; end: number }
  | { found: false; hint: string };

const HINT_EMPTY = "the quote is empty";
const HINT_ACROSS = "it runs across two paragraphs of the source: quote within one paragraph, or cite twice";
const HINT_LOOSE = "the source has it with different capitals or accents: copy the source's exact spelling";
const HINT_NONE = "no passage of the source has these words: copy the passage exactly";

/**
 * Finds a normalised quote in a source's blocks (paragraphs, headings, list items,
 * each normalised). Returns the first occurrence, in normalised coordinates.
 * To search one source for many quotes, make one `QuoteFinder` and ask it.
 */
export function findQuote(blocks: readonly string[], quote: string): QuoteSearch {
  return new QuoteFinder(blocks).find(quote);
}

/**
 * Quote search in one source's blocks, indexed once. `find(quote)` gives exactly
 * what a plain search would, that is:
 * - the first block (then the first position in it) where the quote occurs;
 * - failing that, whether the quote occurs in the blocks joined with spaces
 *   ("runs across two paragraphs");
 * - failing that, whether a block, without accents and in lower case, has the
 *   quote without accents and in lower case ("different capitals or accents").
 * The blocks must not change. Results are remembered per quote, so a quote cited
 * many times is searched once. One index, built on the first search, serves the
 * exact and the loose search: it files positions by their loose form. Blocks
 * whose loose form is not theirs unit for unit (with combining marks, Greek,
 * scripts beyond Latin) get their own index of loose forms, built only if a
 * quote fails.
 */
export class QuoteFinder {
  private index: SubstringIndex | undefined;
  private others: SubstringIndex | null | undefined;
  private readonly results = new Map<string, QuoteSearch>();

  constructor(private readonly blocks: readonly string[]) {}

  find(quote: string): QuoteSearch {
    let result = this.results.get(quote);
    if (!result) {
      result = this.search(quote);
      this.results.set(quote, result);
    }
    return { ...result };
  }

  private search(quote: string): QuoteSearch {
    if (quote === "") return { found: false, hint: HINT_EMPTY };
    const index = (this.index ??= new SubstringIndex(this.blocks));
    const hit = index.search(quote, true);
    if (hit.at !== -1) {
      const block = index.regionOf(hit.at);
      const start = hit.at - index.starts[block]!;
      return { found: true, block, start, end: start + quote.length };
    }
    // The index's text is the blocks joined with single spaces: `blocks.join(" ").includes(quote)`.
    if (hit.anywhere) return { found: false, hint: HINT_ACROSS };
    const target = looseForm(quote);
    // Every string contains the empty string: any block at all has it.
    let near = target === "" ? this.blocks.length > 0 : index.hasLoose(target);
    if (!near) {
      const others = this.otherLooseForms();
      near = others !== null && others.search(target, false).at !== -1;
    }
    return { found: false, hint: near ? HINT_LOOSE : HINT_NONE };
  }

  /** An index of the loose forms of the blocks that the main index cannot compare loosely (null: none). */
  private otherLooseForms(): SubstringIndex | null {
    if (this.others === undefined) {
      const others = this.index!.unfolded().map((b) => looseForm(this.blocks[b]!));
      this.others = others.length > 0 ? new SubstringIndex(others) : null;
    }
    return this.others;
  }
}
