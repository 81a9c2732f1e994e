/**
 * Marks quoted passages in a parsed source body: each passage becomes one or
 * more `<mark>` elements (one per run of text, so marks never straddle
 * emphasis or links and the HTML stays well nested); the first carries the
 * passage's id, the target of the citation's link. Overlapping passages are
 * split into runs covered by one or more passages.
 */
import type { Token } from "markdown-it";
import type { TextBlock } from "./markdown.ts";

export interface Mark {
  /** Index of the block in `textBlocks(tokens)`. */
  block: number;
  /** Range in the block's plain text. */
  start: number;
  end: number;
  id: string;
}

type MakeToken = (type: string, tag: string, nesting: -1 | 0 | 1) => Token;

export function applyMarks(tokens: Token[], blocks: readonly TextBlock[], marks: readonly Mark[], makeToken: MakeToken): void {
  const byBlock = new Map<number, Mark[]>();
  for (const mark of marks) {
    const list = byBlock.get(mark.block) ?? [];
    list.push(mark);
    byBlock.set(mark.block, list);
  }
  for (const [blockIndex, blockMarks] of byBlock) {
    const block = blocks[blockIndex];
    const inline = block && tokens[block.token];
    if (!block || !inline?.children) continue;
    const cuts = [...new Set(blockMarks.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
    const pendingIds = new Set(blockMarks.map((m) => m.id));
    const children: Token[] = [];
    let next = 0;
    for (const piece of block.pieces) {
      while (next < piece.child) children.push(inline.children[next++]!);
      const original = inline.children[next++]!;
      const bounds = [piece.start, ...cuts.filter((c) => c > piece.start && c < piece.end), piece.end];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const [a, b] = [bounds[i]!, bounds[i + 1]!];
        if (a === b) continue;
        const text = makeToken(original.type, original.tag, 0);
        text.content = original.content.slice(a - piece.start, b - piece.start);
        const covering = blockMarks.filter((m) => m.start <= a && m.end >= b);
        if (covering.length === 0) {
          children.push(text);
          continue;
        }
        // The first run of a passage carries its id, even when the passage starts inside markup.
        const starting = covering.filter((m) => pendingIds.has(m.id));
        const open = makeToken("mark_open", "mark", 1);
        const [first, ...others] = starting;
        if (first) {
          open.attrSet("id", first.id);
          pendingIds.delete(first.id);
        }
        children.push(open);
        for (const other of others) {
          // A second passage starting at the same character: an empty anchor keeps its id reachable.
          const anchor = makeToken("mark_anchor", "span", 0);
          anchor.attrSet("id", other.id);
          children.push(anchor);
          pendingIds.delete(other.id);
        }
        children.push(text, makeToken("mark_close", "mark", -1));
      }
    }
    while (next < inline.children.length) children.push(inline.children[next++]!);
    inline.children = children;
  }
}
