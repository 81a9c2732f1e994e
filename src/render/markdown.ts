/**
 * The one markdown-it instance used for every body: raw HTML is shown as text
 * (`html: false`), only http(s), mailto and relative links become links, images
 * are off (no external requests, no trackers), and citations are parsed.
 */
import MarkdownIt, { type MarkdownIt as Markdown, type Token } from "markdown-it";
import { citationsPlugin, type CitationEnv } from "./citations.ts";
import { escapeHtml } from "./html.ts";
import { applyMarks, type Mark } from "./marks.ts";

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/** Links without a scheme (relative, `#fragment`) or with an allowed one; never `javascript:` or `data:`. */
export function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const scheme = SCHEME.exec(compact);
  return scheme === null ? !compact.startsWith("//") : ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
}

function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = isSafeLink;
  md.disable(["image"]);
  md.use(citationsPlugin);
  // Aligned table cells get a class, not a style attribute a strict CSP would block.
  md.renderer.rules.th_open = md.renderer.rules.td_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    const style = token.attrGet("style")?.toString();
    if (style) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
      token.attrJoin("class", `align-${style.replace(/^text-align:/, "")}`);
    }
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

const md = createMarkdown();

export type MarkdownEnv = CitationEnv & Record<string | symbol, unknown>;

export function parseMarkdown(source: string, env: MarkdownEnv): Token[] {
  return md.parse(source, env);
}

export function renderTokens(tokens: Token[], env: MarkdownEnv = {}): string {
  return md.renderer.render(tokens, md.options, env);
}

/** A block's text as a reader sees it, and where each piece came from. */
export interface TextBlock {
  /** Index of the `inline` token in the document's token list. */
  token: number;
  text: string;
  /** For each text-bearing child: its index and its range in `text`. */
  pieces: { child: number; start: number; end: number }[];
}

/** The plain text of every paragraph, heading, list item and table cell, in order. */
export function textBlocks(tokens: Token[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "inline" || !token.children) return;
    let text = "";
    const pieces: TextBlock["pieces"] = [];
    token.children.forEach((child, c) => {
      const piece = child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" || child.type === "hardbreak" ? "\n" : "";
      if (child.type === "text" || child.type === "code_inline") pieces.push({ child: c, start: text.length, end: text.length + piece.length });
      text += piece;
    });
    blocks.push({ token: index, text, pieces });
  });
  return blocks;
}

/** Plain text of a Markdown body (for summaries, feeds and search), citations left out. */
export function plainText(tokens: Token[]): string {
  return textBlocks(tokens)
    .map((b) => b.text.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** Wraps the given passages of a parsed body in `<mark>` elements (see marks.ts). */
export function markPassages(tokens: Token[], marks: readonly Mark[]): void {
  applyMarks(tokens, textBlocks(tokens), marks, (type, tag, nesting) => new MarkdownIt.Token(type, tag, nesting));
}
