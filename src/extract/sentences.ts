/**
 * Sentences of a block of text (a paragraph, a list item, a heading), as
 * ranges of the text itself so that what is quoted is the source's own words.
 * A full stop ends a sentence when what follows starts like one (a capital,
 * a digit, an opening quotation mark) and what precedes is not an
 * abbreviation ("M.", "Dr.", an initial).
 */

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "av", "bd", "no", "n°", "mr", "mrs", "ms", "jr", "sr", "gen", "gén", "col", "lt", "gov", "sen", "rep", "prof", "vs", "cf", "p", "pp", "vol", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "j.-c"]);

const END = /[.!?…]+["»”’)\]]*\s+/gu;
const STARTS_SENTENCE = /^["«“‘(\[—–\-]?\s*[\p{Lu}\p{N}]/u;

export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    if (!STARTS_SENTENCE.test(text.slice(end))) continue;
    const word = /([\p{L}°.-]+)$/u.exec(text.slice(start, m.index))?.[1] ?? "";
    const bare = word.toLowerCase().replace(/^.*[^\p{L}°.-]/u, "");
    if (m[0][0] === "." && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /(?:^|\.)\p{L}$/u.test(word))) continue;
    out.push(trim(text, { start, end }));
    start = end;
  }
  if (start < text.length) out.push(trim(text, { start, end: text.length }));
  return out.filter((r) => r.end > r.start);
}

export function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}
