/**
 * The front matter of sources, events and entities, defined once with zod.
 * The validator (schema.ts) parses with these schemas and reports their
 * issues at the YAML node they point to; `npm run schema` exports the same
 * schemas as JSON Schema files for editors' YAML tooling. Every message says
 * what was expected, in the words editors see in `npm run check`.
 *
 * What zod cannot say is checked here too, as refinements (a date that does not
 * exist, a `preferred` value that is not claimed); what needs other files (a
 * cited source exists, a quote is in it) is checked by the model.
 */
import { z } from "zod";
import { DATE_FORMS, parseDatePoint, parseEventDate } from "../model/dates.ts";

export const ENTITY_KINDS = ["person", "organisation", "country", "place", "topic"] as const;

/** How a wrong value is named in a message. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "object") return "a mapping";
  // JSON.stringify would name Infinity "null".
  return `${typeof value} ${typeof value === "string" ? JSON.stringify(value) : String(value)}`;
}

/** "is required: expected X" when absent, "expected X (or `type`), found Y" otherwise. */
const expecting = (what: string, type = what) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `is required: expected ${what}` : `expected ${type}, found ${describe(iss.input)}`;

/** A non-empty text; a YAML number such as `2025` is a text too. Trimmed. */
function text(what = "a non-empty text", pattern?: { regex: RegExp; error: (input: string) => string }) {
  let string = z.string().trim().min(1, { error: `is empty: expected ${what}` });
  if (pattern) string = string.regex(pattern.regex, { error: (iss) => pattern.error(String(iss.input)) });
  return z.union([string, z.number()], { error: expecting(what, "a text") }).transform(String);
}

type Parse = (text: string) => { ok: true } | { ok: false; error: string };

/**
 * A text that must parse: the parser's message is the editor's message. The
 * pattern (the parser's syntax, roughly) is what JSON Schema tools can check;
 * the parser then catches what a pattern cannot (2025-02-30).
 */
function parsedText(parse: Parse, what: string, regex: RegExp) {
  const error = (input: string) => {
    const result = parse(input);
    return result.ok ? `"${input}" is not ${what}` : result.error;
  };
  return text(what, { regex, error }).superRefine((value, ctx) => {
    const result = parse(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: result.error });
  });
}

const LIST = "a list such as [first, second]";

function list<T extends z.ZodType>(item: T) {
  return z.array(item, { error: expecting(LIST) });
}

/** A mapping with exactly these fields; unknown ones are named one by one. */
function mapping<S extends z.ZodRawShape>(shape: S, what: string) {
  const known = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (iss) => (iss.code === "unrecognized_keys" ? `unknown field: expected one of ${known}` : expecting(what)(iss)),
  });
}

const CITATIONS = "a list of citations, each with `source:` (a source id) and `quote:` (its exact words)";

const citation = mapping(
  {
    source: text("a source id (a file name in sources/, without .md)").meta({ description: "Id of the cited source: its file name in content/sources/, without .md." }),
    quote: text("the exact words of the source").meta({ description: "The source's exact words; checked against its archived text." }),
  },
  "a citation with `source:` and `quote:`",
);

const citations = z.array(citation, { error: `expected ${CITATIONS}` }).min(1, { error: `expected ${CITATIONS}` });

const CLAIMS = "a list of claims, each with `value:` and `cite:`";

function claimList(value: z.ZodType<string>, minimum: number, tooFew: string) {
  const claim = mapping({ value, cite: citations.meta({ description: "The citations backing this value." }) }, "a claim with `value:` and `cite:`");
  return z
    .array(claim, { error: `expected ${CLAIMS}` })
    .min(minimum, { error: (iss) => (Array.isArray(iss.input) && iss.input.length === 0 ? `expected ${CLAIMS}` : tooFew) })
    .meta({ description: "One entry per value the sources give, each with its citations." });
}

/** `preferred` must be one of the claimed values, as written. */
function preferredIsClaimed(field: { claims: { value: string }[]; preferred?: string | undefined }, ctx: z.RefinementCtx): void {
  const values = field.claims.map((c) => c.value);
  if (field.preferred !== undefined && !values.includes(field.preferred)) {
    ctx.addIssue({ code: "custom", path: ["preferred"], message: `"${field.preferred}" is not one of the claimed values: expected one of ${values.join(", ")}` });
  }
}

const preferred = text().optional().meta({ description: "The editors' choice among the claimed values, written exactly as one of them." });

const note = text().optional().meta({
  description: "Why the editors show the value they show, for readers: Markdown with citations like a body, shown under \"the sources disagree\".",
});

/** A value given plainly, or as claims from several sources when they disagree. */
function claimed(value: z.ZodType<string>, what: string) {
  const claims = mapping({ claims: claimList(value, 1, `expected ${CLAIMS}`), preferred, note }, "claims (and optionally preferred and note)").superRefine(preferredIsClaimed);
  return z.union([value, claims], {
    error: (iss) => (iss.input === undefined ? `is required: expected ${what}` : `expected ${what} or \`claims:\` when sources disagree, found ${describe(iss.input)}`),
  });
}

const POINT = String.raw`\d{4}(-\d{2}(-\d{2})?)?[~?%]?`;
const EVENT_DATE = new RegExp(`^(unknown|${POINT}|${POINT}/${POINT}|\\.\\./${POINT}|${POINT}/\\.\\.)$`);
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const eventDate = parsedText(parseEventDate, "a date", EVENT_DATE).meta({
  description: `EDTF date: ${DATE_FORMS}.`,
  examples: ["2025-04-01", "2025-04", "2025-04-03/2025-04-04", "2025-09~", "2025-09-24?", "../2025-09-24", "2025-09-24/..", "unknown"],
});

const publishedDate: Parse = (value) => {
  const result = parseDatePoint(value);
  return result.ok
    ? result
    : { ok: false, error: `${result.error.replace(/: expected .*$/, "")}: expected the publication day (2025-04-10), or its month (2025-04) or year when the article gives no more` };
};
const published = parsedText(publishedDate, "the publication date", new RegExp(`^${POINT}$`)).meta({
  description: "Publication day (2025-04-10), or only its month (2025-04) or year when the article gives no more.",
});

const refs = (description: string) => list(text()).optional().meta({ description });

export const SourceFrontMatter = mapping(
  {
    title: text().meta({ description: "The article's title (or one written by the editors: see titleSupplied)." }),
    titleSupplied: z.boolean({ error: expecting("true or false") }).optional().meta({ description: "true when the article has no title and the editors wrote this one." }),
    outlet: text().optional().meta({ description: "The outlet that published the article; omit when the article does not name it." }),
    author: text().optional().meta({ description: "The article's author, as signed." }),
    published: published,
    language: z
      .string({ error: expecting("a language code such as fr or en") })
      .trim()
      .regex(LANGUAGE, { error: (iss) => `"${String(iss.input)}" is not a language code: expected a code such as fr or en` })
      .meta({ description: "Language of the article (BCP 47), e.g. fr or en." }),
    url: z
      .string({ error: expecting("an absolute http:// or https:// URL") })
      .trim()
      .pipe(z.url({ protocol: /^https?$/, error: (iss) => `"${String(iss.input)}" is not a web address: expected an absolute http:// or https:// URL` }))
      .optional()
      .meta({ description: "Where the article was published (http or https)." }),
  },
  "front matter fields",
).meta({ title: "frise source", description: "Front matter of a source article: content/sources/<id>.md. The archived text follows the front matter." });

const naming = mapping(
  {
    term: text().meta({ description: "The thing named, e.g. AES." }),
    claims: claimList(text(), 2, "expected at least two claims: list the different names the sources use"),
    preferred,
    note,
  },
  "a mapping with `term:` and `claims:`",
).superRefine(preferredIsClaimed);

export const EventFrontMatter = mapping(
  {
    title: text().meta({ description: "The event's title, in French." }),
    date: claimed(eventDate, "a date such as 2025-04-01").meta({ description: `When it happened. EDTF: ${DATE_FORMS}. Or claims when sources disagree.` }),
    place: claimed(text("a place"), "a place").optional().meta({ description: "Where: a place entity's id, name or alias; or claims when sources disagree." }),
    participants: refs("People, organisations and countries taking part (entity ids, names or aliases)."),
    topics: refs("Topic entities (ids, names or aliases)."),
    about: refs("Entities the event concerns; the first is its main entity."),
    sources: list(text("a source id")).min(1, { error: "is empty: expected at least one item" }).meta({ description: "Every source the event cites (ids of files in content/sources/)." }),
    summary: text().optional().meta({ description: "One line for the timeline; defaults to the body's first paragraph." }),
    names: list(naming).optional().meta({ description: "Different names the sources use for the same thing: a term and at least two claims." }),
  },
  "front matter fields",
).meta({ title: "frise event", description: "Front matter of an event: content/events/<id>.md. The cited summary follows the front matter." });

export const EntityFrontMatter = mapping(
  {
    kind: z
      .enum(ENTITY_KINDS, {
        error: (iss) =>
          iss.input === undefined
            ? `is required: expected one of ${ENTITY_KINDS.join(", ")}`
            : `${typeof iss.input === "string" ? JSON.stringify(iss.input) : describe(iss.input)} is not a kind of entity: expected one of ${ENTITY_KINDS.join(", ")}`,
      })
      .meta({ description: "What the entity is." }),
    name: text().meta({ description: "The display name." }),
    aliases: list(text()).optional().meta({ description: "Every other spelling the sources use; events may name the entity by any of them." }),
  },
  "front matter fields",
).meta({ title: "frise entity", description: "Front matter of an entity: content/entities/<id>.md. An optional cited description follows." });

export type SourceData = z.output<typeof SourceFrontMatter>;
export type EventData = z.output<typeof EventFrontMatter>;
export type EntityData = z.output<typeof EntityFrontMatter>;

/** The schemas exported to `schema/<name>.schema.json`. */
export const FRONT_MATTER_SCHEMAS = { source: SourceFrontMatter, event: EventFrontMatter, entity: EntityFrontMatter } as const;

/** The JSON Schema (draft-07, what yaml-language-server reads) of what editors write. */
export function toJsonSchema(name: keyof typeof FRONT_MATTER_SCHEMAS): Record<string, unknown> {
  const schema = z.toJSONSchema(FRONT_MATTER_SCHEMAS[name], { target: "draft-7", io: "input", unrepresentable: "any" });
  return { ...schema, $comment: "Generated by `npm run schema` from src/content/front-matter-schema.ts: do not edit by hand." };
}
