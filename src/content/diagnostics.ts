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

/** Longest message printed; a longer one is shortened in the middle of its longest quoted value. */
export const MAX_MESSAGE = 400;
/** Longest quoted value (`"…"`) kept whole in a message. */
const MAX_QUOTED = 120;

/**
 * Characters that would break the one-line promise or disguise a line in a
 * terminal or CI log: controls (line breaks among them), line and paragraph
 * separators, bidirectional controls, invisible characters (zero-width spaces
 * and joiners, word joiner, BOM), lone surrogates. Shown as `\u{…}`.
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u061C]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text from content (file names, values) made safe for one line of a log. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u{${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`);
}

/** Shortens long quoted values with "…", then the whole text if still too long. */
export function capMessage(message: string, max = MAX_MESSAGE): string {
  let text = message.replace(/"([^"]*)"/g, (whole, inner: string) =>
    inner.length > MAX_QUOTED ? `"${inner.slice(0, MAX_QUOTED - 20)}…${inner.slice(-19)}"` : whole,
  );
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  return text;
}

/**
 * `path:line:column: severity: field: message`, the form compilers print and
 * editors, IDE problem matchers and CI annotations read, e.g.
 * `content/events/x.md:3:7: error: date: "2025-02-30" does not exist: …`.
 * A problem about a whole file is at 1:1; a column not known is 1. Always one
 * line of bounded length, whatever the file name or the value quoted.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const field = d.field ? `${capMessage(printable(d.field), 80)}: ` : "";
  return `${capMessage(printable(d.file), 300)}:${d.line ?? 1}:${d.column ?? 1}: ${d.severity}: ${field}${capMessage(printable(d.message))}`;
}

/** "permission denied (EACCES)": what a file system error says, without its path (the message names it). */
export function fsReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOENT: "it does not exist (or disappeared meanwhile)",
    ENOTEMPTY: "the folder is not empty",
    ELOOP: "it is a symbolic link",
    EISDIR: "it is a folder",
    ENOSPC: "no space left on the device",
    EMFILE: "too many open files",
    EIO: "input/output error",
  };
  return e?.code ? `${reasons[e.code] ?? "file system error"} (${e.code})` : String(e?.message ?? e);
}

/** Code-unit order: the same on every machine, whatever its locale (unlike `localeCompare()`). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
        compareText(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareText(a.severity, b.severity) ||
        compareText(a.field ?? "", b.field ?? "") ||
        compareText(a.message, b.message),
    );
  }

  /** Throws a ContentError when any error was collected. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new ContentError(this.sorted());
  }
}
