/**
 * Bodies as HTML: an event's summary with its calls to notes, a source's
 * archived text with the quoted passages marked.
 */
import type { TimelineEvent, TimelineSource } from "../model/timeline.ts";
import { markPassages, renderTokens } from "./markdown.ts";

export function renderEventBody(event: TimelineEvent): string {
  return renderTokens(event.tokens, event.env);
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
