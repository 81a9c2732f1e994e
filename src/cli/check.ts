/**
 * `npm run check`: validate all content without rendering. Prints every problem
 * as `path:line:column: field: message`; exits 1 on any error (warnings alone
 * do not fail, unless `--strict`).
 */
import { buildPaths } from "../config.ts";
import { loadTimeline } from "../index.ts";
import { reportAndExit, runCli } from "./report.ts";

runCli(() => {
  const strict = process.argv.includes("--strict");
  const { timeline, diagnostics } = loadTimeline(process.env, buildPaths().contentDir);
  reportAndExit(diagnostics, strict);
  const warnings = diagnostics.length;
  console.log(
    `frise: content is valid: ${timeline.events.length} events, ${timeline.sources.length} sources` +
      (warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""),
  );
});
