/**
 * `npm run check`: validate all content without rendering. Prints every problem
 * at once on stderr, one a line, as `path:line:column: severity: field: message`
 * (the form editors and CI problem matchers read; under GitHub Actions also as
 * annotations). Exits 1 on any error; warnings alone do not fail, unless `--strict`.
 */
import { performance } from "node:perf_hooks";
import { buildPaths } from "../config.ts";
import { ContentError, type Diagnostic } from "../content/diagnostics.ts";
import { loadTimeline } from "../index.ts";
import { countLabel, printDiagnostics, runCli } from "./report.ts";

const USAGE = "usage: npm run check [-- --strict]";

runCli(() => {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--strict");
  if (unknown.length > 0) {
    console.error(`frise: unknown argument ${unknown[0]}\n${USAGE}`);
    process.exit(2);
  }
  const strict = args.includes("--strict");
  const started = performance.now();
  let diagnostics: Diagnostic[];
  let summary = "";
  try {
    const { timeline, diagnostics: warnings } = loadTimeline(process.env, buildPaths().contentDir);
    diagnostics = warnings;
    summary = ` (${timeline.events.length} events, ${timeline.sources.length} sources, ${timeline.entities.length} entities)`;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    diagnostics = error.diagnostics;
  }
  const ms = Math.round(performance.now() - started);
  printDiagnostics(diagnostics);
  const failed = diagnostics.some((d) => d.severity === "error" || strict);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const counts = countLabel(diagnostics);
  const verdict = errors > 0 ? counts.replace(/^(\d+ errors?)/, "$1 in content") : `content is valid${summary}, ${counts.replace(/^0 errors, /, "")}`;
  console.error(`frise: ${verdict}; checked in ${ms} ms${strict ? " (--strict: warnings fail)" : ""}`);
  if (failed) process.exit(1);
});
