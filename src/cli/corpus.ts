/**
 * `npm run corpus -- --events N --out DIR [--seed S] [--force]`: writes a
 * synthetic content folder (site.yml, events/, sources/, entities/) that
 * `FRISE_CONTENT=DIR npm run build` builds. Same seed and N, same bytes.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus } from "../corpus/generate.ts";

const OWNED = ["entities", "events", "site.yml", "sources"];
const USAGE = "usage: npm run corpus -- --events N --out DIR [--seed S] [--force]";

function fail(message: string): never {
  console.error(`frise corpus: ${message}\n${USAGE}`);
  process.exit(1);
}

function positiveInteger(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined) return fallback ?? fail(`--${name} is required`);
  const value = Number(text.replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value < (name === "seed" ? 0 : 1)) fail(`--${name} "${text}" is not a ${name === "seed" ? "non-negative" : "positive"} integer`);
  return value;
}

/** Refuses to mix with other files; `--force` replaces only what the generator writes. */
function prepare(out: string, force: boolean): void {
  if (!fs.existsSync(out)) return void fs.mkdirSync(out, { recursive: true });
  if (!fs.statSync(out).isDirectory()) fail(`${out} exists and is not a folder`);
  const entries = fs.readdirSync(out);
  if (entries.length === 0) return;
  const foreign = entries.filter((e) => !OWNED.includes(e));
  if (!force) fail(`${out} is not empty: choose a new folder, or pass --force to replace its ${OWNED.join(", ")}`);
  if (foreign.length) fail(`${out} holds other files (${foreign.slice(0, 3).join(", ")}): refusing to mix a corpus with them`);
  for (const entry of OWNED) fs.rmSync(path.join(out, entry), { recursive: true, force: true });
}

export function writeCorpus(out: string, events: number, seed: number): Map<string, string> {
  const files = generateCorpus({ events, seed });
  for (const folder of ["events", "sources", "entities"]) fs.mkdirSync(path.join(out, folder), { recursive: true });
  for (const [rel, content] of files) fs.writeFileSync(path.join(out, rel), content);
  return files;
}

function main(): void {
  let values: { events?: string; out?: string; seed?: string; force?: boolean };
  try {
    ({ values } = parseArgs({
      options: { events: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, force: { type: "boolean" } },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const events = positiveInteger("events", values.events);
  const seed = positiveInteger("seed", values.seed, 1);
  if (!values.out) fail("--out is required");
  const out = path.resolve(values.out);
  prepare(out, values.force ?? false);
  const files = writeCorpus(out, events, seed);
  const count = (folder: string) => [...files.keys()].filter((f) => f.startsWith(`${folder}/`)).length;
  console.log(`frise corpus: wrote ${count("events")} events, ${count("sources")} sources and ${count("entities")} entities into ${path.relative(process.cwd(), out) || "."} (seed ${seed})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, "corpus.ts")) main();
