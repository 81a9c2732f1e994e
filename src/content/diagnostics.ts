/**
 * Diagnostics: every problem found in content, with enough location for an
 * editor to act on it. Loading collects them all instead of stopping at the
 * first, so one run of the checker lists every mistake.
 */

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Path of the content file, relative to the working directory when possible. */
  file: string;
  /** 1-based line in the file; omitted when the problem is about the whole file. */
  line?: number;
  /** 1-based column; omitted when unknown. */
  column?: number;
  /** Front matter field (dotted path such as `date.claims.0.value`), or `body`. */
  field?: string;
  message: string;
}

/**
 * `path:line:column: severity: field: message`, the form compilers print and
 * editors, IDE problem matchers and CI annotations read, e.g.
 * `content/events/x.md:3:7: error: date: "2025-02-30" does not exist: …`.
 * A problem about a whole file is at 1:1; a column not known is 1.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const field = d.field ? `${d.field}: ` : "";
  return `${d.file}:${d.line ?? 1}:${d.column ?? 1}: ${d.severity}: ${field}${d.message}`;
}

/** Thrown when content cannot become a site; carries every diagnostic found. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(`${errors.length} content error${errors.length === 1 ? "" : "s"}:\n${errors.map(formatDiagnostic).join("\n")}`);
    this.name = "ContentError";
    this.diagnostics = diagnostics;
  }
}

/** Collects diagnostics for one run; sorted output keeps reports stable. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(d: Omit<Diagnostic, "severity">): void {
    this.items.push({ severity: "error", ...d });
  }

  warning(d: Omit<Diagnostic, "severity">): void {
    this.items.push({ severity: "warning", ...d });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }

  sorted(): Diagnostic[] {
    return [...this.items].sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        a.message.localeCompare(b.message),
    );
  }

  /** Throws a ContentError when any error was collected. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new ContentError(this.sorted());
  }
}
