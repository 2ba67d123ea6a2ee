import { z } from 'zod';
import type { FieldMapping, FieldSource, Mapping } from '../../../core/mapping/mapping';
import type { Target } from '../../../core/schema/target';
import { derivedFromFields, missingPartnersOf } from '../../../core/schema/field-links';
import type { ReadOptions } from '../../../core/grammar/types';
import type { FieldEvidence } from '../../../core/session/types';
import { columnIndex } from '../../../core/brand';

/** One row of the mapping form: how one target field gets its value. */
export interface FieldRow {
  field: string;
  mode: 'none' | 'column' | 'join' | 'constant';
  column: string;
  columns: string[];
  separator: string;
  constant: string;
  dateOrder: '' | 'DMY' | 'MDY' | 'YMD' | 'UNIX';
  decimalSeparator: '' | '.' | ',';
  /** Reading options the form does not show (a profile's default country, UTC offset): kept as they came. */
  hiddenOptions: { defaultCountry?: string | undefined; utcOffset?: string | undefined };
  valueMap: { from: string; to: string; guessed?: true | undefined }[];
}

export interface MapFormValues {
  fields: FieldRow[];
}

/** Message keys the form's schema reports (translated by the UI). */
export type MapFormError = 'map.error.requiredUnmapped' | 'map.error.chooseColumn' | 'map.error.chooseTwo' | 'map.error.constantEmpty';

/**
 * The form's schema, built once per target: a required field needs a column
 * or a constant; a chosen mode needs its inputs.
 */
export function mapFormSchema(target: Target) {
  const required = new Set(target.fields.filter((f) => f.required).map((f) => f.key));
  const row = z.object({
    field: z.string(),
    mode: z.enum(['none', 'column', 'join', 'constant']),
    column: z.string(),
    columns: z.array(z.string()),
    separator: z.string(),
    constant: z.string(),
    dateOrder: z.enum(['', 'DMY', 'MDY', 'YMD', 'UNIX']),
    decimalSeparator: z.enum(['', '.', ',']),
    hiddenOptions: z.object({ defaultCountry: z.string().optional(), utcOffset: z.string().optional() }),
    valueMap: z.array(z.object({ from: z.string(), to: z.string(), guessed: z.literal(true).optional() })),
  });
  return z.object({ fields: z.array(row) }).superRefine((values, ctx) => {
    values.fields.forEach((r, i) => {
      const fail = (message: MapFormError) => ctx.addIssue({ code: 'custom', path: ['fields', i, 'mode'], message });
      if (r.mode === 'none' && required.has(r.field) && !derivedBySomething(target, r.field, values.fields)) fail('map.error.requiredUnmapped');
      else if (r.mode === 'column' && r.column === '') fail('map.error.chooseColumn');
      else if (r.mode === 'join' && r.columns.length < 2) fail('map.error.chooseTwo');
      else if (r.mode === 'constant' && r.constant.trim() === '') fail('map.error.constantEmpty');
    });
  });
}

/** A required field that a derivation fills (Transaction Type from a signed Amount) need not be mapped itself. */
const derivedBySomething = (target: Target, key: string, rows: readonly FieldRow[]) => derivedFrom(target, key, rows).length > 0;

export function rowsFromMapping(target: Target, mapping: Mapping): FieldRow[] {
  return target.fields.map((f) => {
    const m = mapping.fields.find((x) => x.field === f.key);
    const s: FieldSource = m?.source ?? { kind: 'none' };
    return {
      field: f.key,
      mode: s.kind === 'constant' ? 'constant' : s.kind === 'columns' ? (s.columns.length > 1 ? 'join' : 'column') : 'none',
      column: s.kind === 'columns' && s.columns.length === 1 ? String(s.columns[0]) : '',
      columns: s.kind === 'columns' && s.columns.length > 1 ? s.columns.map(String) : [],
      separator: s.kind === 'columns' ? s.separator : ' ',
      constant: s.kind === 'constant' ? s.value : '',
      dateOrder: m?.options.dateOrder ?? '',
      decimalSeparator: m?.options.decimalSeparator ?? '',
      hiddenOptions: {
        ...(m?.options.defaultCountry === undefined ? {} : { defaultCountry: m.options.defaultCountry }),
        ...(m?.options.utcOffset === undefined ? {} : { utcOffset: m.options.utcOffset }),
      },
      valueMap: [...(m?.valueMap ?? [])],
    };
  });
}

export function sourceOf(r: FieldRow): FieldSource {
  switch (r.mode) {
    case 'none':
      return { kind: 'none' };
    case 'constant':
      return { kind: 'constant', value: r.constant };
    case 'column':
      return r.column === '' ? { kind: 'none' } : { kind: 'columns', columns: [columnIndex(Number(r.column))], separator: r.separator };
    case 'join':
      return { kind: 'columns', columns: r.columns.map((c) => columnIndex(Number(c))), separator: r.separator };
  }
}

/** The reading options a row stands for: those the form shows, and those it keeps hidden. */
export function optionsOf(r: FieldRow): ReadOptions {
  return {
    ...r.hiddenOptions,
    ...(r.dateOrder === '' ? {} : { dateOrder: r.dateOrder }),
    ...(r.decimalSeparator === '' ? {} : { decimalSeparator: r.decimalSeparator }),
  };
}

export function mappingFromRows(targetId: string, rows: readonly FieldRow[]): Mapping {
  const fields: FieldMapping[] = rows.map((r) => ({ field: r.field, source: sourceOf(r), options: optionsOf(r), valueMap: r.valueMap }));
  return { targetId, fields };
}

/** The mapped fields a row's field is derived from when it has no source (see {@link derivedFromFields}). */
export const derivedFrom = (target: Target, key: string, rows: readonly FieldRow[]) => derivedFromFields(target, key, mappedIn(rows));

/** The fields a row's field goes only together with that have no source (see {@link missingPartnersOf}). */
export const missingPartners = (target: Target, key: string, rows: readonly FieldRow[]) => missingPartnersOf(target, key, mappedIn(rows));

const mappedIn = (rows: readonly FieldRow[]) => (k: string) => rows.some((r) => r.field === k && r.mode !== 'none');

/** The evidence read from a row's current source columns, or undefined once the row takes other columns. */
export function evidenceFor(row: FieldRow, evidence: FieldEvidence | undefined): FieldEvidence | undefined {
  const source = sourceOf(row);
  const columns = source.kind === 'columns' ? source.columns.map(Number) : [];
  return evidence !== undefined && columns.length === evidence.columns.length && columns.every((c, i) => c === evidence.columns[i]) ? evidence : undefined;
}

/** Whether a row's day/month order is Ferry's guess from the rest of the file, not yet confirmed. */
export const dateOrderGuessed = (row: FieldRow, evidence: FieldEvidence | undefined) => evidence?.guessedFrom !== undefined && row.dateOrder === evidence.guessedFrom.order;

/** Columns no field takes: listed so nothing is dropped unknowingly. */
export function unusedColumns(rows: readonly FieldRow[], columnCount: number): number[] {
  const used = new Set<number>();
  for (const r of rows) {
    if (r.mode === 'column' && r.column !== '') used.add(Number(r.column));
    if (r.mode === 'join') for (const c of r.columns) used.add(Number(c));
  }
  return Array.from({ length: columnCount }, (_, i) => i).filter((i) => !used.has(i));
}
