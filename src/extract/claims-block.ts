/**
 * A ready-to-paste `date:` block for an event that a passage gives another
 * date for: the event's present values with their citations, the new value
 * with the passage's, and `preferred:` keeping what the site shows today (an
 * editor changes it if the new value should win). A present value that has
 * no citation yet (a plain `date:`) is cited by the event's own note whose
 * quote gives that date, when there is one; otherwise a placeholder marks
 * what to fill in.
 */
import type { TimelineEvent } from "../model/timeline.ts";

export interface Cite {
  source: string;
  quote: string;
}

const yaml = (s: string) => JSON.stringify(s); // JSON strings are YAML strings.

export function claimsBlock(event: TimelineEvent, value: string, cite: Cite, citeFor: (value: string) => Cite | undefined): string {
  const lines = ["date:", "  claims:"];
  const push = (v: string, cites: readonly Cite[]) => {
    lines.push(`    - value: ${v}`, "      cite:");
    for (const c of cites) lines.push(`        - source: ${c.source}`, `          quote: ${yaml(c.quote)}`);
  };
  for (const claim of event.date.claims) {
    const cites = claim.cites.map((c) => ({ source: c.source, quote: c.quote }));
    if (cites.length > 0) {
      push(claim.text, cites);
      continue;
    }
    const found = citeFor(claim.text);
    if (found) push(claim.text, [found]);
    else {
      push(claim.text, [{ source: event.sourceIds[0] ?? "id-de-la-source", quote: "mots exacts de la source" }]);
      lines.push("          # À COMPLÉTER : la citation qui donne cette date");
    }
  }
  const existing = event.date.claims.find((c) => c.text === value);
  if (existing) return "";
  push(value, [cite]);
  lines.push(`  preferred: ${event.date.text}   # la valeur affichée aujourd'hui : à changer si la nouvelle doit l'emporter`);
  return lines.join("\n");
}
