/**
 * The readable report of `npm run extract`: per source, each proposal with
 * its line, the words that gave the date, the date, the quote, the entities
 * and what to do, with the citation or the `claims` block ready to paste.
 */
import type { Proposal } from "./extract.ts";

const indent = (text: string, by: string) => text.split("\n").map((l) => by + l).join("\n");

function what(p: Proposal): string[] {
  if (p.proposal === "new-event") return ["proposal   new event (--write creates it)", `citation   ${p.citation}`];
  const relation = p.relation === "same" ? `same date as its ${p.eventDate}` : p.relation === "covers" ? `less precise than its ${p.eventDate}` : `differs from its ${p.eventDate}`;
  const lines = [`proposal   ${p.proposal} ${p.event} (${relation})`];
  if (p.alsoFits?.length) lines.push(`           also fits: ${p.alsoFits.join(", ")}`);
  if (p.addSource) lines.push(`           add ${p.source} to its sources:`);
  if (p.proposal === "cite") lines.push(`citation   ${p.citation}`);
  else if (p.claims) lines.push("claims     replace its date: with", indent(p.claims, "             "));
  else lines.push(`citation   ${p.citation}`);
  return lines;
}

export function formatProposal(p: Proposal): string {
  const lines = [
    `${p.file}:${p.line}  «${p.phrase}» → ${p.date}`,
    `quote      ${p.quote}`,
    ...(p.resolvedFrom ? [`resolved   ${p.resolvedFrom}`] : []),
    ...p.flags.map((f) => `WARNING    ${f}`),
    `entities   ${p.entities.length ? p.entities.join(", ") : "(none known)"}${p.topics.length ? `; topics: ${p.topics.join(", ")}` : ""}`,
    ...(p.candidates.length ? [`candidates ${p.candidates.join(", ")} (no entity has these names)`] : []),
    ...what(p),
  ];
  return [lines[0], ...lines.slice(1).flatMap((l) => l.split("\n")).map((l) => `  ${l}`)].join("\n");
}

export function formatReport(sourceId: string, published: string, proposals: readonly Proposal[]): string {
  const counts = (["cite", "claim", "new-event"] as const).map((k) => `${proposals.filter((p) => p.proposal === k).length} ${k}`).join(", ");
  const head = `${sourceId} (published ${published}): ${proposals.length} dated statement${proposals.length === 1 ? "" : "s"} — ${counts}`;
  return [head, ...proposals.map((p) => `\n${formatProposal(p)}`)].join("\n");
}
