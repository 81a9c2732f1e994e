/** How the command-line tools speak: diagnostics on stderr, no stack traces, exit codes. */
import { ContentError, formatDiagnostic, type Diagnostic } from "../content/diagnostics.ts";

/** Prints diagnostics; exits 1 when there is an error (or when `strict` and there is a warning). */
export function reportAndExit(diagnostics: Diagnostic[], strict: boolean): void {
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  const failing = diagnostics.filter((d) => d.severity === "error" || strict);
  if (failing.length > 0) process.exit(1);
}

/** Runs a command; content errors become their diagnostics, anything else one line, then exit 1. */
export function runCli(main: () => Promise<void> | void): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof ContentError) {
        for (const d of error.diagnostics) console.error(formatDiagnostic(d));
        const count = error.diagnostics.filter((d) => d.severity === "error").length;
        console.error(`frise: ${count} error${count === 1 ? "" : "s"} in content; nothing was written.`);
      } else {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`frise: build failed: ${message}${process.env.FRISE_DEBUG ? `\n${(error as Error)?.stack ?? ""}` : " (set FRISE_DEBUG=1 for details)"}`);
      }
      process.exit(1);
    });
}
