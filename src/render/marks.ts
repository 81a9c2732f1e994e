/**
 * Marks quoted passages in a parsed source body: each passage becomes one or
 * more `<mark>` elements (one per run of text, so marks never straddle
 * emphasis or links and the HTML stays well nested); the first carries the
 * passage's id, the target of the citation's link. A passage inside another
 * is a `<mark>` inside the other's `<mark>`, so a long quote that contains a
 * shorter one is still one element and its note lands on all of it; passages
 * that cross are split where they cross.
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

/** Longer passages outside shorter ones; equal ranges in a fixed order. */
const outerFirst = (x: Mark, y: Mark) => x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

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
      // Marks open in this piece, outermost first: a passage inside another is a <mark> inside its <mark>.
      const open: Mark[] = [];
      const close = () => {
        open.pop();
        children.push(makeToken("mark_close", "mark", -1));
      };
      for (let i = 0; i + 1 < bounds.length; i++) {
        const [a, b] = [bounds[i]!, bounds[i + 1]!];
        if (a === b) continue;
        const covering = blockMarks.filter((m) => m.start <= a && m.end >= b).sort(outerFirst);
        // Close what no longer covers this run (and, for crossing passages, what was opened after it).
        const keep = open.findIndex((m) => !covering.includes(m));
        if (keep !== -1) while (open.length > keep) close();
        for (const mark of covering.filter((m) => !open.includes(m))) {
          const token = makeToken("mark_open", "mark", 1);
          // The first run of a passage carries its id, even when the passage starts inside markup.
          if (pendingIds.delete(mark.id)) token.attrSet("id", mark.id);
          children.push(token);
          open.push(mark);
        }
        const text = makeToken(original.type, original.tag, 0);
        text.content = original.content.slice(a - piece.start, b - piece.start);
        children.push(text);
      }
      while (open.length > 0) close();
    }
    while (next < inline.children.length) children.push(inline.children[next++]!);
    inline.children = children;
  }
}
