/**
 * `npm run extract -- <source-id>... [--json] [--write]`: every dated
 * statement of a source already in content/sources/, with what to do with
 * it — cite it in the event that has its date, add its date as a claim to
 * the event it disagrees with, or create a new event. Prints a readable
 * report (or, with --json, an array of proposals); writes nothing unless
 * --write, which creates the proposed new events (never over an existing
 * file). The extraction itself is src/extract/.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildPaths } from "../config.ts";
import { extractFromSource, type Proposal } from "../extract/extract.ts";
import { formatReport } from "../extract/format.ts";
import { eventFiles } from "../extract/scaffold.ts";
import { loadTimeline } from "../index.ts";
import { isoOf } from "../model/dates.ts";
import { existing } from "./new.ts";
import { distance } from "fastest-levenshtein";
import { printable } from "../content/diagnostics.ts";
import { runCli } from "./report.ts";

export const USAGE = "usage: npm run extract -- <source-id>... [--json] [--write]";

class UsageError extends Error {}

export function closeIds(id: string, ids: readonly string[], count = 3): string[] {
  return ids
    .map((other) => ({ other, d: other.includes(id) || id.includes(other) ? 0 : distance(id, other) }))
    .filter((c) => c.d <= Math.max(3, Math.floor(c.other.length / 3)))
    .sort((a, b) => a.d - b.d || (a.other < b.other ? -1 : 1))
    .slice(0, count)
    .map((c) => c.other);
}

const display = (file: string) => {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
};

function parse(args: string[]): { ids: string[]; json: boolean; write: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: "boolean" }, write: { type: "boolean" } } });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!.replace(/\. To specify a positional argument.*$/, ""));
  }
  if (parsed.positionals.length === 0) throw new UsageError("which source? give the id of a file in sources/ (without .md)");
  return { ids: parsed.positionals, json: parsed.values.json ?? false, write: parsed.values.write ?? false };
}

function usage(message: string): never {
  console.error(`frise: ${message}\n${USAGE}`);
  process.exit(2);
}

runCli(() => {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) usage(error.message);
    throw error;
  }
  const { contentDir } = buildPaths();
  const { timeline } = loadTimeline(process.env, contentDir);
  const known = [...timeline.sourceById.keys()].sort();
  for (const id of options.ids) {
    if (timeline.sourceById.has(id)) continue;
    const close = closeIds(id, known);
    usage(`unknown source "${id}"${close.length ? `: did you mean ${close.join(", ")}?` : `: expected the id of a file in sources/ (${known.length} sources)`}`);
  }

  const proposals: Proposal[] = [];
  const reports: string[] = [];
  for (const id of options.ids) {
    const found = extractFromSource(timeline, id);
    proposals.push(...found);
    reports.push(formatReport(id, isoOf(timeline.sourceById.get(id)!.published), found));
  }
  // Source text comes from pull requests: nothing in it may drive the terminal (escape sequences, bidi controls).
  if (options.json) console.log(JSON.stringify(proposals, null, 2).replace(/[\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`));
  else console.log(reports.join("\n\n").split("\n").map(printable).join("\n"));

  if (!options.write) return;
  const files = eventFiles(proposals, contentDir, path.resolve(import.meta.dirname, "../../schema"));
  let created = 0;
  for (const f of files) {
    const clash = existing(path.dirname(f.file), f.id)[0];
    if (clash) {
      console.error(`frise: ${display(clash)} already exists: not written`);
      continue;
    }
    fs.mkdirSync(path.dirname(f.file), { recursive: true });
    try {
      fs.writeFileSync(f.file, f.text, { flag: "wx" }); // never replaces a file, even one created meanwhile
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      console.error(`frise: ${display(f.file)} already exists: not written`);
      continue;
    }
    created++;
    console.error(`frise: created ${display(f.file)} (${f.proposal.source}:${f.proposal.line}, ${f.proposal.date})`);
  }
  console.error(created ? `next: give each new event its title and summary, then run npm run check` : `frise: no new event to write`);
}, "extract failed");
