/**
 * Text for XML 1.0 documents (Atom, sitemap). Escaping alone is not enough:
 * XML forbids most control characters even as references, and one of them in
 * an untrusted title would make the whole feed unreadable, so they are replaced.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Characters XML 1.0 does not allow anywhere (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and quoted attribute values; `]]>` cannot survive (its `>` is escaped). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** A tagged template for XML whose interpolations are always escaped. */
export function xml(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += escapeXml(String(values[i])) + strings[i + 1]!;
  return out;
}
