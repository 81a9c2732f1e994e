/**
 * CONTRIBUTING.md stays true: its `npm run new` commands are accepted and
 * create the files it names, its worked examples are quoted from the real
 * content, and its YAML examples pass the schema.
 */
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { scaffoldFromArgs } from "../../src/cli/new.ts";
import { EntityFrontMatter, EventFrontMatter } from "../../src/content/front-matter-schema.ts";
import { ROOT } from "../helpers/site.ts";

const doc = fs.readFileSync(path.join(ROOT, "CONTRIBUTING.md"), "utf8");
const content = path.join(ROOT, "content");

/** Shell words of a documented command line (double quotes, backslash continuations). */
function words(line: string): string[] {
  return [...line.replace(/\\\n\s*/g, " ").matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe("CONTRIBUTING.md", () => {
  const commands = [...doc.matchAll(/npm run new -- ((?:\\\n|[^`\n#])+?)\s*(?:#[^\n]*)?(?:`|\n)/g)];

  it("documents commands that work and create the files it names", () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    let named = 0;
    for (const match of commands) {
      const args = words(match[1]!);
      const { file } = scaffoldFromArgs(args, content, path.join(ROOT, "schema"));
      const after = doc.slice(match.index! + match[0].length, match.index! + match[0].length + 200);
      const created = /crée `(?:content\/)?([^`]+\.md)`/.exec(after)?.[1];
      if (created) {
        named++;
        expect(path.relative(content, file), match[0]).toBe(created);
      }
    }
    expect(named).toBeGreaterThanOrEqual(4);
  });

  it("quotes its worked examples from the real content", () => {
    const moscow = fs.readFileSync(path.join(content, "events/2025-04-premieres-consultations-aes-russie-moscou.md"), "utf8");
    const dateBlock = /```yaml\n(date:\n[\s\S]*?)```/.exec(doc)![1]!;
    expect(moscow).toContain(dateBlock);
    const lavrov = /```yaml\n(---\nkind: person[\s\S]*?)```/.exec(doc)![1]!;
    expect(fs.readFileSync(path.join(content, "entities/serguei-lavrov.md"), "utf8")).toBe(lavrov);
    const quotes = [...doc.matchAll(/\[@([a-z0-9-]+) "([^"]+)"\]/g)].filter((q) => q[1] !== "id-de-la-source");
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    for (const quote of quotes) {
      const source = fs.readFileSync(path.join(content, "sources", `${quote[1]}.md`), "utf8");
      expect(source.replace(/\s+/g, " "), quote[0]).toContain(quote[2]!.replace(/\s+/g, " "));
    }
  });

  it("shows YAML that the schema accepts", () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const event = { title: "T", date: "2025", sources: ["a"] };
    for (const block of blocks) {
      const yaml = block.startsWith("---\n") ? block.split(/^---$/m)[1]! : block;
      const data = parseDocument(yaml, { schema: "core" }).toJS() as Record<string, unknown> | null;
      if (data === null) continue; // a comment only (the modeline)
      const schema = "kind" in data ? EntityFrontMatter : EventFrontMatter;
      const result = schema.safeParse("kind" in data ? data : { ...event, ...data });
      expect(result.success, `${block}\n${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});
