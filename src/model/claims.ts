/**
 * Resolving a field that sources disagree on. Wikipedia's practice: show the
 * most plausible value, keep every alternative with its sources. The shown
 * value is the editor's `preferred` choice, else the value backed by the most
 * distinct sources; a tie without a choice is an error, never a coin toss.
 */
import type { Claim, ClaimedField } from "../content/schema.ts";

export interface Resolved<T> {
  value: T;
  /** The shown value as the editor wrote it. */
  text: string;
  /** Every claim, in the editor's order (one claim when the field is undisputed). */
  claims: Claim<T>[];
  /** More than one distinct value is claimed. */
  disputed: boolean;
  basis: "single" | "majority" | "editor";
}

export type Resolution<T> = { ok: true; resolved: Resolved<T> } | { ok: false; error: string };

function sourceCount(claim: Claim<unknown>): number {
  return new Set(claim.cites.map((c) => c.source)).size;
}

export function resolveClaims<T>(field: ClaimedField<T>): Resolution<T> {
  const { claims } = field;
  const distinct = new Set(claims.map((c) => c.text));
  if (distinct.size !== claims.length) {
    return { ok: false, error: "the same value is claimed twice: list each value once, with all its sources under `cite:`" };
  }
  if (claims.length === 1) {
    const only = claims[0]!;
    return { ok: true, resolved: { value: only.value, text: only.text, claims, disputed: false, basis: "single" } };
  }
  if (field.preferred !== undefined) {
    const chosen = claims.find((c) => c.text === field.preferred);
    if (!chosen) return { ok: false, error: `"${field.preferred}" is not one of the claimed values: expected one of ${claims.map((c) => c.text).join(", ")}` };
    return { ok: true, resolved: { value: chosen.value, text: chosen.text, claims, disputed: true, basis: "editor" } };
  }
  const counts = claims.map(sourceCount);
  const best = Math.max(...counts);
  const leaders = claims.filter((_, i) => counts[i] === best);
  if (leaders.length > 1) {
    return {
      ok: false,
      error: `sources are split evenly between ${leaders.map((c) => c.text).join(" and ")}: add \`preferred:\` with the value to show`,
    };
  }
  const winner = leaders[0]!;
  return { ok: true, resolved: { value: winner.value, text: winner.text, claims, disputed: true, basis: "majority" } };
}
