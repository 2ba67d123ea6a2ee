import type { IssueDraft } from '../issues';

/** A grammar's verdict on one non-empty source value. */
export type Read =
  | { readonly ok: true; readonly value: string; readonly notes?: readonly IssueDraft[] }
  | { readonly ok: false; readonly issue: IssueDraft };

export const accept = (value: string, notes?: readonly IssueDraft[]): Read =>
  notes === undefined || notes.length === 0 ? { ok: true, value } : { ok: true, value, notes };
export const reject = (issue: IssueDraft): Read => ({ ok: false, issue });

/** Day/month order of numeric dates. */
/** How a column writes its dates: day, month and year in some order, or Unix timestamps (seconds or milliseconds since 1970). */
export type DateOrder = 'DMY' | 'MDY' | 'YMD' | 'UNIX';
export type DecimalSeparator = '.' | ',';

/**
 * Per-column reading options: how to read this column's values when the
 * values alone cannot say (Ferry guesses them from the whole column, shows
 * the evidence, and the user can change them).
 */
export interface ReadOptions {
  readonly dateOrder?: DateOrder | undefined;
  readonly decimalSeparator?: DecimalSeparator | undefined;
  /** ISO 3166 alpha-2 country for phone numbers and tax ids written without one. */
  readonly defaultCountry?: string | undefined;
  /** Offset for date-times written without one, e.g. "+00:00". */
  readonly utcOffset?: string | undefined;
}
