import { createDecoder, InvalidUtf8Error } from '../io/decode';
import { sniffDialect, type DialectGuess } from '../io/dialect';
import { detectContainer, sniffEncoding, type EncodingGuess, type TextEncodingName } from '../io/encoding';
import { CsvReader } from '../io/csv-reader';
import { XlsxWorkbook, type SheetInfo, type XlsxProblem } from '../io/xlsx/xlsx-reader';
import { RawTableBuilder } from '../table/raw-table';
import { detectHeaderRecord } from '../table/header-row';
import { err, ok, type Result } from '../result';
import type { ByteSource } from './byte-source';

/** What the user may override after seeing what Ferry detected. */
export interface IntakeOptions {
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  readonly sheet?: string;
}

/** Why a file cannot be read at all. Shown with what to do about it. */
export type IntakeProblem =
  | { readonly kind: 'empty-file' }
  | { readonly kind: 'binary-file' }
  | { readonly kind: 'pdf-file' }
  | { readonly kind: 'compressed-file' }
  | { readonly kind: 'legacy-excel' }
  | { readonly kind: 'xlsx'; readonly problem: XlsxProblem }
  | { readonly kind: 'no-sheets' }
  /** The user chose an encoding the bytes are not in. */
  | { readonly kind: 'invalid-encoding'; readonly encoding: TextEncodingName; readonly byteOffset: number }
  | { readonly kind: 'cancelled' };

export interface IntakeProgress {
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly records: number;
}

export interface IntakeHooks {
  readonly onProgress?: (p: IntakeProgress) => void;
  readonly isCancelled?: () => boolean;
  /** Called between chunks so a worker can handle other messages (cancel, queries). */
  readonly yieldNow?: () => Promise<void>;
}

interface IntakeBase {
  readonly table: RawTableBuilder;
  /** Ferry's guess for the header record (-1: no header row). */
  readonly headerRecord: number;
  /** Blank lines (CSV) or empty rows (XLSX) skipped. */
  readonly blankLines: number;
  readonly blankLineNumbers: readonly number[];
  /** Physical lines (CSV) or the last row number (XLSX). */
  readonly lines: number;
}

export interface CsvIntake extends IntakeBase {
  readonly kind: 'csv';
  readonly encoding: EncodingGuess;
  /** Set when the first guess (UTF-8) failed mid-file and the file was re-read as Windows-1252. */
  readonly encodingFallbackAt?: number;
  readonly dialect: DialectGuess;
  readonly malformedQuoteLines: readonly number[];
  readonly directiveLines: number;
}

export interface XlsxIntake extends IntakeBase {
  readonly kind: 'xlsx';
  readonly sheets: readonly SheetInfo[];
  readonly sheet: string;
  readonly formulasWithoutValue: number;
  readonly hiddenRows: number;
}

export type Intake = CsvIntake | XlsxIntake;

const SNIFF_BYTES = 256 * 1024;

async function prefixOf(source: ByteSource): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const chunk of source.chunks()) {
    parts.push(chunk);
    n += chunk.length;
    if (n >= SNIFF_BYTES) break;
  }
  const out = new Uint8Array(Math.min(n, SNIFF_BYTES));
  let at = 0;
  for (const p of parts) {
    const take = Math.min(p.length, out.length - at);
    out.set(p.subarray(0, take), at);
    at += take;
    if (at === out.length) break;
  }
  return out;
}

/**
 * Reads a source into a raw table: sniffs the container (CSV/TSV text or
 * XLSX, whatever the file name says), the encoding and the dialect, streams
 * the bytes through one decoder, and guesses the header row. Options
 * override each guess.
 */
export async function readSource(source: ByteSource, options: IntakeOptions, hooks: IntakeHooks = {}): Promise<Result<Intake, IntakeProblem>> {
  const prefix = await prefixOf(source);
  const container = detectContainer(prefix);
  switch (container) {
    case 'empty':
      return err({ kind: 'empty-file' });
    case 'pdf':
      return err({ kind: 'pdf-file' });
    case 'gzip':
      return err({ kind: 'compressed-file' });
    case 'ole':
      return err({ kind: 'legacy-excel' });
    case 'binary':
      return err({ kind: 'binary-file' });
    case 'zip':
      return readWorkbook(source, options, hooks);
    case 'text':
      return readCsv(source, prefix, options, hooks);
  }
}

async function readWorkbook(source: ByteSource, options: IntakeOptions, hooks: IntakeHooks): Promise<Result<Intake, IntakeProblem>> {
  const data = await source.bytes();
  hooks.onProgress?.({ bytesRead: data.length, bytesTotal: source.size, records: 0 });
  const opened = XlsxWorkbook.open(data);
  if (!opened.ok) return err(opened.error.kind === 'not-a-zip' ? { kind: 'compressed-file' } : { kind: 'xlsx', problem: opened.error });
  const book = opened.value;
  const sheet = book.sheets.find((s) => s.name === options.sheet) ?? book.sheets.find((s) => !s.hidden) ?? book.sheets[0];
  if (sheet === undefined) return err({ kind: 'no-sheets' });
  const table = new RawTableBuilder();
  const read = book.readSheet(sheet.name, table);
  if (!read.ok) return err({ kind: 'xlsx', problem: read.error });
  hooks.onProgress?.({ bytesRead: data.length, bytesTotal: source.size, records: table.recordCount });
  return ok({
    kind: 'xlsx',
    table,
    headerRecord: detectHeaderRecord(table),
    blankLines: read.value.blankRows,
    blankLineNumbers: read.value.blankRowNumbers,
    lines: read.value.lastRow,
    sheets: book.sheets,
    sheet: sheet.name,
    formulasWithoutValue: read.value.formulasWithoutValue,
    hiddenRows: read.value.hiddenRows,
  });
}

async function readCsv(source: ByteSource, prefix: Uint8Array, options: IntakeOptions, hooks: IntakeHooks): Promise<Result<Intake, IntakeProblem>> {
  const complete = prefix.length >= source.size;
  const sniffed = sniffEncoding(prefix, complete);
  const encoding: EncodingGuess = options.encoding === undefined ? sniffed : { encoding: options.encoding, bom: sniffed.bom && sniffed.encoding === options.encoding, evidence: 'override' };
  const first = await readCsvAs(source, prefix, encoding, options, hooks);
  if (first.ok) return first;
  if (first.error.kind === 'cancelled') return err({ kind: 'cancelled' });
  if (options.encoding !== undefined) return err({ kind: 'invalid-encoding', encoding: options.encoding, byteOffset: first.error.at });
  // The prefix looked like UTF-8 but a later byte is not: the whole file is re-read as Windows-1252.
  const at = first.error.at;
  const fallback: EncodingGuess = { encoding: 'windows-1252', bom: false, evidence: 'invalid-utf8', invalidUtf8At: at };
  const second = await readCsvAs(source, prefix, fallback, options, hooks);
  if (!second.ok) return err({ kind: 'cancelled' });
  return ok({ ...second.value, encodingFallbackAt: at });
}

type CsvAttempt = Result<CsvIntake, { readonly kind: 'cancelled' } | { readonly kind: 'invalid-utf8'; readonly at: number }>;

async function readCsvAs(source: ByteSource, prefix: Uint8Array, encoding: EncodingGuess, options: IntakeOptions, hooks: IntakeHooks): Promise<CsvAttempt> {
  const sniffDecoder = createDecoder(encoding.encoding);
  let prefixText: string;
  try {
    prefixText = sniffDecoder.push(prefix);
  } catch (e) {
    if (e instanceof InvalidUtf8Error) return err({ kind: 'invalid-utf8', at: e.byteOffset });
    throw e;
  }
  const complete = prefix.length >= source.size;
  const guess = sniffDialect(prefixText, complete);
  const dialect: DialectGuess = options.delimiter === undefined ? guess : { ...guess, delimiter: options.delimiter, sepLine: guess.sepLine, evidence: 'override' };
  const table = new RawTableBuilder();
  const reader = new CsvReader(dialect, table, { skipSepLine: dialect.sepLine });
  const decoder = createDecoder(encoding.encoding);
  let bytesRead = 0;
  try {
    for await (const chunk of source.chunks()) {
      reader.push(decoder.push(chunk));
      bytesRead += chunk.length;
      hooks.onProgress?.({ bytesRead, bytesTotal: source.size, records: table.recordCount });
      if (hooks.isCancelled?.() === true) return err({ kind: 'cancelled' });
      if (hooks.yieldNow !== undefined) await hooks.yieldNow();
    }
    reader.push(decoder.end());
  } catch (e) {
    if (e instanceof InvalidUtf8Error) return err({ kind: 'invalid-utf8', at: e.byteOffset });
    throw e;
  }
  const stats = reader.end();
  hooks.onProgress?.({ bytesRead, bytesTotal: source.size, records: table.recordCount });
  return ok({
    kind: 'csv',
    table,
    headerRecord: detectHeaderRecord(table),
    blankLines: stats.blankLines,
    blankLineNumbers: stats.blankLineNumbers,
    lines: stats.lines,
    encoding,
    dialect,
    malformedQuoteLines: stats.malformedQuoteLines,
    directiveLines: stats.directiveLines,
  });
}
