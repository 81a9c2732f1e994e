/**
 * zod issues as editors' diagnostics: one per problem, each at the YAML node
 * its path points to. Unions are resolved to the branch the editor meant (the
 * one whose type matched), so `date: {claims: []}` says what is wrong with the
 * claims instead of "neither a text nor claims".
 */
import type { z } from "zod";
import type { Diagnostics } from "./diagnostics.ts";
import type { FieldPath, ParsedFile } from "./frontmatter.ts";

export interface FieldIssue {
  path: FieldPath;
  message: string;
  /** The problem is the key itself (an unknown field), not its value. */
  key: boolean;
}

type Issue = z.core.$ZodIssue;

/** A branch that failed on its type at its root was not the one the editor meant. */
function typeMatched(branch: Issue[]): boolean {
  return !branch.some((i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_union"));
}

export function fieldIssues(issues: readonly Issue[], base: FieldPath = []): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    const path = [...base, ...(issue.path as (string | number)[])];
    if (issue.code === "invalid_union") {
      const meant = issue.errors.filter(typeMatched);
      if (meant.length === 1) return fieldIssues(meant[0]!, path);
    }
    if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: [...path, key], message: issue.message, key: true }));
    return [{ path, message: issue.message, key: false }];
  });
}

/** YAML `field:` with nothing after it is null: treat it as absent, as editors mean. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

/** Validates a file's front matter; every issue becomes an error at its line and column. */
export function reportIssues(issues: readonly Issue[], parsed: ParsedFile, file: string, diags: Diagnostics): void {
  for (const issue of fieldIssues(issues)) {
    const { line, column } = parsed.positionOf(issue.path, issue.key);
    diags.error({ file, line, column, field: issue.path.join("."), message: issue.message });
  }
}
