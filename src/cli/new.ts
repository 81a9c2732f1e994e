/**
 * `npm run new -- event|source|entity …`: creates a correctly named content
 * file with every field, comments for editors (in French, their language) and
 * a citation example. Never overwrites. Given what it needs — an event's
 * `--source` that exists (its opening words become a real citation), a source's
 * `--text` file — the file passes `npm run check` as written, with a warning
 * while the scaffold's "À RÉDIGER" sentence remains. Without them, placeholders
 * (`id-de-la-source`, an empty article text) fail `check` on their own lines,
 * so an unfinished file cannot reach the site.
 *
 * Ids: an event is `<date>-<title>` (the date's first day, month or year, as
 * written), a source `<outlet or title>-<published>`, an entity `<name>`, each
 * slugified (accents dropped, apostrophes and spaces become hyphens). `--id`
 * overrides.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildPaths } from "../config.ts";
import { ENTITY_KINDS, EntityFrontMatter, EventFrontMatter, SourceFrontMatter } from "../content/front-matter-schema.ts";
import { parseEventDate, type DatePoint } from "../model/dates.ts";
import { Diagnostics } from "../content/diagnostics.ts";
import { parseContentFile } from "../content/frontmatter.ts";
import { TO_WRITE } from "../model/timeline.ts";
import { parseMarkdown, textBlocks } from "../render/markdown.ts";
import { checkBaseUrl, checkSiteLanguage, oneLine } from "../content/site.ts";
import { unknownSource } from "../model/suggest.ts";

export const USAGE = `usage:
  npm run new -- event "Titre de l'événement" --date 2025-09-24 [--source <id>]... [--id <id>]
  npm run new -- source "Titre de l'article" --published 2025-04-10 [--outlet <média>] [--author <nom>]
                 [--language fr] [--url https://…] [--text article.txt] [--id <id>]
  npm run new -- entity <${ENTITY_KINDS.join("|")}> "Nom" [--id <id>]
  npm run new -- site "Titre du site" [--language fr] [--url https://…] [--description "…"]
  npm run new -- --help`;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 60;

/** "Réunion de l'AES à Moscou" → "reunion-de-l-aes-a-moscou". */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : max);
}

/** A bad command line: the message and the usage, exit 2. */
export class UsageError extends Error {}

export type Kind = "event" | "source" | "entity";
export const FOLDERS: Record<Kind, string> = { event: "events", source: "sources", entity: "entities" };

export interface Scaffold {
  kind: Kind | "site";
  id: string;
  text: string;
}

const yamlText = (value: string) => JSON.stringify(value); // JSON strings are YAML strings.

function pointDigits(p: DatePoint): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return [String(p.year).padStart(4, "0"), p.month && pad(p.month), p.day && pad(p.day)].filter(Boolean).join("-");
}

/** The date part of an event id: the first day (or month, or year) the date names. */
export function datePrefix(dateText: string): string {
  const parsed = parseEventDate(dateText);
  if (!parsed.ok) throw new UsageError(`--date: ${parsed.error}`);
  const date = parsed.value;
  if (date.kind === "point") return pointDigits(date.point);
  if (date.kind === "range" || date.kind === "after") return pointDigits(date.start);
  if (date.kind === "before") return pointDigits(date.end);
  return "";
}

function checkId(id: string, from: string): string {
  if (!ID.test(id)) throw new UsageError(`cannot make an id from ${from}: give one with --id (lowercase letters, digits and single hyphens)`);
  return id;
}

/** A value checked by the field's own schema, so `new` and `check` agree. */
function checkField(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, name: string, value: string): string {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`--${name}: ${result.error!.issues[0]!.message}`);
  return value;
}

const header = (schemaPath: string) => [
  "---",
  `# yaml-language-server: $schema=${schemaPath}`,
  `# Guide : CONTRIBUTING.md. Vérifier : npm run check (chaque problème avec sa ligne).`,
];

const DATE_HELP = [
  "# Date (EDTF) : 2025-09-24 (jour), 2025-09 (mois), 2025 (année), 2025-09~ (vers),",
  "# 2025-09-24? (incertaine), 2025-04-03/2025-04-04 (du… au…), ../2025-09-24 (avant le),",
  "# 2025-09-24/.. (annoncé, pas encore daté), unknown (inconnue).",
  "# Si les sources divergent, une valeur par source, avec citations :",
  "#   date:",
  "#     claims:",
  "#       - value: 2025-09-24",
  "#         cite:",
  "#           - source: id-de-la-source",
  '#             quote: "mots exacts de la source"',
  "#       - value: 2025-09-25",
  "#         cite:",
  "#           - source: id-d-une-autre-source",
  '#             quote: "leurs mots exacts"',
  "#     preferred: 2025-09-24   # la valeur retenue (obligatoire si les sources sont à égalité)",
];

/**
 * The first words of a source's text, verbatim (from its rendered plain text, so
 * Markdown syntax is not quoted): a citation the check accepts as it stands.
 */
export function openingWords(sourceFile: string, count = 8): string | undefined {
  if (!fs.existsSync(sourceFile)) return undefined;
  // The loader's own parser: it refuses executable front matter, which gray-matter alone would run.
  const body = parseContentFile(sourceFile, fs.readFileSync(sourceFile, "utf8"), new Diagnostics())?.body ?? "";
  const first = textBlocks(parseMarkdown(body, {}))[0]?.text ?? "";
  const words = first.split(/["\n]/)[0]!.split(/\s+/).filter(Boolean).slice(0, count);
  return words.length >= 3 ? words.join(" ").replace(/[,;:]$/, "") : undefined;
}

export function eventScaffold(title: string, dateText: string, sources: string[], schemaPath: string, id?: string, quote?: string): Scaffold {
  checkField(EventFrontMatter.shape.title, "title", title);
  const prefix = datePrefix(dateText);
  const slug = slugify(title);
  if (!slug && !id) throw new UsageError(`cannot make an id from the title "${title}": give one with --id`);
  const finalId = checkId(id ?? [prefix, slug].filter(Boolean).join("-"), id ? `--id "${id}"` : `the title "${title}"`);
  for (const s of sources) checkId(s, `--source "${s}"`);
  const cited = sources[0] ?? "id-de-la-source";
  const text = [
    ...header(schemaPath),
    `title: ${yamlText(title.trim())}`,
    ...DATE_HELP,
    `date: ${dateText.trim()}`, // validated EDTF, safe as a plain YAML scalar
    "# Facultatifs : décommenter et compléter. Les noms désignent des entités de content/entities/",
    "# (id, nom ou alias) ; npm run new -- entity <kind> \"Nom\" en crée une.",
    "# place: Moscou                              # une entité lieu (ou des claims, comme date)",
    "# participants: [Abdoulaye Diop, Sergueï Lavrov]   # personnes, organisations, pays",
    "# about: [AES, Russie]                       # ce dont il s'agit ; le premier est l'entité principale",
    "# topics: [diplomatie]                       # thèmes",
    "# summary: Une phrase pour la chronologie (par défaut : le premier paragraphe ci-dessous).",
    "# Les différents noms que les sources donnent à une même chose (au moins deux) :",
    "# names:",
    "#   - term: AES",
    "#     claims:",
    "#       - value: Alliance des États du Sahel",
    '#         cite: [{source: id-de-la-source, quote: "l’Alliance des États du Sahel (AES)"}]',
    "#       - value: Confédération des États du Sahel",
    '#         cite: [{source: id-d-une-autre-source, quote: "la Confédération des États du Sahel (AES)"}]',
    "# Obligatoire : l'id (nom de fichier sans .md) de chaque source citée dans le texte.",
    `sources: [${(sources.length ? sources : [cited]).join(", ")}]`,
    "---",
    ...(quote
      ? [`${TO_WRITE} : ce qui s'est passé, en quelques phrases, chacune suivie de la citation qui l'appuie`, `[@${cited} ${JSON.stringify(quote)}].`]
      : ["Ce qui s'est passé, en quelques phrases, chacune suivie de la citation qui l'appuie", `[@${cited} "mots exacts de la source"].`]),
    "",
  ].join("\n");
  return { kind: "event", id: finalId, text };
}

export interface SourceOptions {
  published: string;
  outlet?: string | undefined;
  author?: string | undefined;
  language: string;
  url?: string | undefined;
  id?: string | undefined;
}

export function sourceScaffold(title: string, o: SourceOptions, schemaPath: string, articleText = ""): Scaffold {
  const shape = SourceFrontMatter.shape;
  checkField(shape.title, "title", title);
  checkField(shape.published, "published", o.published);
  checkField(shape.language, "language", o.language);
  if (o.url !== undefined) checkField(shape.url, "url", o.url);
  const base = o.outlet ? slugify(o.outlet) : slugify(title.split(/\s+/).slice(0, 5).join(" "));
  const finalId = checkId(o.id ?? (base ? `${base}-${o.published.trim()}` : ""), o.id ? `--id "${o.id}"` : "the outlet or title");
  const optional = (name: string, value: string | undefined, example: string, help: string) =>
    value !== undefined ? `${name}: ${yamlText(value.trim())}   # ${help}` : `# ${name}: ${example}   # ${help}`;
  const text = [
    ...header(schemaPath),
    `title: ${yamlText(title.trim())}`,
    "titleSupplied: false   # true si l'article n'a pas de titre et que la rédaction a écrit celui-ci",
    optional("outlet", o.outlet, "Nom du média", "facultatif : le média qui publie, tel que l'article le nomme"),
    optional("author", o.author, "Prénom Nom", "facultatif : tel que signé"),
    `published: ${o.published.trim()}   # le jour ; ou le mois (2025-04) ou l'année si l'article n'en dit pas plus`,
    `language: ${o.language.trim()}`,
    optional("url", o.url, "https://…", "facultatif : l'adresse de l'article (http ou https)"),
    "# Sous la ligne --- ci-dessous : le texte de l'article tel qu'archivé, nettoyé du décor",
    "# du site (boutons de partage, « Lire aussi », commentaires, publicités) et de rien d'autre.",
    "# Les citations des événements doivent s'y trouver mot pour mot.",
    "---",
    articleText.trim() ? `${articleText.trim()}\n` : "",
  ].join("\n");
  return { kind: "source", id: finalId, text };
}

export function entityScaffold(kind: string, name: string, schemaPath: string, id?: string): Scaffold {
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) throw new UsageError(`"${kind}" is not a kind of entity: expected one of ${ENTITY_KINDS.join(", ")}`);
  checkField(EntityFrontMatter.shape.name, "name", name);
  const finalId = checkId(id ?? slugify(name), id ? `--id "${id}"` : `the name "${name}"`);
  const text = [
    ...header(schemaPath),
    `kind: ${kind}   # ${ENTITY_KINDS.join(" | ")}`,
    `name: ${yamlText(name.trim())}   # le nom affiché`,
    "# Toutes les autres graphies employées par les sources (les événements peuvent en utiliser",
    "# n'importe laquelle), par exemple : aliases: [Sergei Lavrov, Sergey Lavrov, Lavrov]",
    "aliases: []",
    "# Sous la ligne --- : une description facultative, chaque affirmation suivie de sa citation",
    '# [@id-de-la-source "mots exacts de la source"].',
    "---",
    "",
  ].join("\n");
  return { kind: "entity", id: finalId, text };
}

/** Every file with this id already in the kind's folder, at any depth. */
export function existing(folder: string, id: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile() && d.name === `${id}.md`)
    .map((d) => path.join(d.parentPath, d.name));
}

const display = (file: string) => {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel;
};

/** `site.yml`: the site's settings, each checked as the loader checks it. */
export function siteScaffold(title: string, o: { language?: string | undefined; url?: string | undefined; description?: string | undefined }): Scaffold {
  const checked = (check: typeof checkSiteLanguage, name: string, value: string) => {
    const result = check(value);
    if (!result.ok) throw new UsageError(`--${name}: ${result.message}`);
    return result.value;
  };
  const line = (name: string, value: string) => {
    const result = oneLine(value);
    if (!result.ok) throw new UsageError(`${name}: ${result.message}`);
    return value;
  };
  const text = [
    "# Réglages du site (README : « Configuration »). FRISE_PATH_PREFIX et FRISE_BASE_URL remplacent les deux derniers.",
    `title: ${yamlText(line("the title", title))}`,
    `description: ${yamlText(line("--description", o.description ?? "Une chronologie sourcée."))}`,
    `language: ${checked(checkSiteLanguage, "language", o.language ?? "fr")}`,
    `baseUrl: ${yamlText(checked(checkBaseUrl, "url", o.url ?? "https://example.org/"))}`,
    'pathPrefix: "/"',
    "",
  ].join("\n");
  return { kind: "site", id: "site", text };
}

/** Parses the command line into a scaffold; throws UsageError on bad arguments. */
export function scaffoldFromArgs(args: string[], contentDir: string, schemaDir: string): { scaffold: Scaffold; file: string } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      date: { type: "string" },
      source: { type: "string", multiple: true },
      published: { type: "string" },
      outlet: { type: "string" },
      author: { type: "string" },
      language: { type: "string" },
      url: { type: "string" },
      text: { type: "string" },
      id: { type: "string" },
      description: { type: "string" },
    },
  });
  const [kind, ...rest] = positionals;
  if (kind === "site") {
    const stray = Object.keys(values).find((k) => !["language", "url", "description"].includes(k));
    if (stray) throw new UsageError(`--${stray} does not apply to the site`);
    if (rest.length !== 1) throw new UsageError('expected one title, in quotes: npm run new -- site "Titre du site"');
    return { scaffold: siteScaffold(rest[0]!, values), file: path.join(contentDir, "site.yml") };
  }
  const allowed: Record<Kind, string[]> = {
    event: ["date", "source", "id"],
    source: ["published", "outlet", "author", "language", "url", "text", "id"],
    entity: ["id"],
  };
  if (kind !== "event" && kind !== "source" && kind !== "entity") throw new UsageError(kind ? `unknown kind "${kind}": expected event, source, entity or site` : "what to create?");
  const stray = Object.keys(values).find((k) => !allowed[kind].includes(k));
  if (stray) throw new UsageError(`--${stray} does not apply to ${kind === "source" ? "a" : "an"} ${kind}`);
  const folder = path.join(contentDir, FOLDERS[kind]);
  const schemaPath = path.relative(folder, path.join(schemaDir, `${kind}.schema.json`)).split(path.sep).join("/");

  let scaffold: Scaffold;
  if (kind === "event") {
    if (rest.length !== 1) throw new UsageError('expected one title, in quotes: npm run new -- event "Titre" --date 2025-09-24');
    if (!values.date) throw new UsageError("--date is required (e.g. --date 2025-09-24, or --date unknown)");
    const cited = values.source?.[0];
    const quote = cited ? openingWords(path.join(contentDir, FOLDERS.source, `${cited}.md`)) : undefined;
    scaffold = eventScaffold(rest[0]!, values.date, values.source ?? [], schemaPath, values.id, quote);
  } else if (kind === "source") {
    if (rest.length !== 1) throw new UsageError('expected one title, in quotes: npm run new -- source "Titre" --published 2025-04-10');
    if (!values.published) throw new UsageError("--published is required (the day, e.g. 2025-04-10, or the month or year)");
    if (values.text !== undefined && !fs.existsSync(values.text)) throw new UsageError(`--text "${values.text}": no such file (the article's text, as archived)`);
    const article = values.text !== undefined ? fs.readFileSync(values.text, "utf8") : "";
    scaffold = sourceScaffold(rest[0]!, { published: values.published, outlet: values.outlet, author: values.author, language: values.language ?? "fr", url: values.url, id: values.id }, schemaPath, article);
  } else {
    if (rest.length !== 2) throw new UsageError(`expected a kind and a name: npm run new -- entity person "Nom"`);
    scaffold = entityScaffold(rest[0]!, rest[1]!, schemaPath, values.id);
  }
  return { scaffold, file: path.join(folder, `${scaffold.id}.md`) };
}

/** The `--source` ids of an event that name no file in sources/: its citations would fail the check. */
function unknownSources(args: string[], contentDir: string): string[] {
  const { values } = parseArgs({ args, allowPositionals: true, strict: false, options: { source: { type: "string", multiple: true } } });
  const folder = path.join(contentDir, FOLDERS.source);
  const known = fs.existsSync(folder) ? (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => f.endsWith(".md")).map((f) => path.basename(f, ".md")) : [];
  return ((values.source as string[] | undefined) ?? [])
    .filter((id) => !known.includes(id))
    .map((id) => `${unknownSource(id, known)}: its citation will fail npm run check until that source exists`);
}

function main(): void {
  const { contentDir } = buildPaths();
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  let created: { scaffold: Scaffold; file: string };
  try {
    created = scaffoldFromArgs(args, contentDir, path.resolve(import.meta.dirname, "../../schema"));
  } catch (error) {
    if (!(error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))) throw error;
    console.error(`frise: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { scaffold, file } = created;
  if (!fs.existsSync(contentDir)) {
    console.error(`frise: content folder not found: ${display(contentDir)} (set FRISE_CONTENT or run from the project folder)`);
    process.exit(1);
  }
  const clash = scaffold.kind === "site" ? (fs.existsSync(file) ? [file] : []) : existing(path.dirname(file), scaffold.id);
  if (clash.length > 0) {
    console.error(`frise: ${display(clash[0]!)} already exists: nothing was written (choose another title, or an id with --id)`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, scaffold.text, { flag: "wx" }); // never replaces a file, even one created meanwhile
  } catch (error) {
    if ((error as { code?: string }).code !== "EEXIST") throw error;
    console.error(`frise: ${display(file)} already exists: nothing was written`);
    process.exit(1);
  }
  console.log(`frise: created ${display(file)}`);
  if (scaffold.kind === "event") for (const warning of unknownSources(args, contentDir)) console.error(`frise: warning: ${warning}`);
  const next = {
    entity: "add aliases and an optional description",
    source: args.includes("--text") ? "read the archived text through: the article's paragraphs separated by blank lines, nothing of the page around it" : "paste the article's text below the front matter",
    event: "list its sources and write the cited summary",
    site: "check the title, description and address",
  }[scaffold.kind];
  console.log(`next: ${next}, then run npm run check`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    main();
  } catch (error) {
    console.error(`frise: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
