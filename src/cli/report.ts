/** How the command-line tools speak: diagnostics on stderr, no stack traces, exit codes. */
import { capMessage, ContentError, formatDiagnostic, printable, type Diagnostic } from "../content/diagnostics.ts";

/** GitHub Actions workflow command: the diagnostic becomes an annotation on the file and line. */
export function githubAnnotation(d: Diagnostic): string {
  // Workflow commands end at a newline; `%`, CR, LF, `:` and `,` are escaped in properties.
  const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const message = capMessage(printable(d.field ? `${d.field}: ${d.message}` : d.message));
  return `::${d.severity} file=${prop(capMessage(printable(d.file), 300))},line=${d.line ?? 1},col=${d.column ?? 1},title=frise::${data(message)}`;
}

/** Prints each diagnostic on stderr; under GitHub Actions, also as an annotation. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], env: NodeJS.ProcessEnv = process.env): void {
  const annotate = env.GITHUB_ACTIONS === "true";
  for (const d of diagnostics) {
    console.error(formatDiagnostic(d));
    if (annotate) console.log(githubAnnotation(d));
  }
}

/** "2 errors, 1 warning" */
export function countLabel(diagnostics: readonly Diagnostic[]): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return `${plural(errors, "error")}, ${plural(diagnostics.length - errors, "warning")}`;
}

/** Prints diagnostics; exits 1 when there is an error (or when `strict` and there is a warning). */
export function reportAndExit(diagnostics: Diagnostic[], strict: boolean): void {
  printDiagnostics(diagnostics);
  const failing = diagnostics.filter((d) => d.severity === "error" || strict);
  if (failing.length > 0) process.exit(1);
}

/** One line for any failure that is not a content error: its first line, printable and bounded. */
export function failureLine(error: unknown, what = "failed"): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\r?\n/).find((line) => line.trim() !== "") ?? "unknown error";
  return `frise: ${what}: ${capMessage(printable(first.trim()))}${process.env.FRISE_DEBUG ? "" : " (set FRISE_DEBUG=1 for details)"}`;
}

/** Runs a command; content errors become their diagnostics, anything else one line, then exit 1. */
export function runCli(main: () => Promise<void> | void, what = "failed"): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof ContentError) {
        printDiagnostics(error.diagnostics);
        const count = error.diagnostics.filter((d) => d.severity === "error").length;
        console.error(`frise: ${count} error${count === 1 ? "" : "s"} in content; nothing was written.`);
      } else {
        console.error(failureLine(error, what));
        if (process.env.FRISE_DEBUG) console.error((error as Error)?.stack ?? String(error));
      }
      process.exit(1);
    });
}
