/**
 * When a quote is not in its source, the passage it was most likely copied
 * from, with the words that differ marked: "no passage has these words" alone
 * leaves the editor to search the article by eye for one changed word.
 *
 * Bounded cost: candidates come from the source's index (pairs of the quote's
 * words looked up as exact phrases, at most ANCHORS of them), and each is
 * compared word by word with the quote, so a failing quote costs about its own
 * length, whatever the source's.
 */
import type { QuoteFinder } from "./quotes.ts";

/** Pairs of consecutive words tried as anchors. */
const ANCHORS = 12;
/** Words of a quote compared at most (a longer quote is compared on its start). */
const MAX_WORDS = 200;
/** Words of context kept around a difference. */
const CONTEXT = 3;

export interface NearMiss {
  /** Index of the block (paragraph) of the closest passage. */
  block: number;
  /** The passage with its differences marked: `[quote's words → source's words]`, `…` for what is left out. */
  shown: string;
}

/** Words and punctuation marks, each a token: "2025." is "2025" then ".", so a quote may end before the full stop. */
const words = (text: string) => text.split(/ |(?=[.,;:!?»)"])|(?<=[«("])/u).filter((w) => w !== "");

/** Longest common subsequence of two word lists, as pairs of matching indexes. */
function commonWords(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** The source's words, from `from` (a character offset, rounded to a word) for about as many words as the quote, with slack. */
function candidateWords(text: string, from: number, count: number): string[] {
  const start = Math.max(0, text.lastIndexOf(" ", Math.max(0, from - 1)) + 1);
  return words(text.slice(start)).slice(0, count + Math.ceil(count / 3) + 2);
}

/** The quote against the passage: equal words as they are, differing runs as `[quote → source]`, far context cut. */
function markDifferences(quote: readonly string[], passage: readonly string[], pairs: readonly [number, number][]): string {
  type Part = { same: true; word: string } | { same: false; text: string };
  const parts: Part[] = [];
  let i = 0;
  // Before the first matching word, as many of the passage's words as the quote has before it.
  let j = pairs[0] ? Math.max(0, pairs[0][1] - pairs[0][0]) : 0;
  // After the last matching word, as many of the passage's words as the quote has left.
  const [lastQ, lastP] = pairs.at(-1) ?? [-1, -1];
  const end = Math.min(passage.length, lastP + 1 + (quote.length - 1 - lastQ));
  for (const [qi, pj] of [...pairs, [quote.length, end] as [number, number]]) {
    const fromQuote = quote.slice(i, qi).join(" ");
    const fromSource = passage.slice(j, pj).join(" ");
    if (fromQuote || fromSource) parts.push({ same: false, text: `[${fromQuote || "+"} → ${fromSource || "−"}]` });
    if (qi < quote.length) parts.push({ same: true, word: quote[qi]! });
    i = qi + 1;
    j = pj + 1;
  }
  // Keep CONTEXT words around each difference.
  const near = parts.map((_, k) => parts.slice(Math.max(0, k - CONTEXT), k + CONTEXT + 1).some((p) => !p.same));
  const out: string[] = [];
  parts.forEach((part, k) => {
    if (near[k]) out.push(part.same ? part.word : part.text);
    else if (out.at(-1) !== "…") out.push("…");
  });
  return out.join(" ");
}

/**
 * The passage of the source closest to a normalised quote that was not found,
 * or undefined when none shares most of its words.
 */
export function nearMiss(finder: QuoteFinder, blockTexts: readonly string[], quote: string): NearMiss | undefined {
  const quoteWords = words(quote).slice(0, MAX_WORDS);
  if (quoteWords.length < 3) return undefined;
  // Where each token starts in the quote, to place the passage from an anchor's position.
  const offsets: number[] = [];
  for (let k = 0, at = 0; k < quoteWords.length; k++) {
    at = quote.indexOf(quoteWords[k]!, at);
    offsets.push(at);
    at += quoteWords[k]!.length;
  }
  const step = Math.max(1, Math.floor((quoteWords.length - 1) / ANCHORS));
  let best: { block: number; passage: string[]; pairs: [number, number][] } | undefined;
  const tried = new Set<string>();
  for (let k = 0; k + 1 < quoteWords.length; k += step) {
    const found = finder.find(quote.slice(offsets[k]!, offsets[k + 1]! + quoteWords[k + 1]!.length));
    if (!found.found) continue;
    const key = `${found.block}:${found.start - offsets[k]!}`;
    if (tried.has(key)) continue;
    tried.add(key);
    const passage = candidateWords(blockTexts[found.block]!, found.start - offsets[k]!, quoteWords.length);
    const pairs = commonWords(quoteWords, passage);
    if (!best || pairs.length > best.pairs.length) best = { block: found.block, passage, pairs };
  }
  if (!best || best.pairs.length * 2 < quoteWords.length) return undefined;
  return { block: best.block, shown: markDifferences(quoteWords, best.passage, best.pairs) };
}
