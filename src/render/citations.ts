/**
 * markdown-it plugin for citations with verbatim quotes:
 *
 *   Les ministres se rendront à Moscou [@source-id "les 3 et 4 avril 2025"].
 *
 * Parsing only records the citation (source id, quote, position); the model
 * checks the quote against the source and assigns the note number, then the
 * renderer prints the call to the note. Something that starts like a
 * citation but does not parse becomes a `citation_invalid` token, reported as
 * an error by the model, so a typo never silently disappears.
 */
import type { MarkdownIt, StateCore, StateInline, Token } from "markdown-it";
import { escapeHtml } from "./html.ts";

export interface CitationMeta {
  source: string;
  quote: string;
  /** 0-based line within the Markdown body. */
  bodyLine: number;
  /** Filled in by the model once the quote is verified. */
  note?: number;
  /** Unique id of this call to the note, target of the note's back link. */
  refId?: string;
}

export interface InvalidCitationMeta {
  text: string;
  bodyLine: number;
}

/** Found by the core rule in document order; read by the model. */
export interface CitationEnv {
  citations?: CitationMeta[];
  invalidCitations?: InvalidCitationMeta[];
}

/** What the inline rule stores; the core rule turns it into CitationMeta. */
interface ParsedMeta {
  source?: string;
  quote?: string;
  offset: number;
}

const CITATION = /^\[@([A-Za-z0-9][A-Za-z0-9_-]*)[ \t\n]+"([^"]*)"[ \t\n]*\]/;

export const CITATION_SYNTAX = '[@source-id "exact words of the source"]';

function citationRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x5b /* [ */ || src.charCodeAt(pos + 1) !== 0x40 /* @ */) return false;
  const rest = src.slice(pos);
  const match = CITATION.exec(rest);
  if (match) {
    if (!silent) {
      const token = state.push("citation", "", 0);
      token.meta = { source: match[1]!, quote: match[2]!, offset: pos };
    }
    state.pos += match[0].length;
    return true;
  }
  // Looks like a citation but is not one: keep the raw text visible and report it.
  const close = rest.indexOf("]");
  const length = close === -1 ? rest.length : close + 1;
  if (!silent) {
    const token = state.push("citation_invalid", "", 0);
    token.content = rest.slice(0, length);
    token.meta = { offset: pos };
  }
  state.pos += length;
  return true;
}

/** Gives each citation its line, now that the enclosing block's line is known. */
function collectCitations(state: StateCore): void {
  const env = state.env as CitationEnv;
  env.citations = [];
  env.invalidCitations = [];
  // Table cells' inline tokens have no map: use the line of the enclosing row.
  let lastLine = 0;
  for (const block of state.tokens) {
    if (block.map) lastLine = block.map[0];
    if (block.type !== "inline" || !block.children) continue;
    const firstLine = block.map?.[0] ?? lastLine;
    const lineAt = (offset: number) => firstLine + (block.content.slice(0, offset).match(/\n/g)?.length ?? 0);
    for (const child of block.children) {
      const parsed = child.meta as ParsedMeta | null;
      if (child.type === "citation" && parsed) {
        const meta: CitationMeta = { source: parsed.source!, quote: parsed.quote!, bodyLine: lineAt(parsed.offset) };
        child.meta = meta as unknown as Record<string, unknown>;
        env.citations.push(meta);
      } else if (child.type === "citation_invalid" && parsed) {
        const meta: InvalidCitationMeta = { text: child.content, bodyLine: lineAt(parsed.offset) };
        child.meta = meta as unknown as Record<string, unknown>;
        env.invalidCitations.push(meta);
      }
    }
  }
}

function renderCitation(tokens: Token[], idx: number): string {
  const meta = tokens[idx]!.meta as unknown as CitationMeta | null;
  if (meta?.note === undefined) return "";
  const n = meta.note;
  return `<sup><a id="${escapeHtml(meta.refId ?? "")}" href="#note-${n}" aria-label="Note ${n}">[${n}]</a></sup>`;
}

function renderInvalid(tokens: Token[], idx: number): string {
  return escapeHtml(tokens[idx]!.content);
}

export function citationsPlugin(md: MarkdownIt): void {
  md.inline.ruler.before("link", "citation", citationRule);
  md.core.ruler.after("inline", "citation_lines", collectCitations);
  md.renderer.rules.citation = renderCitation;
  md.renderer.rules.citation_invalid = renderInvalid;
}
