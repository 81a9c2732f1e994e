/** Small text helpers for the synthetic corpus: ids, capitals, YAML scalars. */

/** `Côte d’Ivoire : accord` → `cote-d-ivoire-accord` (a valid frise id). */
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
}

/** Without accents, as a keyboard without them would type it. */
export function unaccented(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'");
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("fr") + text.slice(1);
}

/** The key frise compares names by (case and spacing ignored), to keep names unique. */
export function nameKey(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("fr");
}

const PLAIN = /^[\p{L}][\p{L}\p{N} ’'.,()–-]*[\p{L}\p{N}.)]$|^[\p{L}]$/u;

/** EDTF dates as editors write them, unquoted: `2025-04-03`, `2025-09~`, `../2025-09-24`, `2025-04-01/2025-04-05`. */
const EDTF = /^(?:\.\.\/)?\d{4}[-\d/.~?%]*$/;

/** A YAML scalar for a block context: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(text: string): string {
  return (PLAIN.test(text) && !/[:#]/.test(text)) || EDTF.test(text) ? text : JSON.stringify(text);
}

/** A YAML scalar inside a flow list `[a, b]`: commas and brackets force quotes. */
export function yamlFlowItem(text: string): string {
  return PLAIN.test(text) && !/[:#,[\]{}]/.test(text) ? text : JSON.stringify(text);
}

export function yamlFlowList(items: readonly string[]): string {
  return `[${items.map(yamlFlowItem).join(", ")}]`;
}

/** "a dit que" + "il…" → "a dit qu’il…". */
export function that(words: string, clause: string): string {
  return words.endsWith(" que") && /^[aeiouyâàéèêîïôûAEIOUYÂÀÉÈÊÎÏÔÛ]/.test(clause) ? `${words.slice(0, -4)} qu’${clause}` : `${words} ${clause}`;
}

/** `à` + `le` contractions are the caller's business; this only elides `de`/`le`/`la` before a vowel (an initial h is left to the caller). */
export function elide(word: "de" | "le" | "la", next: string): string {
  return /^[aeiouyâàéèêîïôûAEIOUYÂÀÉÈÊÎÏÔÛ]/.test(next) ? `${word === "de" ? "d" : "l"}’${next}` : `${word} ${next}`;
}
