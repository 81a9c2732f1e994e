/**
 * The core's entry point: content folder in, validated timeline model out.
 * No Eleventy here: the CLI, the Eleventy config and the tests all call this.
 */
import { buildPaths } from "./config.ts";
import { Diagnostics, type Diagnostic } from "./content/diagnostics.ts";
import { loadContent } from "./content/load.ts";
import { buildTimeline, type Timeline } from "./model/timeline.ts";

export interface LoadResult {
  timeline: Timeline;
  /** Warnings (errors throw). */
  diagnostics: Diagnostic[];
}

/** Loads and validates everything; throws ContentError listing every error. */
export function loadTimeline(env: NodeJS.ProcessEnv = process.env, contentDir = buildPaths(env).contentDir): LoadResult {
  const diags = new Diagnostics();
  const content = loadContent(contentDir, diags, env);
  // Cross-file checks need every file read; they run even when some files failed, to report everything at once.
  const timeline = buildTimeline(content, diags);
  diags.throwIfErrors();
  return { timeline, diagnostics: diags.sorted() };
}

export { ContentError, formatDiagnostic, type Diagnostic } from "./content/diagnostics.ts";
export type { Timeline, TimelineEvent, TimelineSource } from "./model/timeline.ts";
