import { RE2JS } from 're2js';
import { issue } from '../issues';
import { accept, reject, type Read } from './types';

/** Longest text a user pattern is run on: RE2 is linear, and this bounds it further. */
const PATTERN_INPUT_CAP = 10_000;

export interface TextRules {
  readonly minLength?: number | undefined;
  readonly maxLength?: number | undefined;
  readonly pattern?: RE2JS | undefined;
  readonly patternHint?: string | undefined;
}

/**
 * Compiles a user-written pattern with RE2 (linear time: no catastrophic
 * backtracking, no backreferences). Returns an error message for a pattern
 * RE2 cannot compile.
 */
export function compilePattern(pattern: string): RE2JS | string {
  try {
    return RE2JS.compile(`^(?:${pattern})$`);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Text: trimmed, length counted in characters (not UTF-16 units), optional anchored pattern. */
export function readText(raw: string, rules: TextRules): Read {
  const s = raw.trim();
  const length = [...s].length;
  if (rules.maxLength !== undefined && length > rules.maxLength) return reject(issue('too-long', { maxLength: rules.maxLength, length }));
  if (rules.minLength !== undefined && length < rules.minLength) return reject(issue('too-short', { minLength: rules.minLength, length }));
  if (rules.pattern !== undefined && (s.length > PATTERN_INPUT_CAP || !rules.pattern.matches(s))) {
    return reject(issue('pattern-mismatch', rules.patternHint === undefined ? {} : { hint: rules.patternHint }));
  }
  return accept(s);
}
