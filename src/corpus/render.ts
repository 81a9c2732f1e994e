/**
 * Writes a planned corpus as frise content files. Sources are written first:
 * each reports its events in its own words, and every quote an event or an
 * entity cites is cut from those words, so every citation verifies.
 */
import { article, refText, type CorpusEntity } from "./entities.ts";
import { isoDay, isoMonth } from "./dates.ts";
import type { CorpusPlan, Dispute, EventPlan, SourcePlan } from "./plan.ts";
import type { Random } from "./random.ts";
import { capitalize, elide, slugify, that, yamlFlowList, yamlScalar } from "./text.ts";
import { BACKGROUND, CLAUSES, EDITOR_OPENINGS, FIRST_NAMES, HEADINGS, LAST_NAMES, LIST_ITEMS, SPEECH_VERBS, TITLES, TOPIC_PHRASES } from "./words.ts";

/** "de l’Union…", "du Conseil…", "d’Awa Diallo", "de Moussa Koné". */
function ofPhrase(e: CorpusEntity): string {
  if (e.kind !== "organisation") return elide("de", e.name);
  const art = article(e.name);
  return art.startsWith("le ") ? `du ${art.slice(3)}` : `de ${art}`;
}

function fill(template: string, event: EventPlan): string {
  return template
    .replaceAll("{ofa}", ofPhrase(event.a))
    .replaceAll("{a}", event.a.phrase)
    .replaceAll("{b}", event.b?.phrase ?? "")
    .replaceAll("{topic}", TOPIC_PHRASES[event.topics[0]!.name] ?? event.topics[0]!.phrase);
}

function templatesFor(list: readonly string[], event: EventPlan): string[] {
  return list.filter((t) => event.b || !t.includes("{b}"));
}

export function eventTitle(event: EventPlan, random: Random): string {
  return fill(random.pick(templatesFor(TITLES[event.kind], event)), event);
}

/** One source's account of one event, and the exact words others may quote. */
interface Report {
  paragraph: string;
  lead: string;
  statement: string;
  naming?: string;
  authorities?: string;
}

const valueFor = <T>(d: Dispute<T> | undefined, k: number, fallback: T): T => (d ? d.values[d.bySource[k]!]! : fallback);

function report(event: EventPlan, k: number, random: Random): Report {
  const templates = templatesFor(CLAUSES[event.kind], event);
  const clause = fill(templates[(event.index + k) % templates.length]!, event);
  const words = valueFor(event.dateDispute, k, event.date).words;
  const place = event.place && valueFor(event.placeDispute, k, event.place);
  const lead = `${capitalize(words)}, ${clause}${place ? ` ${place.locative}` : ""}`;
  const country = event.about.find((e) => e.kind === "country");
  const said = event.statement
    .replace("{topic}", TOPIC_PHRASES[event.topics[0]!.name] ?? event.topics[0]!.phrase)
    .replace("{of}", country?.locative ?? "de la région");
  const statement = `${event.speaker.name}, ${event.speaker.role}, ${that(SPEECH_VERBS[(event.index + 3 * k) % SPEECH_VERBS.length]!, said)}`;
  const sentences = [`${lead}.`, `${statement}.`];
  let naming: string | undefined;
  if (event.naming) {
    const variant = valueFor(event.naming.dispute, k, event.naming.org.name);
    naming = `${variant} (${event.naming.org.acronym})`;
    const of = ofPhrase({ ...event.naming.org, name: variant });
    sentences.push(`Les représentants ${of} (${event.naming.org.acronym}) ont pris part aux échanges.`);
  }
  const authorities = country && `Les autorités ${country.locative} suivent ce dossier de près`;
  if (authorities && random.chance(0.6)) sentences.push(`${authorities}.`);
  if (random.chance(0.5)) sentences.push(random.pick(BACKGROUND));
  return { paragraph: sentences.join(" "), lead, statement, ...(naming ? { naming } : {}), ...(authorities && sentences.includes(`${authorities}.`) ? { authorities } : {}) };
}

interface SourceMeta {
  id: string;
  outlet: string;
}

const cite = (sourceId: string, quote: string) => `[@${sourceId} "${quote}"]`;

export function renderCorpus(plan: CorpusPlan, entities: CorpusEntity[], random: Random, seed: number): Map<string, string> {
  const files = new Map<string, string>();
  const titles = plan.events.map((e) => eventTitle(e, random));
  const eventIds = uniqueIds(plan.events.map((e, i) => `${e.date.idPrefix}-${slugify(titles[i]!, 7)}`));
  const sourceIds = uniqueIds(plan.sources.map((s) => `${slugify(s.outlet, 3)}-${isoDay(s.published)}`));
  const meta: SourceMeta[] = plan.sources.map((s, i) => ({ outlet: s.outlet, id: sourceIds[i]! }));

  // reports[event][k]: what the k-th source of the event says about it.
  const reports: Report[][] = plan.events.map((e) => e.sources.map((_, k) => report(e, k, random)));
  const mentions = new Map<CorpusEntity, { source: string; quote: string }>();
  const mention = (e: CorpusEntity | undefined, source: string, quote: string) => {
    if (e && !mentions.has(e)) mentions.set(e, { source, quote });
  };

  for (const source of plan.sources) {
    const id = meta[source.index]!.id;
    const parts: string[] = [`${random.pick(BACKGROUND)} ${random.pick(BACKGROUND)}`];
    for (const i of source.events) {
      const event = plan.events[i]!;
      const k = event.sources.indexOf(source.index);
      const r = reports[i]![k]!;
      if (random.chance(0.35)) parts.push(`## ${random.pick(HEADINGS)}`);
      parts.push(r.paragraph);
      if (random.chance(0.15)) parts.push(`Parmi les mesures évoquées :\n\n${random.sample(LIST_ITEMS, 3).map((item) => `- ${item}`).join("\n")}`);
      mention(event.a, id, r.lead);
      mention(event.b, id, r.lead);
      mention(valueFor(event.placeDispute, k, event.place), id, r.lead);
      mention(event.speaker, id, r.statement);
      if (r.authorities) mention(event.about.find((e) => e.kind === "country"), id, r.authorities);
    }
    files.set(`sources/${id}.md`, sourceFile(source, plan.events[source.events[0]!]!, titles[source.events[0]!]!, random) + parts.join("\n\n") + "\n");
  }

  plan.events.forEach((event, i) => {
    files.set(`events/${eventIds[i]}.md`, eventFile(event, titles[i]!, reports[i]!, event.sources.map((s) => meta[s]!), random));
  });
  for (const entity of entities) files.set(`entities/${entity.id}.md`, entityFile(entity, mentions.get(entity), random));
  files.set("site.yml", siteFile(plan, seed));
  return files;
}

function uniqueIds(wanted: string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((id) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}

function sourceFile(source: SourcePlan, firstEvent: EventPlan, firstTitle: string, random: Random): string {
  const supplied = random.chance(0.08);
  const title = supplied ? `Revue de presse de ${source.outlet}` : `${firstTitle} : ${random.pick(["ce qu’il faut retenir", "les détails", "les enjeux", "les précisions", "retour sur une semaine chargée"])}`;
  const monthOnly = random.chance(0.05);
  const lines = ["---"];
  if (supplied) lines.push("# The archived text has no title: this one was written by the editors.");
  lines.push(`title: ${yamlScalar(title)}`);
  if (supplied) lines.push("titleSupplied: true");
  lines.push(`outlet: ${yamlScalar(source.outlet)}`);
  if (random.chance(0.8)) lines.push(`author: ${yamlScalar(`${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`)}`);
  if (monthOnly) lines.push("# Only the month is known: the page shows no day.");
  lines.push(`published: ${monthOnly ? isoMonth(source.published) : isoDay(source.published)}`);
  lines.push("language: fr");
  if (random.chance(0.9)) {
    const host = slugify(source.outlet).replace(/-/g, "");
    lines.push(`url: https://www.${host}.example/${source.published.year}/${String(source.published.month).padStart(2, "0")}/${slugify(title, 8)}-${firstEvent.index}`);
  }
  lines.push("---", "");
  return lines.join("\n");
}

function claimsBlock<T>(indent: string, d: Dispute<T>, text: (v: T) => string, cites: (k: number) => { source: string; quote: string }): string[] {
  const lines = [`${indent}claims:`];
  d.values.forEach((value, v) => {
    lines.push(`${indent}  - value: ${yamlScalar(text(value))}`, `${indent}    cite:`);
    d.bySource.forEach((chosen, k) => {
      if (chosen !== v) return;
      const c = cites(k);
      lines.push(`${indent}      - source: ${c.source}`, `${indent}        quote: ${JSON.stringify(c.quote)}`);
    });
  });
  if (d.preferred !== undefined) lines.push(`${indent}preferred: ${yamlScalar(text(d.values[d.preferred]!))}`);
  return lines;
}

function eventFile(event: EventPlan, title: string, reports: Report[], sources: SourceMeta[], random: Random): string {
  const leadOf = (k: number) => ({ source: sources[k]!.id, quote: reports[k]!.lead });
  const lines = ["---", `title: ${yamlScalar(title)}`];
  if (event.dateDispute) {
    lines.push("# The sources disagree on the date: every claim is kept with its quote.", "date:", ...claimsBlock("  ", event.dateDispute, (f) => f.edtf, leadOf));
  } else {
    if (event.date.edtf.startsWith("../")) lines.push(`# Only known relative to a later date: "${event.date.words}".`);
    lines.push(`date: ${event.date.edtf}`);
  }
  const placeText = new Map<CorpusEntity, string>();
  const placeRef = (p: CorpusEntity) => placeText.get(p) ?? placeText.set(p, refText(random, p)).get(p)!;
  if (event.placeDispute) lines.push("place:", ...claimsBlock("  ", event.placeDispute, placeRef, leadOf));
  else if (event.place) lines.push(`place: ${yamlScalar(placeRef(event.place))}`);
  const refs = (list: CorpusEntity[]) => yamlFlowList(list.map((e) => refText(random, e)));
  if (event.participants.length) lines.push(`participants: ${refs(event.participants)}`);
  lines.push(`topics: ${refs(event.topics)}`, `about: ${refs(event.about)}`, `sources: ${yamlFlowList(sources.map((s) => s.id))}`);
  const templates = templatesFor(CLAUSES[event.kind], event);
  const clause = fill(templates[(event.index + 1) % templates.length]!, event);
  const where = event.place ? ` ${event.place.locative}` : "";
  if (random.chance(0.6)) lines.push(`summary: ${yamlScalar(`${capitalize(clause)}${where}, ${event.date.words}.`)}`);
  if (event.naming) {
    lines.push("names:", `  - term: ${yamlScalar(event.naming.org.acronym!)}`, ...claimsBlock("    ", event.naming.dispute, (v) => v, (k) => ({ source: sources[k]!.id, quote: reports[k]!.naming! })));
  }
  lines.push("---", "");

  const paragraphs: string[] = [];
  paragraphs.push(`${that(random.pick(EDITOR_OPENINGS), clause)}${where}, ${event.date.words} ${reports.map((r, k) => cite(sources[k]!.id, r.lead)).join(" ")}.`);
  const k = random.int(0, reports.length - 1);
  paragraphs.push(`Selon ${sources[k]!.outlet}, ${reports[k]!.statement.replace(/, [^,]+, /, " ")} ${cite(sources[k]!.id, reports[k]!.statement)}.`);
  if (event.dateDispute) {
    const said = reports.map((r, i) => `${sources[i]!.outlet} écrit « ${valueFor(event.dateDispute, i, event.date).words} » ${cite(sources[i]!.id, r.lead)}`);
    paragraphs.push(`Les sources ne s’accordent pas sur la date : ${said.join(", tandis que ")}.`);
  }
  if (event.placeDispute) {
    const said = reports.map((r, i) => `${sources[i]!.outlet} situe l’événement ${valueFor(event.placeDispute, i, event.place!).locative} ${cite(sources[i]!.id, r.lead)}`);
    paragraphs.push(`Le lieu varie selon les articles : ${said.join(", ")}.`);
  }
  if (event.naming) {
    const said = reports.map((r, i) => `« ${valueFor(event.naming!.dispute, i, "")} » ${cite(sources[i]!.id, r.naming!)}`);
    paragraphs.push(`L’organisation (${event.naming.org.acronym}) n’est pas désignée de la même façon par toutes les sources : ${said.join(", ")}.`);
  }
  if (event.topics.length > 1 && random.chance(0.3)) {
    paragraphs.push(`Thèmes abordés :\n\n${event.topics.map((t) => `- ${TOPIC_PHRASES[t.name] ?? t.phrase}`).join("\n")}`);
  } else if (random.chance(0.2)) {
    paragraphs.push(`La presse présente cet épisode comme *une étape importante* pour les parties concernées.`);
  }
  return `${lines.join("\n")}${paragraphs.join("\n\n")}\n`;
}

function entityFile(entity: CorpusEntity, seen: { source: string; quote: string } | undefined, random: Random): string {
  const lines = ["---", `kind: ${entity.kind}`, `name: ${yamlScalar(entity.name)}`];
  if (entity.aliases.length) lines.push(`aliases: ${yamlFlowList(entity.aliases)}`);
  lines.push("---", "");
  let body = "";
  if (random.chance(0.4)) {
    const what =
      entity.kind === "person" ? `${entity.name} est ${entity.role} selon la presse` :
      entity.kind === "organisation" ? `${capitalize(entity.phrase)} apparaît dans de nombreux articles` :
      entity.kind === "topic" ? `Thème de la chronologie : ${TOPIC_PHRASES[entity.name] ?? entity.phrase}` :
      `${entity.name} apparaît dans la chronologie`;
    body = seen ? `${what} ${cite(seen.source, seen.quote)}.\n` : `${what}.\n`;
  }
  return lines.join("\n") + body;
}

function siteFile(plan: CorpusPlan, seed: number): string {
  return [
    "# Synthetic corpus (npm run corpus): invented events, sources and people, for tests and benchmarks.",
    `title: ${JSON.stringify(`Chronologie synthétique : ${plan.events.length} événements`)}`,
    `description: ${JSON.stringify(`Corpus de test généré (graine ${seed}) : ${plan.events.length} événements, ${plan.sources.length} sources. Tout y est inventé.`)}`,
    "language: fr",
    'baseUrl: "https://example.org/"',
    'pathPrefix: "/"',
    "",
  ].join("\n");
}
