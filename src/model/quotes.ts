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
  return text.replace(APOSTROPHES, "'").replace(QUOTATION_MARKS, '"').replace(WHITESPACE, " ").trim();
}

/** A normalised text and, for each of its characters, its offset in the original. */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the original offset of `text[i]`; `offsets[text.length]` is the original length. */
  offsets: number[];
}

/** Normalises like `normalizeQuote` (without trimming) and keeps the way back to the original. */
export function normalizeWithOffsets(original: string): MappedText {
  let text = "";
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        text += " ";
        offsets.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += ch.replace(APOSTROPHES, "'").replace(QUOTATION_MARKS, '"');
    offsets.push(i);
  }
  offsets.push(original.length);
  return { text, offsets };
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
