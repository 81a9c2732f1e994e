/**
 * The little of RFC 5545 that all-day events need: TEXT escaping, line
 * folding and CRLF line ends. Written here rather than with ical-generator,
 * whose line folding builds a TextEncoder per character: 60 s for the
 * 10,000-event benchmark corpus, against a few hundred milliseconds here.
 * Tests read every file back with ical.js.
 */

/** Control characters (§3.3.11 excludes them from TEXT) and lone surrogates (not encodable in UTF-8). */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A TEXT value: `\`, `;` and `,` escaped, line breaks written `\n`, unwritable characters replaced. */
export function icsText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(UNWRITABLE, "\uFFFD")
    .replace(/[\\;,]/g, "\\$&")
    .replace(/\n/g, "\\n");
}

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** §3.1: a line longer than 75 octets continues on lines starting with a space, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  // Slices, not a character-by-character string: a 10,000-event calendar folds ~100,000 lines.
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const size = octets(codePoint);
    if (used + size > 75) {
      parts.push(line.slice(start, i));
      start = i;
      used = 1; // the continuation line's leading space
    }
    used += size;
    i += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

/** Content lines, folded, each ended by CRLF. */
export function icsLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}

/** YYYY-MM-DD → DATE value YYYYMMDD. */
export const icsDate = (day: string) => day.replace(/-/g, "");
