/**
 * Quote matching: a citation's quote must occur in the cited source's archived
 * text. Only differences a reader cannot see or a keyboard cannot type are
 * forgiven: runs of whitespace (including non-breaking and thin spaces),
 * typographic apostrophes and typographic quotation marks. Case, accents,
 * words and punctuation must match exactly.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032]/g;
const QUOTATION_MARKS = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const WHITESPACE = /\s+/g;

/** The comparison form of a quote: trimmed, whitespace collapsed, typographic marks made plain. */
export function normalizeQuote(text: string): string {
  return normalizeText(text).trim();
}

/** `normalizeQuote` without the trim: the form a source's paragraphs are searched in. */
export function normalizeText(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(QUOTATION_MARKS, '"').replace(WHITESPACE, " ");
}

/** Whitespace as `\s` sees it, tested on one UTF-16 code unit. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}

/**
 * Where the range [start, end) of `normalizeText(original)` lies in `original`.
 * Each normalised character comes from one original character; a collapsed run
 * of whitespace comes from its first character.
 */
export function originalRange(original: string, start: number, end: number): { start: number; end: number } {
  let from = -1;
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const space = isSpace(original.charCodeAt(i));
    if (space && inSpace) continue;
    inSpace = space;
    if (n === start) from = i;
    if (n === end - 1) return { start: from, end: i + 1 };
    n++;
  }
  throw new RangeError(`range ${start}-${end} is outside the normalised text (${n} characters)`);
}

/** Letters without accents, in lower case: used only to explain a near miss, never to accept one. */
function loose(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export type QuoteSearch =
  | { found: true; block: number; start: number; end: number }
  | { found: false; hint: string };

/**
 * Finds a normalised quote in a source's blocks (paragraphs, headings, list items,
 * each normalised). Returns the first occurrence, in normalised coordinates.
 */
export function findQuote(blocks: readonly string[], quote: string): QuoteSearch {
  if (quote === "") return { found: false, hint: "the quote is empty" };
  for (let b = 0; b < blocks.length; b++) {
    const start = blocks[b]!.indexOf(quote);
    if (start !== -1) return { found: true, block: b, start, end: start + quote.length };
  }
  if (blocks.join(" ").includes(quote)) {
    return { found: false, hint: "it runs across two paragraphs of the source: quote within one paragraph, or cite twice" };
  }
  const target = loose(quote);
  if (blocks.some((block) => loose(block).includes(target))) {
    return { found: false, hint: "the source has it with different capitals or accents: copy the source's exact spelling" };
  }
  return { found: false, hint: "no passage of the source has these words: copy the passage exactly" };
}
