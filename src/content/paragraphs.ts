/**
 * A source's archived text must keep the article's paragraphs: quotes are
 * checked within one paragraph, and the source page shows them. In Markdown a
 * single line break does not end a paragraph, so text pasted with one line per
 * paragraph becomes one long paragraph. Spotted here from the raw lines: a line
 * that ends a sentence, followed directly by a line that starts one.
 */
import type { Diagnostics } from "./diagnostics.ts";

/** Lines that Markdown reads as their own blocks or as list and quote items: not prose. */
const STRUCTURE = /^\s*(?:[-*+>#|]|\d+[.)]\s|```|~~~)/;
const ENDS_SENTENCE = /[.!?…»”"]\s*$/u;
const STARTS_SENTENCE = /^\s*[«“"‘'(\p{Lu}\p{N}]/u;

/** The 0-based index of the first line break that joins two sentences in one paragraph, if any. */
export function firstSingleBreak(body: string): number | undefined {
  const lines = body.split("\n");
  let fenced = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const next = lines[i + 1]!;
    if (fenced || line.trim() === "" || next.trim() === "" || STRUCTURE.test(line) || STRUCTURE.test(next)) continue;
    if (/ {2}$|\\$/.test(line)) continue; // a deliberate Markdown line break
    if (ENDS_SENTENCE.test(line) && STARTS_SENTENCE.test(next)) return i;
  }
  return undefined;
}

/** Warns once per source, at the first such line break. */
export function checkParagraphs(body: string, bodyLine: number, file: string, diags: Diagnostics): void {
  const index = firstSingleBreak(body);
  if (index === undefined) return;
  diags.warning({
    file,
    line: bodyLine + index,
    field: "body",
    message:
      "a sentence ends this line and the next line starts another, with no blank line between: Markdown joins them into one paragraph. Leave a blank line between the article's paragraphs (see CONTRIBUTING: “Paragraphs of a source”)",
  });
}
