/**
 * "Did you mean …?" for an unknown id or name: the closest known one by edit
 * distance (fastest-levenshtein), compared without accents or case, and only
 * when it is close enough to be a typo (one edit in a short word, two in a
 * longer one). Runs only when an error is reported, never on valid content.
 */
import { distance } from "fastest-levenshtein";

/** Lower case without accents: typos and accents are suggested alike. */
const loose = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** Most edits a suggestion may be away: a typo, not another word. */
const maxEdits = (length: number) => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

/** The known text closest to `text`, when it is a plausible typo of it; the first of equals in `known` order. */
export function closest(text: string, known: Iterable<string>): string | undefined {
  const target = loose(text);
  let best: string | undefined;
  let bestDistance = maxEdits(target.length) + 1;
  for (const candidate of known) {
    const other = loose(candidate);
    if (Math.abs(other.length - target.length) >= bestDistance) continue;
    const d = distance(target, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/** Suggestions already made, per collection of known ids: a mistyped id repeated in many citations costs one search. */
const made = new WeakMap<object, Map<string, string | undefined>>();

/** The message for a source id that names no file, with the likely one when there is one. */
export function unknownSource(id: string, known: ReadonlyMap<string, unknown> | readonly string[]): string {
  let cache = made.get(known);
  if (!cache) made.set(known, (cache = new Map()));
  if (!cache.has(id)) cache.set(id, closest(id, Array.isArray(known) ? known : (known as ReadonlyMap<string, unknown>).keys()));
  const near = cache.get(id);
  return `unknown source "${id}": expected the id of a file in sources/ (without .md)${near ? `; did you mean "${near}"?` : ""}`;
}
