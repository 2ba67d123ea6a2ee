/**
 * Issues are data: a closed set of codes with machine-readable params.
 * Messages are made from codes in one place (src/core/messages), in the
 * reader's language; nothing filters or branches on message text.
 */
import type { RowIndex } from './brand';

export const ISSUE_CODES = [
  // Shape of the source record
  'too-few-fields',
  'too-many-fields',
  'malformed-quotes',
  // Any field
  'required',
  'excel-error-value',
  'multiple-values',
  // Text
  'too-long',
  'too-short',
  'pattern-mismatch',
  // Numbers
  'not-a-number',
  'not-an-integer',
  'not-whole',
  'scientific-notation',
  'ambiguous-decimal',
  'too-many-decimals',
  'below-minimum',
  'above-maximum',
  'leading-zeros-removed',
  // Dates
  'not-a-date',
  'ambiguous-date',
  'impossible-date',
  'implausible-year',
  'unix-timestamp',
  'time-not-allowed',
  // Other grammars
  'not-a-boolean',
  'not-an-email',
  'email-display-name-removed',
  'not-a-phone',
  'not-allowed-value',
  'not-a-country',
  'not-a-currency',
  'ambiguous-currency',
  'invalid-tax-id',
  'tax-id-checksum',
  'not-json',
  'json-not-object',
  'not-days',
  'days-from-month-end',
  'not-a-duration',
  // Record rules
  'require-one-of',
  'all-or-none',
  'only-with',
  'mutually-exclusive',
  'required-if',
  'product-mismatch',
  // Derivations (shown, never silent)
  'derived-from-sign',
  'sign-removed',
  'derived-from-split',
  'split-amount-conflict',
  'split-type-conflict',
  // Across rows
  'duplicate',
  'unknown-reference',
  'ambiguous-identity',
  'one-per-group',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
/** error: the row is not exported; warning: exported, but look; info: Ferry changed something, shown so it is never silent. */
export type Severity = 'error' | 'warning' | 'info';

export type IssueParamValue = string | number | readonly string[] | readonly number[];
export type IssueParams = Readonly<Record<string, IssueParamValue>>;

/** What a grammar or rule reports, before it is tied to a row. */
export interface IssueDraft {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly params?: IssueParams;
}

/** An issue on one row of a dataset. `field` is null for row-level issues. */
export interface Issue {
  readonly row: RowIndex;
  readonly field: string | null;
  readonly code: IssueCode;
  readonly severity: Severity;
  /** The source value the issue is about ('' for row-level issues). */
  readonly value: string;
  readonly params: IssueParams;
}

export const issue = (code: IssueCode, params?: IssueParams, severity: Severity = 'error'): IssueDraft =>
  params === undefined ? { code, severity } : { code, severity, params };

export const warning = (code: IssueCode, params?: IssueParams): IssueDraft => issue(code, params, 'warning');
export const info = (code: IssueCode, params?: IssueParams): IssueDraft => issue(code, params, 'info');

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };
