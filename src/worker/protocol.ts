/**
 * The worker protocol: the only shapes that cross postMessage. Requests name
 * a method of {@link FerryApi}; every reply carries the request's id and the
 * dataset version it was computed against, so the UI can drop stale answers.
 * Only plain data (and Blobs) cross: never functions or class instances.
 */
import type { Result } from '../core/result';
import type { IntakeOptions, IntakeProblem } from '../core/session/intake';
import type { SessionProblem } from '../core/session/session';
import type { FieldValues, MappingProposal, RawRecord, RowFilter, RowWindow, SourceSummary, TargetSuggestion, ValidationSummary, ExportSummary } from '../core/session/types';
import type { Target, TargetFile } from '../core/schema/target';
import type { TargetFileError } from '../core/targets/registry';
import type { FieldSource, Mapping, ValueMapEntry } from '../core/mapping/mapping';
import type { Learned, MappingProfile } from '../core/mapping/profile';
import type { ReadOptions } from '../core/grammar/types';
import type { ExportRequest } from '../core/export/export';

export interface TargetListing {
  readonly target: Target;
  readonly system: string;
  readonly fileId: string;
  readonly builtIn: boolean;
  readonly source: TargetFile['source'];
  readonly readings: TargetFile['readings'];
  readonly version: number;
}

export interface DownloadFile {
  readonly name: string;
  readonly blob: Blob;
  readonly records: number;
}

export interface ExportBundle {
  readonly data: readonly DownloadFile[];
  readonly report: DownloadFile;
  readonly rejected: DownloadFile;
  readonly summary: ExportSummary;
}

/** Everything the UI can ask of the worker. Each method's parameter and result cross postMessage. */
export interface FerryApi {
  open(p: { readonly source: Blob; readonly name: string; readonly options: IntakeOptions }): Result<SourceSummary, IntakeProblem>;
  openText(p: { readonly text: string; readonly name: string }): Result<SourceSummary, IntakeProblem>;
  /** Reads the current file again with other options (encoding, delimiter, sheet). */
  reopen(p: { readonly options: IntakeOptions }): Result<SourceSummary, IntakeProblem | SessionProblem>;
  setHeader(p: { readonly record: number }): Result<SourceSummary, SessionProblem>;
  rawRecords(p: { readonly offset: number; readonly limit: number }): readonly RawRecord[];
  listTargets(p: Record<string, never>): readonly TargetListing[];
  addTargetFile(p: { readonly text: string }): Result<readonly TargetListing[], TargetFileError>;
  removeTargetFile(p: { readonly fileId: string }): readonly TargetListing[];
  suggestTargets(p: Record<string, never>): readonly TargetSuggestion[];
  /** The target's header line, optionally with one example record that passes its validation. */
  template(p: { readonly targetId: string; readonly example: boolean }): string | null;
  proposeMapping(p: { readonly targetId: string; readonly profile?: MappingProfile; readonly learned?: Learned }): Result<MappingProposal, SessionProblem>;
  fieldValues(p: { readonly targetId: string; readonly field: string; readonly source: FieldSource; readonly valueMap: readonly ValueMapEntry[]; readonly options?: ReadOptions }): FieldValues;
  validate(p: { readonly mapping: Mapping }): Result<ValidationSummary, SessionProblem>;
  rows(p: { readonly offset: number; readonly limit: number; readonly filter: RowFilter }): Result<RowWindow, SessionProblem>;
  exportFiles(p: { readonly request: ExportRequest }): Result<ExportBundle, SessionProblem>;
}

export type Method = keyof FerryApi;
export type Params<M extends Method> = Parameters<FerryApi[M]>[0];
export type Reply<M extends Method> = ReturnType<FerryApi[M]>;

export type Request = { [M in Method]: { readonly kind: 'call'; readonly requestId: number; readonly method: M; readonly params: Params<M> } }[Method];

export interface CancelRequest {
  readonly kind: 'cancel';
  readonly requestId: number;
}

export type Inbound = Request | CancelRequest;

export interface Progress {
  readonly stage: 'reading' | 'validating' | 'exporting';
  readonly done: number;
  readonly total: number;
  /** Records read so far (reading) or rows checked (validating). */
  readonly rows: number;
}

export type Outbound =
  | { readonly kind: 'reply'; readonly requestId: number; readonly version: number; readonly value: unknown }
  | { readonly kind: 'failure'; readonly requestId: number; readonly message: string }
  | { readonly kind: 'progress'; readonly requestId: number; readonly progress: Progress };
