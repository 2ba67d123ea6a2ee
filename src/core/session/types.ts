import type { RowIndex, SourceLine } from '../brand';
import type { DialectGuess } from '../io/dialect';
import type { EncodingGuess } from '../io/encoding';
import type { SourceColumn } from '../table/header-row';
import type { Issue, IssueCode, Severity } from '../issues';
import type { IssueGroup } from '../validate/issue-index';
import type { FieldMatch } from '../mapping/auto-map';
import type { Mapping } from '../mapping/mapping';
import type { DateOrderEvidence, DateOrderGuess, DecimalEvidence } from '../mapping/reading-options';
import type { ValueMatch } from '../mapping/value-map';
import type { TargetSuggestion } from '../mapping/suggest-target';
import type { ExportSummary } from '../export/export';

/**
 * Plain data that the session hands to its shells (the worker and the CLI).
 * Everything here can cross postMessage: no functions, no class instances.
 */

export type SourceNote =
  | { readonly kind: 'encoding-fallback'; readonly byteOffset: number }
  | { readonly kind: 'malformed-quotes'; readonly lines: readonly number[]; readonly count: number }
  | { readonly kind: 'blank-lines'; readonly lines: readonly number[]; readonly count: number }
  | { readonly kind: 'formulas-without-value'; readonly count: number }
  | { readonly kind: 'hidden-rows'; readonly count: number }
  | { readonly kind: 'hidden-sheets'; readonly sheets: readonly string[] }
  | { readonly kind: 'no-data-rows' }
  | { readonly kind: 'ragged-rows'; readonly count: number };

export interface ColumnInfo extends SourceColumn {
  /** First non-empty values, for display. */
  readonly samples: readonly string[];
  /** Non-empty cells in the whole column. */
  readonly filled: number;
}

export interface SourceSummary {
  readonly name: string;
  readonly size: number;
  readonly kind: 'csv' | 'xlsx';
  readonly encoding: EncodingGuess | null;
  readonly dialect: DialectGuess | null;
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
  readonly sheet: string | null;
  /** Records (non-blank lines or rows), header and preamble included. */
  readonly records: number;
  readonly lines: number;
  readonly blankLines: number;
  /** Record index of the header (-1 when there is none) and its line. */
  readonly headerRecord: number;
  readonly headerLine: number | null;
  /** Ferry's own guess, so the UI can say "detected". */
  readonly detectedHeaderRecord: number;
  readonly dataRows: number;
  readonly columns: readonly ColumnInfo[];
  readonly notes: readonly SourceNote[];
}

export interface RawRecord {
  readonly record: number;
  readonly line: SourceLine;
  readonly cells: readonly string[];
}

export interface FieldEvidence {
  readonly field: string;
  /** The source columns the evidence was read from: it says nothing once the field takes others. */
  readonly columns: readonly number[];
  readonly dateOrder?: DateOrderEvidence;
  readonly decimal?: DecimalEvidence;
  /** The saved profile whose reading of this header Ferry applied, where the values did not decide. */
  readonly taughtBy?: string;
  /** What in the rest of the file Ferry guessed the day/month order from, where neither the values nor a profile decided. */
  readonly guessedFrom?: DateOrderGuess;
}

export interface FieldValues {
  readonly field: string;
  /** A list's values, each matched to an allowed value; or codes, only those that do not read as the field's type. */
  readonly kind: 'list' | 'codes';
  /** Distinct values of the mapped column(s), most frequent first (capped); for codes, only those not valid as they are. */
  readonly values: readonly ValueMatch[];
  /** How many distinct values there are (for codes: how many are not valid as they are). */
  readonly distinct: number;
  /** Set for codes when too many values do not read to be translated one by one. */
  readonly unreadable?: number;
}

export interface MappingProposal {
  readonly mapping: Mapping;
  readonly matches: readonly FieldMatch[];
  readonly evidence: readonly FieldEvidence[];
  /** Set when a saved profile produced the mapping. */
  readonly profile: string | null;
}

export interface ValidationSummary {
  readonly rows: number;
  readonly errorRows: number;
  readonly warningRows: number;
  /** Rows whose worst issue is a change Ferry made (sign moved, type derived). */
  readonly infoRows: number;
  readonly cleanRows: number;
  /** Rows where Ferry changed something, whatever else they carry. */
  readonly changedRows: number;
  readonly groups: readonly IssueGroup[];
}

export type RowFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'severity'; readonly severity: Severity }
  | { readonly kind: 'issue'; readonly field: string | null; readonly code: IssueCode };

export interface RowView {
  readonly row: RowIndex;
  readonly line: SourceLine;
  /** Value per target field as it will be written ('' when empty); the source text when it could not be read. */
  readonly cells: readonly string[];
  readonly issues: readonly Issue[];
}

export interface RowWindow {
  /** Rows matching the filter. */
  readonly total: number;
  readonly offset: number;
  readonly rows: readonly RowView[];
}

export type { TargetSuggestion, ExportSummary };
