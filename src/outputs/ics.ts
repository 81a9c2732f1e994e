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
  let out = "";
  let used = 0;
  for (const ch of line) {
    const size = octets(ch.codePointAt(0)!);
    if (used + size > 75) {
      out += "\r\n ";
      used = 1;
    }
    out += ch;
    used += size;
  }
  return out;
}

/** Content lines, folded, each ended by CRLF. */
export function icsLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}

/** YYYY-MM-DD → DATE value YYYYMMDD. */
export const icsDate = (day: string) => day.replace(/-/g, "");
