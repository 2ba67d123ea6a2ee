import '../zod-setup';
import { z } from 'zod';
import type { Field, FieldType } from '../schema/target';
import type { IssueCode, IssueDraft, IssueParams, Severity } from '../issues';
import { readBoolean } from './boolean';
import { readCountry, formatCountry } from './country';
import { readCurrency } from './currency';
import { formatDate, readDate } from './date';
import { readEmail } from './email';
import { compileEnum, formatEnum, readEnum, type EnumLookup } from './enum';
import { formatDuration, readDays, readDuration, readJson } from './misc';
import { formatDecimal, readDecimal, readInteger } from './number';
import { readPhone } from './phone';
import { readTaxId } from './tax-id';
import { compilePattern, readText } from './text';
import type { Read, ReadOptions } from './types';
import type { ValueMapEntry } from '../mapping/mapping';
import { compact } from '../text/fold';

/** What a field's compiled schema yields for a non-empty value. */
export interface FieldValue {
  /** The canonical value (ISO date, "." decimal, enum member, alpha-2 country...). */
  readonly value: string;
  /** Warnings about how the value was read. */
  readonly notes: readonly IssueDraft[];
}

/** A field compiled once per target and mapping: its zod schema and its writer. */
/** A field's verdict on one trimmed, non-empty source value. */
export type FieldOutcome = { readonly ok: true; readonly value: string; readonly notes: readonly IssueDraft[] } | { readonly ok: false; readonly issues: readonly IssueDraft[] };

export interface FieldCodec {
  /** The field's compiled zod schema: source string in, canonical value (and notes) out. */
  readonly schema: z.ZodType<FieldValue, string>;
  /** Runs the schema on a value, remembering verdicts for values that repeat. */
  check(raw: string): FieldOutcome;
  /** Writes a canonical value in the target's dialect. */
  format(value: string): string;
}

interface FerryIssueParams {
  readonly ferry: IssueCode;
  readonly severity: Severity;
  readonly params?: IssueParams;
}

/** Turns a zod issue raised by a field schema back into a Ferry issue. */
export function toIssueDraft(zodIssue: z.core.$ZodIssue): IssueDraft {
  const p = (zodIssue as { params?: FerryIssueParams }).params;
  if (p?.ferry !== undefined) return p.params === undefined ? { code: p.ferry, severity: p.severity } : { code: p.ferry, severity: p.severity, params: p.params };
  return { code: 'not-allowed-value', severity: 'error' };
}

type Reader = (raw: string) => Read;

const NO_NOTES: readonly IssueDraft[] = [];
const MEMO_CAP = 20_000;
const MEMO_TRIAL = 4_000;

/**
 * Remembers a grammar's verdicts: source columns repeat their values (types,
 * clients, dates, methods), and a million-row file reads each only once.
 * Columns whose values hardly repeat (ids, amounts) turn the memo off after
 * a trial, so it never costs memory for nothing. Grammars are pure, so the
 * memo changes nothing but time.
 */
function memoized<T>(read: (raw: string) => T): (raw: string) => T {
  let memo: Map<string, T> | null = new Map();
  let lookups = 0;
  let hits = 0;
  return (raw) => {
    if (memo === null) return read(raw);
    lookups++;
    const known = memo.get(raw);
    if (known !== undefined) {
      hits++;
      return known;
    }
    const result = read(raw);
    if (memo.size < MEMO_CAP) memo.set(raw, result);
    if (lookups === MEMO_TRIAL && hits < lookups / 4) memo = null;
    return result;
  };
}

/** A value map as a lookup by the value as written, then compacted ("Carte bleue" and "CARTE-BLEUE"). */
function valueLookup(valueMap: readonly ValueMapEntry[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { from, to } of valueMap) {
    map.set(from, to);
    if (!map.has(compact(from))) map.set(compact(from), to);
  }
  return map;
}

/**
 * A field of any other type reads the value the user gave for a source value ("Card" is PayToolID 3
 * in their Billing database): codes that no rule can know. The translation is read like any value.
 */
function translating(read: Reader, valueMap: readonly ValueMapEntry[]): Reader {
  if (valueMap.length === 0) return read;
  const map = valueLookup(valueMap);
  return (raw) => read(map.get(raw) ?? map.get(compact(raw)) ?? raw);
}

function readerFor(type: FieldType, options: ReadOptions, valueMap: readonly ValueMapEntry[]): { read: Reader; enumLookup?: EnumLookup } {
  if (type.kind === 'enum') {
    const lookup = compileEnum(type.values, type.acceptNumbers);
    const map = valueLookup(valueMap);
    return { read: (raw) => readEnum(raw, lookup, map), enumLookup: lookup };
  }
  return { read: translating(plainReader(type, options), valueMap) };
}

function plainReader(type: Exclude<FieldType, { kind: 'enum' }>, options: ReadOptions): Reader {
  switch (type.kind) {
    case 'text': {
      const pattern = type.pattern === undefined ? undefined : compilePattern(type.pattern);
      const rules = { minLength: type.minLength, maxLength: type.maxLength, pattern: typeof pattern === 'string' ? undefined : pattern, patternHint: type.patternHint };
      return (raw) => readText(raw, rules);
    }
    case 'integer':
      return (raw) => readInteger(raw, type.min, type.max);
    case 'decimal':
      return (raw) => readDecimal(raw, type, options.decimalSeparator);
    case 'date':
      return (raw) => readDate(raw, type.time === 'optional', options.dateOrder);
    case 'boolean':
      return (raw) => readBoolean(raw, type.output);
    case 'email':
      return readEmail;
    case 'phone':
      return (raw) => readPhone(raw, type.output, options.defaultCountry);
    case 'country':
      return readCountry;
    case 'currency':
      return readCurrency;
    case 'taxId':
      return (raw) => readTaxId(raw, type.scheme, options.defaultCountry);
    case 'json':
      return (raw) => readJson(raw, type.shape);
    case 'days':
      return (raw) => readDays(raw, type.max);
    case 'duration':
      return readDuration;
    case 'reference':
      return (raw) => ({ ok: true, value: raw.trim() });
  }
}

function formatterFor(type: FieldType, options: ReadOptions, enumLookup: EnumLookup | undefined): (value: string) => string {
  switch (type.kind) {
    case 'decimal':
      return (v) => formatDecimal(v, type.outputScale);
    case 'date':
      return (v) => formatDate(v, type.output, options.utcOffset);
    case 'enum':
      return (v) => (enumLookup === undefined ? v : formatEnum(v, enumLookup, type.output));
    case 'country':
      return (v) => formatCountry(v, type.output);
    case 'duration':
      return (v) => formatDuration(v, type.output);
    default:
      return (v) => v;
  }
}

/**
 * Compiles a field into a zod schema over the trimmed, non-empty source
 * string: the field type's grammar reads the messy value into its canonical
 * form inside the schema, and a failure becomes a zod issue carrying the
 * Ferry issue code. Compiled once per target and mapping, run once per cell.
 */
export function compileFieldCodec(field: Field, options: ReadOptions, valueMap: readonly ValueMapEntry[]): FieldCodec {
  const { read, enumLookup } = readerFor(field.type, options, valueMap);
  const schema = z.string().transform((raw, ctx): FieldValue => {
    const result = read(raw);
    if (result.ok) return { value: result.value, notes: result.notes ?? NO_NOTES };
    const params: FerryIssueParams = result.issue.params === undefined
      ? { ferry: result.issue.code, severity: result.issue.severity }
      : { ferry: result.issue.code, severity: result.issue.severity, params: result.issue.params };
    ctx.issues.push({ code: 'custom', message: result.issue.code, input: raw, params });
    return z.NEVER;
  });
  const check = memoized((raw: string): FieldOutcome => {
    const r = schema.safeParse(raw);
    return r.success ? { ok: true, value: r.data.value, notes: r.data.notes } : { ok: false, issues: r.error.issues.map(toIssueDraft) };
  });
  return { schema, check, format: formatterFor(field.type, options, enumLookup) };
}
