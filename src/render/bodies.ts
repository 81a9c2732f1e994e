/**
 * Bodies as HTML: an event's summary or an entity's description with its calls to notes, a source's
 * archived text with the quoted passages marked.
 */
import type { NotedBody, TimelineSource } from "../model/timeline.ts";
import { markPassages, renderTokens } from "./markdown.ts";

/** An event's or an entity's body, citations rendered as calls to its notes. */
export function renderNotedBody(body: NotedBody): string {
  return renderTokens(body.tokens, body.env);
}

const marked = new WeakSet<TimelineSource>();

export function renderSourceBody(source: TimelineSource): string {
  if (!marked.has(source)) {
    markPassages(
      source.tokens,
      source.passages.map((p) => ({ block: p.block, start: p.start, end: p.end, id: p.id })),
    );
    marked.add(source);
  }
  return renderTokens(source.tokens);
}
