/**
 * Catalogue templates filled in: `"Précédent concernant {name}"` with
 * `{ name: … }`. A placeholder the caller does not provide is an error (a
 * mistyped placeholder in a catalogue fails the build, never shows as "{nmae}").
 */
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The template cut at its placeholders: text, value, text, … Values keep their type (markup stays markup). */
export function fill<T>(template: string, values: Readonly<Record<string, T>>): (string | T)[] {
  const out: (string | T)[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    if (!Object.hasOwn(values, name)) throw new Error(`interface template ${JSON.stringify(template)}: no value for {${name}}`);
    if (match.index > last) out.push(template.slice(last, match.index));
    out.push(values[name]!);
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

/** The template filled in as plain text. */
export function fillText(template: string, values: Readonly<Record<string, string | number>>): string {
  return fill(template, values).join("");
}

/** The placeholders of a template, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}
