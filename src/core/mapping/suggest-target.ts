import type { Target } from '../schema/target';
import { autoMap } from './auto-map';
import type { ColumnProfile } from './content-profile';

export interface TargetSuggestion {
  readonly targetId: string;
  /** 0..1: how well the target's fields explain the file's columns. */
  readonly score: number;
  /** Columns with values that found a field. */
  readonly matchedColumns: number;
  /** Required fields that found a column, out of all required fields. */
  readonly requiredMatched: number;
  readonly requiredTotal: number;
}

/**
 * Ranks targets by how well their fields explain the file: the share of
 * non-empty columns each target's best mapping uses with at least medium
 * confidence (weighted by match score) and the share of its required fields
 * it can fill.
 */
export function suggestTargets(targets: readonly Target[], headers: readonly string[], profiles: readonly ColumnProfile[]): TargetSuggestion[] {
  const filledColumns = profiles.filter((p) => p.filled > 0).length || headers.length;
  return targets
    .map((target) => {
      const matches = autoMap({ target, headers, profiles });
      const used = matches.filter((m) => m.column >= 0);
      // A low-confidence match explains little: every target finds some column for "Notes".
      const explained = used.filter((m) => m.confidence !== 'low').reduce((sum, m) => sum + m.score, 0) / Math.max(1, filledColumns);
      const required = target.fields.filter((f) => f.required);
      const requiredMatched = required.filter((f) => used.some((m) => m.field === f.key)).length;
      const requiredShare = required.length === 0 ? 1 : requiredMatched / required.length;
      return {
        targetId: target.id,
        score: Math.round((0.7 * Math.min(1, explained) + 0.3 * requiredShare) * 1000) / 1000,
        matchedColumns: used.length,
        requiredMatched,
        requiredTotal: required.length,
      };
    })
    .sort((a, b) => b.score - a.score);
}
