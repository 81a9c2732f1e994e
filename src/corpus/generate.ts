/**
 * A deterministic synthetic corpus for tests and benchmarks: the same seed and
 * size give the same files, byte for byte. N events over many years (some
 * months dense), N/5 sources, a few hundred entities; ranges, uncertain and
 * open dates, sources that disagree on dates, places and names; every
 * citation quotes its source verbatim.
 */
import { makeEntities } from "./entities.ts";
import { planCorpus } from "./plan.ts";
import { Random } from "./random.ts";
import { renderCorpus } from "./render.ts";

export interface CorpusOptions {
  events: number;
  seed: number;
}

/** Relative path (`events/<id>.md`, `site.yml`, …) → file content, in a stable order. */
export function generateCorpus({ events, seed }: CorpusOptions): Map<string, string> {
  if (!Number.isInteger(events) || events < 1) throw new Error(`events must be a positive integer, got ${events}`);
  const random = new Random(seed);
  const entities = makeEntities(random.fork("entities"), events);
  const plan = planCorpus(random.fork("plan"), entities, events);
  const files = renderCorpus(plan, entities.all, random.fork("text"), seed);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
