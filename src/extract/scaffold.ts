/**
 * The files `npm run extract -- <source> --write` creates: one event per
 * `new-event` proposal, made by `npm run new`'s own event scaffold (so it has
 * every field and comment an editor expects), citing the proposal's quote,
 * and naming the entities the sentence names under `about:` and its topics
 * under `topics:`. Each passes `npm run check` as written (with a warning
 * until its « À RÉDIGER » sentence is replaced).
 */
import path from "node:path";
import { eventScaffold } from "../cli/new.ts";
import type { Proposal } from "./extract.ts";

export interface EventFile {
  id: string;
  file: string;
  text: string;
  proposal: Proposal;
}

const TITLE_WORDS = 12;
const TITLE_LENGTH = 90;

/** A working title from the quote: its first words, capitalised (the editor rewrites it). */
export function workingTitle(quote: string): string {
  const words = quote.replace(/[«»“”"]/g, "").split(/\s+/).filter(Boolean);
  let title = "";
  for (const word of words.slice(0, TITLE_WORDS)) {
    if ((title + " " + word).trim().length > TITLE_LENGTH) break;
    title = (title + " " + word).trim();
  }
  title = title.replace(/[\s,;:.(—–-]+$/u, "");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The event files for the `new-event` proposals (two that would get the same id in one run: the second gets "-2"). */
export function eventFiles(proposals: readonly Proposal[], contentDir: string, schemaDir: string): EventFile[] {
  const folder = path.join(contentDir, "events");
  const schemaPath = path.relative(folder, path.join(schemaDir, "event.schema.json")).split(path.sep).join("/");
  const used = new Set<string>();
  const out: EventFile[] = [];
  for (const p of proposals) {
    if (p.proposal !== "new-event") continue;
    const title = workingTitle(p.quote);
    const base = eventScaffold(title, p.date, [p.source], schemaPath, undefined, p.quote).id;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    let text = eventScaffold(title, p.date, [p.source], schemaPath, id === base ? undefined : id, p.quote).text;
    if (p.entities.length) text = text.replace(/^# about: .*$/m, `about: [${p.entities.join(", ")}]   # proposé par npm run extract (entités nommées par la phrase) : à vérifier`);
    if (p.topics.length) text = text.replace(/^# topics: .*$/m, `topics: [${p.topics.join(", ")}]   # proposé par npm run extract : à vérifier`);
    out.push({ id, file: path.join(folder, `${id}.md`), text, proposal: p });
  }
  return out;
}
