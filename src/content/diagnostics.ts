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

/** `path:line:column: field: message` — the form editors, IDEs and CI annotations read. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined]
    .filter((part) => part !== undefined)
    .join(":");
  const label = d.severity === "warning" ? "warning: " : "";
  const field = d.field ? `${d.field}: ` : "";
  return `${where}: ${label}${field}${d.message}`;
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
