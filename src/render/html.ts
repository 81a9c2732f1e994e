/**
 * HTML built with a tagged template that escapes every interpolation unless it
 * is already `SafeHtml`. Content is untrusted: the only way to put raw markup
 * on a page is to produce it here, in code, and wrap it on purpose.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Control characters HTML forbids (all C0 but tab, newline, carriage return; DEL and C1); shown as U+FFFD. */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Any surrogate, or any bidirectional control that opens or closes a scope: the rare texts that need more work. */
const RARE = /[\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/;
/** Lone surrogates: not characters, cannot be encoded as UTF-8 (the content checker refuses them; this is the last guard). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BIDI_SCOPE = /[\u202A-\u202E\u2066-\u2069]/g;
const HAS_BIDI_SCOPE = /[\u202A-\u202E\u2066-\u2069]/;
const EMBEDDINGS = "\u202A\u202B\u202D\u202E";
const ISOLATES = "\u2066\u2067\u2068";
const PDF = "\u202C";
const PDI = "\u2069";

/**
 * Closes what a text's bidirectional controls open and drops closers it did
 * not open, so that the text cannot reorder the markup and text around it:
 * an embedding or override (U+202A/B/D/E) is closed by U+202C, an isolate
 * (U+2066–U+2068) by U+2069, which also closes the embeddings opened inside it
 * (Unicode Bidirectional Algorithm, UAX #9). Texts without such controls come back unchanged.
 */
export function balanceBidi(text: string): string {
  if (!HAS_BIDI_SCOPE.test(text)) return text;
  const open: string[] = [];
  const out = text.replace(BIDI_SCOPE, (ch) => {
    if (EMBEDDINGS.includes(ch) || ISOLATES.includes(ch)) {
      open.push(ch);
      return ch;
    }
    if (ch === PDF) {
      if (open.length > 0 && EMBEDDINGS.includes(open[open.length - 1]!)) {
        open.pop();
        return ch;
      }
      return "";
    }
    // PDI: closes the innermost open isolate and every embedding opened since.
    let isolate = open.length - 1;
    while (isolate >= 0 && !ISOLATES.includes(open[isolate]!)) isolate--;
    if (isolate === -1) return "";
    open.length = isolate;
    return ch;
  });
  return out + open.reverse().map((c) => (ISOLATES.includes(c) ? PDI : PDF)).join("");
}

/**
 * Plain text isolated from what surrounds it, for where no markup can do it
 * (`<title>`, attribute values): a text holding bidirectional controls is
 * balanced and put between U+2068 FIRST STRONG ISOLATE and U+2069 POP
 * DIRECTIONAL ISOLATE. Other texts come back unchanged.
 */
export function isolateText(text: string): string {
  return /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(text) ? `\u2068${balanceBidi(text)}${PDI}` : text;
}

/**
 * Escapes text for element content and quoted attribute values alike. A text
 * with bidirectional controls is balanced (balanceBidi), so that it cannot
 * reorder what follows it; a lone surrogate becomes U+FFFD.
 */
export function escapeHtml(text: string): string {
  let out = text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!).replace(FORBIDDEN, "\uFFFD");
  if (RARE.test(out)) out = balanceBidi(out.replace(LONE_SURROGATE, "\uFFFD"));
  return out;
}

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks markup produced by trusted code (a renderer, a template) as safe to insert. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function serialize(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(serialize).join("");
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: text is escaped, SafeHtml and arrays of it are inserted as is. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += serialize(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and line separators cannot end the script. */
export function jsonForScript(value: unknown): SafeHtml {
  return new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029"),
  );
}
